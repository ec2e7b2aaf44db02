// Edge map pipeline: gradients, magnitude/orientation, non-maximum
// suppression by hand on row pointers, hysteresis via Canny, and cleanup.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

struct Gradients {
  cv::Mat gx, gy, magnitude, angle;
};

Gradients compute_gradients(const cv::Mat& gray) {
  Gradients g;
  cv::Mat smooth;
  cv::GaussianBlur(gray, smooth, cv::Size(3, 3), 0.8);
  cv::Sobel(smooth, g.gx, CV_32F, 1, 0, 3);
  cv::Sobel(smooth, g.gy, CV_32F, 0, 1, 3);
  cv::cartToPolar(g.gx, g.gy, g.magnitude, g.angle, /*angleInDegrees=*/true);
  return g;
}

// Thin edges: keep a pixel only if it is a local maximum along the gradient.
cv::Mat non_max_suppression(const Gradients& g) {
  cv::Mat out = cv::Mat::zeros(g.magnitude.size(), CV_32F);
  for (int y = 1; y < g.magnitude.rows - 1; ++y) {
    const float* m0 = g.magnitude.ptr<float>(y - 1);
    const float* m1 = g.magnitude.ptr<float>(y);
    const float* m2 = g.magnitude.ptr<float>(y + 1);
    const float* a = g.angle.ptr<float>(y);
    float* o = out.ptr<float>(y);
    for (int x = 1; x < g.magnitude.cols - 1; ++x) {
      float dir = std::fmod(a[x], 180.f);
      float n1, n2;
      if (dir < 22.5f || dir >= 157.5f) { n1 = m1[x - 1]; n2 = m1[x + 1]; }
      else if (dir < 67.5f) { n1 = m0[x + 1]; n2 = m2[x - 1]; }
      else if (dir < 112.5f) { n1 = m0[x]; n2 = m2[x]; }
      else { n1 = m0[x - 1]; n2 = m2[x + 1]; }
      if (m1[x] >= n1 && m1[x] >= n2)
        o[x] = m1[x];
    }
  }
  return out;
}

cv::Mat clean_edges(const cv::Mat& edges, int min_area) {
  cv::Mat labels, stats, centroids;
  int n = cv::connectedComponentsWithStats(edges, labels, stats, centroids, 8);
  cv::Mat keep = cv::Mat::zeros(edges.size(), CV_8U);
  for (int i = 1; i < n; ++i) {
    if (stats.at<int>(i, cv::CC_STAT_AREA) < min_area)
      continue;
    keep.setTo(255, labels == i);
  }
  return keep;
}

cv::Mat edge_map(const cv::Mat& bgr, double low, double high) {
  cv::Mat gray;
  cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
  Gradients g = compute_gradients(gray);
  cv::Mat thin = non_max_suppression(g);
  cv::Mat edges;
  cv::Canny(gray, edges, low, high);
  cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
  cv::morphologyEx(edges, edges, cv::MORPH_CLOSE, kernel);
  cv::Mat strong = thin > high;
  cv::bitwise_or(edges, strong, edges);
  return clean_edges(edges, 10);
}

int main() {
  cv::Mat img(96, 128, CV_8UC3, cv::Scalar(30, 30, 30));
  cv::circle(img, cv::Point(64, 48), 20, cv::Scalar(200, 200, 200), -1);
  cv::Mat e = edge_map(img, 50, 150);
  return cv::countNonZero(e) > 0 ? 0 : 1;
}
