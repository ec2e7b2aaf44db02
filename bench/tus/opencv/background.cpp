// Background subtraction with a running average: foreground masks, model
// update only where the scene is static, and a region-of-interest summary.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

class RunningBackground {
public:
  RunningBackground(double alpha, double threshold) : alpha_(alpha), threshold_(threshold) {}

  // Returns the foreground mask of `frame` (8-bit, 0/255) and updates the model.
  cv::Mat apply(const cv::Mat& frame) {
    cv::Mat gray, gray_f;
    cv::cvtColor(frame, gray, cv::COLOR_BGR2GRAY);
    gray.convertTo(gray_f, CV_32F);
    if (model_.empty()) {
      model_ = gray_f.clone();
      return cv::Mat::zeros(frame.size(), CV_8U);
    }
    cv::Mat diff, mask;
    cv::absdiff(gray_f, model_, diff);
    cv::threshold(diff, mask, threshold_, 255.0, cv::THRESH_BINARY);
    mask.convertTo(mask, CV_8U);
    cv::Mat still;
    cv::bitwise_not(mask, still);
    cv::accumulateWeighted(gray_f, model_, alpha_, still);
    return mask;
  }

  const cv::Mat& model() const { return model_; }

private:
  double alpha_, threshold_;
  cv::Mat model_;
};

struct Blob {
  cv::Rect box;
  double area;
};

std::vector<Blob> foreground_blobs(const cv::Mat& mask, double min_area) {
  cv::Mat work = mask.clone(); // findContours used to modify its input
  cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
  cv::morphologyEx(work, work, cv::MORPH_OPEN, kernel);
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(work, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  std::vector<Blob> blobs;
  for (const auto& c : contours) {
    double a = cv::contourArea(c);
    if (a >= min_area)
      blobs.push_back({cv::boundingRect(c), a});
  }
  return blobs;
}

// Fraction of foreground pixels inside a region of interest.
double roi_activity(const cv::Mat& mask, const cv::Rect& roi) {
  cv::Mat region = mask(roi & cv::Rect(0, 0, mask.cols, mask.rows));
  return region.empty() ? 0.0 : cv::countNonZero(region) / static_cast<double>(region.total());
}

cv::Mat annotate(const cv::Mat& frame, const std::vector<Blob>& blobs) {
  cv::Mat out = frame.clone();
  for (const Blob& b : blobs)
    cv::rectangle(out, b.box, cv::Scalar(0, 0, 255), 2);
  return out;
}

int main() {
  RunningBackground bg(0.05, 25.0);
  cv::Mat frame(120, 160, CV_8UC3, cv::Scalar(40, 40, 40));
  double activity = 0.0;
  for (int i = 0; i < 5; ++i) {
    cv::Mat f = frame.clone();
    cv::rectangle(f, cv::Rect(10 + 10 * i, 30, 20, 20), cv::Scalar(255, 255, 255), -1);
    cv::Mat mask = bg.apply(f);
    std::vector<Blob> blobs = foreground_blobs(mask, 20.0);
    activity += roi_activity(mask, cv::Rect(0, 0, 80, 120));
    cv::Mat vis = annotate(f, blobs);
  }
  return activity >= 0.0 ? 0 : 1;
}
