#pragma once

// An instant written in a test as RFC 3339 text ("2026-06-21T10:00:00Z"), read as UTC seconds:
// tests name the instants they are about instead of counting seconds.

#include "rfc3339.h"

#include <QString>
#include <QtGlobal>

/// `text` (RFC 3339) as seconds since the epoch; text that is not an instant stops the test
/// program, since the test itself is wrong.
inline qint64 at(const char *text)
{
    qint64 seconds = 0;
    if (!idlefleet::parseRfc3339(QString::fromLatin1(text), &seconds))
        qFatal("bad instant in test: %s", text);
    return seconds;
}
