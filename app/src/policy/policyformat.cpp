#include "policyformat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace idlefleet::app {
namespace policytext {

QString days(int daysMask, const QLocale &locale)
{
    const int mask = daysMask & 127;
    if (mask == 0 || mask == 127)
        return QCoreApplication::translate("PolicyFormat", "Every day");
    if (mask == 31)
        return QCoreApplication::translate("PolicyFormat", "Weekdays");
    if (mask == 96)
        return QCoreApplication::translate("PolicyFormat", "Weekends");
    // Runs of three or more days read as a range: Mon–Wed, Fri.
    QStringList parts;
    for (int day = 0; day < 7;) {
        if (!((mask >> day) & 1)) {
            ++day;
            continue;
        }
        int last = day;
        while (last + 1 < 7 && ((mask >> (last + 1)) & 1))
            ++last;
        const QString first = locale.dayName(day + 1, QLocale::ShortFormat);
        if (last - day >= 2)
            parts << first + QStringLiteral("–") + locale.dayName(last + 1, QLocale::ShortFormat);
        else
            for (int d = day; d <= last; ++d)
                parts << locale.dayName(d + 1, QLocale::ShortFormat);
        day = last + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString minute(int minuteOfDay)
{
    const int m = qBound(0, minuteOfDay, 1440);
    return QStringLiteral("%1:%2")
        .arg(m / 60, 2, 10, QLatin1Char('0'))
        .arg(m % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseMinute(const QString &text, bool allowEndOfDay)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2})(?:[:.h]?(\\d{2}))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    if (minutes > 59)
        return std::nullopt;
    const int value = hours * 60 + minutes;
    if (value > 1440 || (value == 1440 && !allowEndOfDay))
        return std::nullopt;
    return value;
}

QString scaled(qint64 value, int decimals, int minDecimals, const QLocale &locale)
{
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    QString whole = QString::number(magnitude / quint64(divisor));
    QString fraction =
        QStringLiteral("%1").arg(magnitude % quint64(divisor), decimals, 10, QLatin1Char('0'));
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString out = negative ? QStringLiteral("-") + whole : whole;
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return out;
}

std::optional<qint64> parseScaled(const QString &text, int decimals, const QLocale &locale)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212))) {
        negative = true;
        t = t.mid(1);
    } else if (t.startsWith(QLatin1Char('+'))) {
        t = t.mid(1);
    }
    const QString point = locale.decimalPoint();
    qsizetype separator = t.indexOf(QLatin1Char('.'));
    if (separator < 0 && !point.isEmpty())
        separator = t.indexOf(point);
    if (separator < 0)
        separator = t.indexOf(QLatin1Char(','));
    const QString whole = separator < 0 ? t : t.left(separator);
    const QString fraction = separator < 0 ? QString() : t.mid(separator + 1);
    auto digitsOnly = [](const QString &s) {
        return std::all_of(s.begin(), s.end(),
                           [](QChar c) { return c.unicode() < 128 && c.isDigit(); });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !digitsOnly(whole) || !digitsOnly(fraction) ||
        fraction.size() > decimals || whole.size() > 18 - decimals)
        return std::nullopt;
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return negative ? -value : value;
}

int rotateDays(int daysMask, int days)
{
    const int mask = daysMask & 127;
    const int k = ((days % 7) + 7) % 7;
    if (mask == 0 || k == 0)
        return mask;
    return ((mask << k) | (mask >> (7 - k))) & 127;
}

} // namespace policytext

PolicyFormat::PolicyFormat(QObject *parent)
    : QObject(parent)
{}

int PolicyFormat::parseMinute(const QString &text, bool allowEndOfDay) const
{
    return policytext::parseMinute(text, allowEndOfDay).value_or(-1);
}

QString PolicyFormat::money(double micros) const
{
    return policytext::scaled(qint64(micros), 6, 2);
}

QVariant PolicyFormat::parseMoney(const QString &text) const
{
    const auto value = policytext::parseScaled(text, 6);
    return value ? QVariant(double(*value)) : QVariant();
}

QString PolicyFormat::kilowattHours(double wattHours) const
{
    return policytext::scaled(qint64(wattHours), 3, 0);
}

QVariant PolicyFormat::parseKilowattHours(const QString &text) const
{
    const auto value = policytext::parseScaled(text, 3);
    return value ? QVariant(double(*value)) : QVariant();
}

QString PolicyFormat::dayName(int day) const
{
    return QLocale().dayName(qBound(0, day, 6) + 1, QLocale::ShortFormat);
}

} // namespace idlefleet::app
