#define CATCH_CONFIG_RUNNER
#include "CatchRunner.h"

#include <catch2/catch.hpp>

namespace pacewise::test {

int runCatch(int argc, char* argv[]) {
    return Catch::Session().run(argc, argv);
}

} // namespace pacewise::test
