// Mock of OpenCV 4.6.0 opencv2/highgui.hpp (subset). Declarations only.
#pragma once
#include <string>
#include <opencv2/core.hpp>
namespace cv {
void imshow(const String& winname, InputArray mat);
int waitKey(int delay = 0);
} // namespace cv
