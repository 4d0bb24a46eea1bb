#include "rfc3339.h"

#include <QDateTime>
#include <QRegularExpression>

namespace idlefleet {

bool parseRfc3339(const QString &text, qint64 *utcSeconds)
{
    static const QRegularExpression shape(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$)"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return false;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return false;
    qint64 offset = 0;
    if (!match.captured(9).isEmpty()) {
        const int offsetHours = match.captured(10).toInt();
        const int offsetMinutes = match.captured(11).toInt();
        if (offsetHours > 23 || offsetMinutes > 59)
            return false;
        offset = (offsetHours * 60 + offsetMinutes) * 60;
        if (match.captured(9) == QLatin1String("-"))
            offset = -offset;
    }
    const QDateTime utc(date, QTime(hour, minute, second), Qt::UTC);
    *utcSeconds = utc.toSecsSinceEpoch() - offset;
    return true;
}

QString formatRfc3339(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace idlefleet
