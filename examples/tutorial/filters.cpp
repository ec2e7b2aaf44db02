#include <img/image.h>

// Blacks out the top `rows` rows of `frame`, which the caller displays.
void maskTop(img::Image frame, int rows) {
  frame.crop(0, 0, frame.width(), rows).fill(0);
}

// How much sharpening changes `frame`; `frame` keeps the sharpened pixels.
float sharpen(img::Image frame) {
  img::Image before = frame;
  for (int y = 1; y + 1 < frame.height(); ++y)
    for (int x = 1; x + 1 < frame.width(); ++x)
      frame(x, y) = 2 * frame(x, y) - 0.5f * (frame(x - 1, y) + frame(x + 1, y));
  float change = 0;
  for (int y = 0; y < frame.height(); ++y)
    for (int x = 0; x < frame.width(); ++x)
      change += frame(x, y) - before(x, y);
  return change;
}

// Writes a 2-pixel border into the caller's `canvas`: a view, meant to write.
void frameBorder(img::Image canvas) {
  canvas.roi(0, 0, canvas.width(), 2).fill(1);
  canvas.roi(0, canvas.height() - 2, canvas.width(), 2).fill(1);
}

// Draws a marker on a copy of `photo`, so that `photo` stays as it was.
img::Image annotate(const img::Image &photo) {
  img::Image marked = photo;
  marked.roi(0, 0, 8, 8).fill(1);
  return marked;
}
