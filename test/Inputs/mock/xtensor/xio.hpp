// Mock of xtensor 0.24.3 <xtensor/xio.hpp>: operator<< for expressions (declared with <iosfwd> only;
// unlike the real header this does not pull in <iostream> -- include it yourself for std::cout).
#pragma once
#include "aliaslint_xtensor_mock.hpp"
