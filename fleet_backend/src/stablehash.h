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

} // namespace idlefleet::backend
