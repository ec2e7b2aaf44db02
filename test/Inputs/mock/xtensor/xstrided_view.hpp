// Mock of xtensor 0.24.3 <xtensor/xstrided_view.hpp>: forwards to the single mock header.
#pragma once
#include "aliaslint_xtensor_mock.hpp"
