#pragma once

#include <QString>

namespace idlefleet {

/// Reads an RFC 3339 instant (`2026-03-29T00:30:00Z`, or with an offset such as `+01:00`;
/// fractions of a second are dropped) into UTC seconds. A time without a zone is refused.
bool parseRfc3339(const QString &text, qint64 *utcSeconds);

/// `2026-03-29T00:00:00Z`.
QString formatRfc3339(qint64 utcSeconds);

} // namespace idlefleet
