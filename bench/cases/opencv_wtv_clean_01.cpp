// case-library: opencv
// case-expect: clean
// case-why: Blacking out licence plates in the frame through temporary ROIs and then saving that frame is exactly the intended effect.
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <string>
#include <vector>

// Blacks out licence plates and writes the redacted frame to disk.
bool redact_and_save(cv::Mat& frame, const std::vector<cv::Rect>& plates, const std::string& path) {
  const cv::Rect bounds(0, 0, frame.cols, frame.rows);
  for (const cv::Rect& r : plates) {
    frame(r & bounds).setTo(cv::Scalar::all(0));
  }
  return cv::imwrite(path, frame);
}
