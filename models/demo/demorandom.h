// The demo data's own random source: splitmix64 with integer range mapping of our own, so that a seed
// gives the same data with every compiler and standard library (std:: distributions differ between
// versions), and record ids drawn from it (time-ordered, so that inserts append to the tables).
#pragma once

#include <QString>
#include <QUuid>
#include <QtGlobal>
#include <cstddef>
#include <limits>

namespace concerto::demo {

class DemoRandom final {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // A uniform integer in [0, n); n > 0. Rejection sampling keeps it exactly uniform.
    int below(int n) {
        if (n <= 1)
            return 0;
        const quint64 range = quint64(n);
        const quint64 limit =
            std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
        quint64 r = next();
        while (r >= limit)
            r = next();
        return int(r % range);
    }
    // A uniform integer in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // True `percent` times in a hundred.
    bool chance(int percent) { return below(100) < percent; }
    // True `perMille` times in a thousand.
    bool chancePerMille(int perMille) { return below(1000) < perMille; }

    template <typename T, std::size_t N>
    const T &pick(const T (&items)[N]) {
        return items[below(int(N))];
    }
    template <typename Container>
    const auto &pickFrom(const Container &items) {
        return items[std::size_t(below(int(items.size())))];
    }
    // An index drawn with the given weights (any scale).
    template <std::size_t N>
    int weighted(const int (&weights)[N]) {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N) - 1;
    }

    // `count` random decimal digits.
    QString digits(int count) {
        QString s;
        s.reserve(count);
        for (int i = 0; i < count; ++i)
            s.append(QChar(u'0' + below(10)));
        return s;
    }

private:
    quint64 m_state;
};

// Record ids for the demo: a 48-bit sequence first (so ids sort in creation order and the primary-key
// indexes grow at their end), then random bits; RFC 9562 version 8 (custom) and variant bits.
class DemoIds final {
public:
    DemoIds(quint64 seed, quint64 salt)
        : m_random(seed ^ (salt * 0xD1B54A32D192ED03ULL) ^ 0x5DEECE66DULL) {
        m_sequence = (m_random.next() & 0xFFFFULL) << 28;
    }

    QUuid next() {
        const quint64 sequence = m_sequence++;
        const quint64 bits = m_random.next();
        return QUuid(uint(sequence >> 16), ushort(sequence & 0xFFFF), ushort(0x8000 | (bits & 0x0FFF)),
                     uchar(0x80 | ((bits >> 12) & 0x3F)), uchar(bits >> 18), uchar(bits >> 26),
                     uchar(bits >> 34), uchar(bits >> 42), uchar(bits >> 50), uchar(bits >> 56),
                     uchar(bits >> 8));
    }

private:
    DemoRandom m_random;
    quint64 m_sequence = 0;
};

} // namespace concerto::demo
