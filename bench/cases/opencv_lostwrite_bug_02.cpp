// case-library: opencv
// case-expect: aliasing-lost-write-to-copy@12
// case-why: Each channel is cloned, the gain is applied to the clone in place, and the clone is discarded at the end of the iteration.
#include <opencv2/core.hpp>

#include <vector>

// Applies per-channel white-balance gains.
void white_balance(std::vector<cv::Mat>& channels, const std::vector<double>& gains) {
  for (size_t c = 0; c < channels.size(); ++c) {
    cv::Mat ch = channels[c].clone();
    ch.convertTo(ch, -1, gains[c]);
  }
}
