#pragma once

// Every Catch2 test binary's main() ends in runCatch(). Catch2 v2 is a single header whose
// implementation is compiled wherever CATCH_CONFIG_RUNNER is defined; it is defined once, in
// CatchRunner.cpp, so that the ~70 s compile of Catch2 itself happens once per build rather than
// once per test binary. Test files include <catch2/catch.hpp> without any CATCH_CONFIG_ macro.

namespace pacewise::test {

// Runs the test cases selected by the command line and returns the process exit code.
int runCatch(int argc, char* argv[]);

} // namespace pacewise::test
