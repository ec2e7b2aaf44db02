// The project's array class of test/checks/common/Inputs/myarray.yaml.
#pragma once
namespace my {
class Array {
public:
  Array sub(int begin, int end) const;
  Array copy() const;
  Array &scale(float f);
  float sum() const;
};
} // namespace my
