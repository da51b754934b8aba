#pragma once

// The one way center-sync includes Boost.Asio. Boost 1.74's Asio uses std::exchange without
// including <utility>, which GCC 12 in C++20 mode no longer pulls in transitively.
// clang-format off
#include <utility>
#include <boost/asio.hpp>
// clang-format on
