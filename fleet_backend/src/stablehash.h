#pragma once

#include <QString>

namespace idlefleet::backend {

/// A hash of `text` that is the same in every process and on every machine (FNV-1a over the
/// UTF-16 code units, from `seed`), for what the simulated world draws from a car's id: a world
/// replays the same after a restart. qHash() is seeded per process and must not be used for it.
inline quint64 stableHash(const QString &text, quint64 seed)
{
    quint64 hash = 0xcbf29ce484222325ULL ^ seed;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

/// SplitMix64's finaliser: a well-spread hash of a 64-bit value (the same in every process).
inline quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace idlefleet::backend
