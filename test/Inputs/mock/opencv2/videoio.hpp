// Mock of OpenCV 4.6.0 opencv2/videoio.hpp (subset). Declarations only.
#pragma once
#include <string>
#include <opencv2/core.hpp>
namespace cv {
enum VideoCaptureAPIs { CAP_ANY = 0 };
class VideoCapture {
public:
  VideoCapture();
  explicit VideoCapture(const String& filename, int apiPreference = CAP_ANY);
  explicit VideoCapture(int index, int apiPreference = CAP_ANY);
  virtual ~VideoCapture();
  virtual bool isOpened() const;
  virtual bool grab();
  virtual bool retrieve(OutputArray image, int flag = 0);
  virtual VideoCapture& operator >> (Mat& image);
  virtual bool read(OutputArray image);
};
} // namespace cv
