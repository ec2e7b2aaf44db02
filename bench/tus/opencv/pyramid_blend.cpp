// Laplacian pyramid blending of two images with a soft mask.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

std::vector<cv::Mat> gaussian_pyramid(const cv::Mat& img, int levels) {
  std::vector<cv::Mat> pyr{img};
  for (int i = 1; i < levels; ++i) {
    cv::Mat down;
    cv::pyrDown(pyr.back(), down);
    pyr.push_back(down);
  }
  return pyr;
}

std::vector<cv::Mat> laplacian_pyramid(const cv::Mat& img, int levels) {
  std::vector<cv::Mat> g = gaussian_pyramid(img, levels);
  std::vector<cv::Mat> lap;
  for (int i = 0; i + 1 < levels; ++i) {
    cv::Mat up;
    cv::pyrUp(g[i + 1], up, g[i].size());
    lap.push_back(g[i] - up);
  }
  lap.push_back(g.back());
  return lap;
}

cv::Mat collapse(const std::vector<cv::Mat>& lap) {
  cv::Mat img = lap.back().clone();
  for (int i = static_cast<int>(lap.size()) - 2; i >= 0; --i) {
    cv::Mat up;
    cv::pyrUp(img, up, lap[i].size());
    img = up + lap[i];
  }
  return img;
}

// mask: CV_32F in [0, 1], weight of `a`.
cv::Mat blend(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask, int levels) {
  cv::Mat af, bf;
  a.convertTo(af, CV_32FC3, 1.0 / 255.0);
  b.convertTo(bf, CV_32FC3, 1.0 / 255.0);
  std::vector<cv::Mat> la = laplacian_pyramid(af, levels);
  std::vector<cv::Mat> lb = laplacian_pyramid(bf, levels);
  std::vector<cv::Mat> gm = gaussian_pyramid(mask, levels);
  std::vector<cv::Mat> blended;
  for (int i = 0; i < levels; ++i) {
    cv::Mat m3;
    cv::Mat planes[] = {gm[i], gm[i], gm[i]};
    cv::merge(planes, 3, m3);
    cv::Mat one_minus = cv::Scalar::all(1.0) - m3;
    blended.push_back(la[i].mul(m3) + lb[i].mul(one_minus));
  }
  cv::Mat out;
  collapse(blended).convertTo(out, CV_8UC3, 255.0);
  return out;
}

cv::Mat horizontal_ramp(cv::Size size, int start, int width) {
  cv::Mat mask(size, CV_32F);
  for (int y = 0; y < size.height; ++y) {
    float* row = mask.ptr<float>(y);
    for (int x = 0; x < size.width; ++x) {
      float t = static_cast<float>(x - start) / width;
      row[x] = 1.f - std::min(1.f, std::max(0.f, t));
    }
  }
  return mask;
}

int main() {
  cv::Mat a(128, 128, CV_8UC3, cv::Scalar(255, 0, 0));
  cv::Mat b(128, 128, CV_8UC3, cv::Scalar(0, 0, 255));
  cv::Mat mask = horizontal_ramp(a.size(), 48, 32);
  cv::Mat out = blend(a, b, mask, 4);
  cv::Vec3b left = out.at<cv::Vec3b>(64, 4), right = out.at<cv::Vec3b>(64, 124);
  return left[0] > right[0] ? 0 : 1;
}
