#pragma once

#include <chrono>
#include <functional>

namespace pacewise::store {

// Slows down guessing at the unlock screen: after the n-th wrong passphrase in a row the next
// attempt waits 2^(n-1) seconds (1, 2, 4, ... capped at 30). The real protection is the KDF cost;
// this keeps a person at the keyboard from trying a list quickly.
class UnlockThrottle {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    static constexpr std::chrono::seconds kMaxDelay{30};

    explicit UnlockThrottle(Clock clock = &std::chrono::steady_clock::now)
        : m_clock(std::move(clock)) {}

    // Zero when an attempt may be made now.
    std::chrono::milliseconds remaining() const;
    void recordFailure();
    void recordSuccess();
    int failures() const { return m_failures; }
    static std::chrono::seconds delayAfter(int failures);

private:
    Clock m_clock;
    int m_failures = 0;
    std::chrono::steady_clock::time_point m_notBefore{};
};

} // namespace pacewise::store
