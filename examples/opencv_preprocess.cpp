// Image preprocessing with OpenCV: a brightness-normalised copy of a frame
// is compared with the original to build a change mask.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

// Returns the pixels that the gain correction changed by more than `tol`.
cv::Mat gainChangeMask(const cv::Mat &frame, double gain, double tol) {
  cv::Mat work = frame;          // meant as a copy: shares frame's pixels
  work.convertTo(work, -1, gain);
  cv::Mat diff;
  cv::absdiff(frame, work, diff); // always zero when gain keeps the type
  return diff > tol;
}

// Blacks out the border of a crop before it is passed to the detector.
void maskBorder(const cv::Mat &crop, int border) {
  cv::Mat inner = crop(cv::Rect(border, border, crop.cols - 2 * border,
                                crop.rows - 2 * border));
  inner.setTo(cv::Scalar::all(0)); // writes the caller's "const" image
}

// Intended: zero a region of interest on purpose, then show the frame.
void redact(cv::Mat &frame, const cv::Rect &face) {
  cv::Mat roi = frame(face);
  roi.setTo(cv::Scalar::all(0));
  cv::GaussianBlur(frame, frame, cv::Size(3, 3), 0);
}

// Stamps a logo into the top-left corner of the frame.
void stampLogo(cv::Mat &frame, const cv::Mat &logo) {
  frame(cv::Rect(0, 0, logo.cols, logo.rows)) = logo; // rebinds a temporary
}

// Measures how much the blur changed the frame.
double blurChange(cv::Mat &frame) {
  cv::Mat before = frame;         // meant as the old frame: shares its pixels
  cv::GaussianBlur(frame, frame, cv::Size(5, 5), 0);
  return cv::norm(before, frame); // always zero
}
