// case-library: opencv
// case-expect: clean
// case-why: Each scaled clone is stored in the returned vector, so the writes are observed by the caller.
#include <opencv2/core.hpp>

#include <vector>

// White-balanced copies of the channels.
std::vector<cv::Mat> white_balanced(const std::vector<cv::Mat>& channels, const std::vector<double>& gains) {
  std::vector<cv::Mat> out;
  for (size_t c = 0; c < channels.size(); ++c) {
    cv::Mat ch = channels[c].clone();
    ch *= gains[c];
    out.push_back(ch);
  }
  return out;
}
