// Separable convolution by hand (row pointers, replicated borders) checked
// against cv::sepFilter2D, plus an unsharp mask applied in place to a ROI.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

std::vector<float> gaussian_kernel(int radius, double sigma) {
  cv::Mat k = cv::getGaussianKernel(2 * radius + 1, sigma, CV_32F);
  return std::vector<float>(k.begin<float>(), k.end<float>());
}

// Horizontal then vertical pass on a single-channel float image.
cv::Mat separable_filter(const cv::Mat& src, const std::vector<float>& k) {
  const int r = static_cast<int>(k.size()) / 2;
  cv::Mat padded;
  cv::copyMakeBorder(src, padded, r, r, r, r, cv::BORDER_REPLICATE);
  cv::Mat tmp(padded.size(), CV_32F, cv::Scalar(0));
  for (int y = 0; y < padded.rows; ++y) {
    const float* in = padded.ptr<float>(y);
    float* out = tmp.ptr<float>(y);
    for (int x = r; x < padded.cols - r; ++x) {
      float acc = 0.f;
      for (int i = -r; i <= r; ++i)
        acc += k[i + r] * in[x + i];
      out[x] = acc;
    }
  }
  cv::Mat dst(src.size(), CV_32F);
  for (int y = 0; y < src.rows; ++y) {
    float* out = dst.ptr<float>(y);
    for (int x = 0; x < src.cols; ++x) {
      float acc = 0.f;
      for (int i = -r; i <= r; ++i)
        acc += k[i + r] * tmp.at<float>(y + r + i, x + r);
      out[x] = acc;
    }
  }
  return dst;
}

double max_difference_to_opencv(const cv::Mat& src, int radius, double sigma) {
  std::vector<float> k = gaussian_kernel(radius, sigma);
  cv::Mat mine = separable_filter(src, k);
  cv::Mat ref;
  cv::Mat kernel(k, /*copyData=*/true);
  cv::sepFilter2D(src, ref, CV_32F, kernel, kernel, cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
  double maxv = 0.0;
  cv::minMaxLoc(cv::abs(mine - ref), nullptr, &maxv);
  return maxv;
}

// Sharpens only the region `roi` of `img`, in place: the caller wants this.
void sharpen_region(cv::Mat& img, const cv::Rect& roi, double amount) {
  cv::Mat region = img(roi);
  cv::Mat blurred;
  cv::GaussianBlur(region, blurred, cv::Size(0, 0), 2.0);
  cv::addWeighted(region, 1.0 + amount, blurred, -amount, 0.0, region);
}

int main() {
  cv::Mat img(64, 80, CV_32F);
  cv::randu(img, 0.0, 1.0);
  double err = max_difference_to_opencv(img, 3, 1.5);
  cv::Mat photo(64, 80, CV_8UC3, cv::Scalar(90, 120, 150));
  sharpen_region(photo, cv::Rect(10, 10, 30, 30), 0.7);
  return err < 1e-3 ? 0 : 1;
}
