#include "store/UnlockThrottle.h"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using pacewise::store::UnlockThrottle;

TEST_CASE("each wrong passphrase doubles the wait, up to 30 seconds", "[store][throttle]") {
    CHECK(UnlockThrottle::delayAfter(0) == 0s);
    CHECK(UnlockThrottle::delayAfter(1) == 1s);
    CHECK(UnlockThrottle::delayAfter(2) == 2s);
    CHECK(UnlockThrottle::delayAfter(3) == 4s);
    CHECK(UnlockThrottle::delayAfter(5) == 16s);
    CHECK(UnlockThrottle::delayAfter(6) == 30s);
    CHECK(UnlockThrottle::delayAfter(1000) == 30s);
}

TEST_CASE("the wait runs on the injected clock and a success clears it", "[store][throttle]") {
    auto now = std::chrono::steady_clock::time_point{} + 1h;
    UnlockThrottle throttle([&] { return now; });
    CHECK(throttle.remaining() == 0ms);

    throttle.recordFailure();
    throttle.recordFailure();
    CHECK(throttle.remaining() == 2000ms);
    now += 1500ms;
    CHECK(throttle.remaining() == 500ms);
    now += 500ms;
    CHECK(throttle.remaining() == 0ms);

    throttle.recordFailure();
    CHECK(throttle.remaining() == 4000ms);
    throttle.recordSuccess();
    CHECK(throttle.remaining() == 0ms);
    CHECK(throttle.failures() == 0);
}
