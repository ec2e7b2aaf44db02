// Mock of OpenCV 4.6.0 opencv2/imgcodecs.hpp (subset). Declarations only.
#pragma once
#include <string>
#include <opencv2/core.hpp>
namespace cv {
enum ImreadModes { IMREAD_UNCHANGED = -1, IMREAD_GRAYSCALE = 0, IMREAD_COLOR = 1 };
Mat imread(const String& filename, int flags = IMREAD_COLOR);
bool imwrite(const String& filename, InputArray img, const std::vector<int>& params = std::vector<int>());
} // namespace cv
