// Document scan clean-up: adaptive threshold, connected components, removal of
// small specks, deskew by the dominant text angle, and cropping to content.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

cv::Mat binarize(const cv::Mat& gray) {
  cv::Mat bin;
  cv::adaptiveThreshold(gray, bin, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C,
                        cv::THRESH_BINARY_INV, 15, 10);
  return bin;
}

// Removes components smaller than min_area from the binary image, in place.
void remove_specks(cv::Mat& bin, int min_area) {
  cv::Mat labels, stats, centroids;
  int n = cv::connectedComponentsWithStats(bin, labels, stats, centroids, 8, CV_32S);
  std::vector<uchar> keep(n, 0);
  for (int i = 1; i < n; ++i)
    keep[i] = stats.at<int>(i, cv::CC_STAT_AREA) >= min_area ? 255 : 0;
  for (int y = 0; y < bin.rows; ++y) {
    const int* l = labels.ptr<int>(y);
    uchar* b = bin.ptr<uchar>(y);
    for (int x = 0; x < bin.cols; ++x)
      b[x] = keep[l[x]];
  }
}

double dominant_angle(const cv::Mat& bin) {
  std::vector<cv::Point> points;
  cv::findNonZero(bin, points);
  if (points.size() < 10)
    return 0.0;
  cv::RotatedRect box = cv::minAreaRect(points);
  double angle = box.angle;
  if (angle < -45.0)
    angle += 90.0;
  else if (angle > 45.0)
    angle -= 90.0;
  return angle;
}

cv::Mat rotate(const cv::Mat& img, double angle) {
  cv::Point2f centre(img.cols / 2.f, img.rows / 2.f);
  cv::Mat rot = cv::getRotationMatrix2D(centre, angle, 1.0);
  cv::Mat out;
  cv::warpAffine(img, out, rot, img.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
  return out;
}

cv::Mat crop_to_content(const cv::Mat& gray, const cv::Mat& bin, int margin) {
  cv::Rect box = cv::boundingRect(bin);
  box.x -= margin;
  box.y -= margin;
  box.width += 2 * margin;
  box.height += 2 * margin;
  box &= cv::Rect(0, 0, gray.cols, gray.rows);
  return gray(box).clone(); // the result outlives the scan buffer
}

cv::Mat clean_scan(const cv::Mat& scan) {
  cv::Mat gray;
  cv::cvtColor(scan, gray, cv::COLOR_BGR2GRAY);
  cv::Mat bin = binarize(gray);
  remove_specks(bin, 12);
  double angle = dominant_angle(bin);
  cv::Mat straight = rotate(gray, angle);
  cv::Mat straight_bin = rotate(bin, angle);
  return crop_to_content(straight, straight_bin, 8);
}

int main() {
  cv::Mat scan(200, 150, CV_8UC3, cv::Scalar(250, 250, 250));
  for (int i = 0; i < 6; ++i)
    cv::line(scan, cv::Point(20, 30 + 25 * i), cv::Point(130, 34 + 25 * i), cv::Scalar(0, 0, 0), 2);
  cv::Mat page = clean_scan(scan);
  return page.empty() ? 1 : 0;
}
