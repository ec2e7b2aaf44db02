#include <img/image.h>

img::Image copyOf(const img::Image &a) { return a.clone(); }
