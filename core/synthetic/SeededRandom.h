#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <cstdint>

namespace pacewise::synthetic {

// The generators' random numbers. SplitMix64: tiny, fast and fully specified, and the
// distributions below are ours (the standard library's differ between implementations), so a
// seed means the same made-up data on every machine.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    bool chance(double p) { return uniform() < p; }
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    // Irwin-Hall approximation of a standard normal: portable and plenty for synthetic data.
    double normal() {
        double sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }
    QString uuid() {
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 16; i += 8) {
            const std::uint64_t v = next();
            for (int j = 0; j < 8; ++j)
                bytes[i + j] = char(v >> (8 * j));
        }
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    std::uint64_t m_state;
};

} // namespace pacewise::synthetic
