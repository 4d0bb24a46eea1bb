#pragma once

#include <QString>

namespace idlefleet {

/// One field of a CSV line (RFC 4180): as it is, or quoted when it holds a comma, a quote or a
/// line break (quotes doubled).
inline QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace idlefleet
