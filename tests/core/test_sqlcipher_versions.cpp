// Placeholder: filled in by issue 7.
#include <catch2/catch.hpp>
