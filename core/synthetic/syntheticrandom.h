// The one source of randomness of the synthetic generator: a seeded 64-bit Mersenne Twister with small helpers, so
// the same seed always gives the same database (identifiers included).
#pragma once

#include <cstdint>
#include <random>
#include <span>

#include <QDate>
#include <QString>

namespace caselink::synthetic {

class Rng {
public:
    explicit Rng(std::uint64_t seed)
        : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }
    // Inclusive bounds. The modulo bias is irrelevant for synthetic data; std distributions are avoided because
    // their output differs between standard libraries.
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    std::int64_t between64(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    double real() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return real() < p; }

    template <typename T>
    const T& pick(std::span<const T> items) {
        return items[static_cast<std::size_t>(next() % items.size())];
    }
    // Index into weights, chosen in proportion to them.
    int weighted(std::span<const int> weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = between(0, total - 1);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i]) {
                return static_cast<int>(i);
            }
            r -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }
    QDate dayIn(const QDate& from, const QDate& to) { return from.addDays(between64(0, from.daysTo(to))); }

    // A version-7 layout UUID: a synthetic millisecond counter in front (so keys arrive in index order and bulk
    // inserts append instead of splitting pages), random bits behind it. Never the wall clock.
    QString uuid() {
        const std::uint64_t ms = kUuidEpochMs + m_uuidCounter++;
        const std::uint64_t r1 = next();
        const std::uint64_t r2 = next();
        const std::uint64_t hi = (ms << 16) | 0x7000 | (r1 & 0x0fff);
        const std::uint64_t lo = (r2 & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        char buf[36];
        static constexpr char hex[] = "0123456789abcdef";
        int p = 0;
        const auto put = [&](std::uint64_t v, int nibbles, int shift) {
            for (int i = nibbles - 1; i >= 0; --i) {
                buf[p++] = hex[(v >> (shift + 4 * i)) & 0xf];
            }
        };
        put(hi, 8, 32);
        buf[p++] = '-';
        put(hi, 4, 16);
        buf[p++] = '-';
        put(hi, 4, 0);
        buf[p++] = '-';
        put(lo, 4, 48);
        buf[p++] = '-';
        put(lo, 12, 0);
        return QString::fromLatin1(buf, 36);
    }

private:
    static constexpr std::uint64_t kUuidEpochMs = 1735689600000ULL; // 2025-01-01T00:00:00Z
    std::mt19937_64 m_engine;
    std::uint64_t m_uuidCounter = 0;
};

// Spreads total over count slots so that the running sum tracks total * (i + 1) / count: per-slot values vary with
// jitter but the whole adds up exactly (used for arrests per case, persons per case, links per case).
class Quota {
public:
    Quota(std::int64_t total, std::int64_t count)
        : m_total(total)
        , m_count(count) {}
    // How many the next slot should take so that the cumulative target is met; jitter moves the target by up to
    // +-jitter units except on the last slot.
    std::int64_t next(Rng& rng, int jitter) {
        ++m_index;
        std::int64_t target = m_count > 0 ? m_total * m_index / m_count : m_total;
        if (m_index < m_count && jitter > 0) {
            target += rng.between(-jitter, jitter);
        }
        const std::int64_t take = target > m_done ? target - m_done : 0;
        return take;
    }
    void used(std::int64_t n) { m_done += n; }
    std::int64_t done() const { return m_done; }
    std::int64_t total() const { return m_total; }

private:
    std::int64_t m_total;
    std::int64_t m_count;
    std::int64_t m_index = 0;
    std::int64_t m_done = 0;
};

} // namespace caselink::synthetic
