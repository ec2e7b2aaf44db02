// Mock of xtensor 0.24.3 <xtensor/xmath.hpp>: forwards to the single mock header.
#pragma once
#include "aliaslint_xtensor_mock.hpp"
