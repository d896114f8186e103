#include "store/UnlockThrottle.h"

#include <algorithm>

namespace pacewise::store {

std::chrono::seconds UnlockThrottle::delayAfter(int failures) {
    if (failures <= 0)
        return std::chrono::seconds(0);
    const int exponent = std::min(failures - 1, 5); // 2^5 = 32 > 30: no overflow past here
    return std::min(std::chrono::seconds(1 << exponent), kMaxDelay);
}

std::chrono::milliseconds UnlockThrottle::remaining() const {
    const auto now = m_clock();
    if (now >= m_notBefore)
        return std::chrono::milliseconds(0);
    return std::chrono::ceil<std::chrono::milliseconds>(m_notBefore - now);
}

void UnlockThrottle::recordFailure() {
    ++m_failures;
    m_notBefore = m_clock() + delayAfter(m_failures);
}

void UnlockThrottle::recordSuccess() {
    m_failures = 0;
    m_notBefore = {};
}

} // namespace pacewise::store
