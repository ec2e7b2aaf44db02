// Multi-scale template matching with non-maximum suppression of detections,
// and a sliding-window variance filter to skip flat regions.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

struct Detection {
  cv::Rect box;
  double score;
};

std::vector<Detection> match_at_scale(const cv::Mat& img, const cv::Mat& templ,
                                      double scale, double threshold) {
  cv::Mat resized;
  cv::resize(templ, resized, cv::Size(), scale, scale, cv::INTER_AREA);
  std::vector<Detection> out;
  if (resized.cols > img.cols || resized.rows > img.rows)
    return out;
  cv::Mat response;
  cv::matchTemplate(img, resized, response, cv::TM_CCOEFF_NORMED);
  for (int y = 0; y < response.rows; ++y) {
    const float* r = response.ptr<float>(y);
    for (int x = 0; x < response.cols; ++x)
      if (r[x] >= threshold)
        out.push_back({cv::Rect(x, y, resized.cols, resized.rows), r[x]});
  }
  return out;
}

double iou(const cv::Rect& a, const cv::Rect& b) {
  double inter = (a & b).area();
  return inter / (a.area() + b.area() - inter);
}

std::vector<Detection> nms(std::vector<Detection> dets, double max_iou) {
  std::sort(dets.begin(), dets.end(),
            [](const Detection& a, const Detection& b) { return a.score > b.score; });
  std::vector<Detection> kept;
  for (const Detection& d : dets) {
    bool overlaps = false;
    for (const Detection& k : kept)
      if (iou(d.box, k.box) > max_iou) {
        overlaps = true;
        break;
      }
    if (!overlaps)
      kept.push_back(d);
  }
  return kept;
}

// Local variance via box filters; flat windows cannot be matched reliably.
cv::Mat local_variance(const cv::Mat& gray, int win) {
  cv::Mat f, mean, sq_mean;
  gray.convertTo(f, CV_32F);
  cv::boxFilter(f, mean, CV_32F, cv::Size(win, win));
  cv::boxFilter(f.mul(f), sq_mean, CV_32F, cv::Size(win, win));
  return sq_mean - mean.mul(mean);
}

std::vector<Detection> detect(const cv::Mat& gray, const cv::Mat& templ) {
  std::vector<Detection> all;
  for (double s : {0.75, 1.0, 1.25}) {
    std::vector<Detection> d = match_at_scale(gray, templ, s, 0.8);
    all.insert(all.end(), d.begin(), d.end());
  }
  cv::Mat var = local_variance(gray, templ.cols);
  std::vector<Detection> textured;
  for (const Detection& d : all) {
    cv::Point c = (d.box.tl() + d.box.br()) / 2;
    c.x = std::min(c.x, var.cols - 1);
    c.y = std::min(c.y, var.rows - 1);
    if (var.at<float>(c) > 10.f)
      textured.push_back(d);
  }
  return nms(textured, 0.3);
}

int main() {
  cv::Mat scene(160, 200, CV_8UC1, cv::Scalar(20));
  cv::Mat templ(24, 24, CV_8UC1, cv::Scalar(0));
  cv::circle(templ, cv::Point(12, 12), 8, cv::Scalar(255), -1);
  templ.copyTo(scene(cv::Rect(50, 60, 24, 24)));
  std::vector<Detection> dets = detect(scene, templ);
  return dets.empty() ? 1 : 0;
}
