#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace idlefleet::app {

/// The words and numbers of the policy editor: days masks, minutes of the day and exact decimal
/// amounts (money in micros, energy in Wh), read and written without floating point.
namespace policytext {

/// "Mon–Fri", "Sat, Sun", "Every day" (bit 0 = Monday; 0 and 127 are every day).
QString days(int daysMask, const QLocale &locale = {});
/// "22:00"; 1440 is "24:00" (the end of a day).
QString minute(int minuteOfDay);
/// Reads "22:00", "22", "2200", "7:30" or "24:00" (when `allowEndOfDay`); nothing otherwise.
std::optional<int> parseMinute(const QString &text, bool allowEndOfDay);
/// `value` / 10^decimals as text with at least `minDecimals` shown: (320000, 6, 2) -> "0.32".
QString scaled(qint64 value, int decimals, int minDecimals, const QLocale &locale = {});
/// The inverse, exact: "0.32" or "0,32" -> 320000 for 6 decimals. Nothing for text that is not
/// a plain decimal number or has more decimals than `decimals`.
std::optional<qint64> parseScaled(const QString &text, int decimals, const QLocale &locale = {});
/// Rotates a days mask by `days` (positive: later), Sunday wrapping to Monday; 0 stays 0.
int rotateDays(int daysMask, int days);

} // namespace policytext

/// The same for QML.
class PolicyFormat : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit PolicyFormat(QObject *parent = nullptr);

    Q_INVOKABLE QString days(int daysMask) const { return policytext::days(daysMask); }
    Q_INVOKABLE QString minute(int minuteOfDay) const { return policytext::minute(minuteOfDay); }
    /// The minute, or -1 when the text is not a time of day.
    Q_INVOKABLE int parseMinute(const QString &text, bool allowEndOfDay) const;
    /// A money amount in micros as text in the currency's units ("0.32").
    Q_INVOKABLE QString money(double micros) const;
    /// Text in the currency's units as micros; undefined when it is not a number.
    Q_INVOKABLE QVariant parseMoney(const QString &text) const;
    /// Watt-hours as kilowatt-hours ("8" for 8000) and back.
    Q_INVOKABLE QString kilowattHours(double wattHours) const;
    Q_INVOKABLE QVariant parseKilowattHours(const QString &text) const;
    /// The short name of a weekday, 0 = Monday.
    Q_INVOKABLE QString dayName(int day) const;
};

} // namespace idlefleet::app
