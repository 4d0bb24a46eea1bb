#include "policycommands.h"

#include "ctlcommon.h"
#include "policy/eligibility.h"
#include "policy/forecast.h"
#include "policy/policydocument.h"
#include "policy/schedule.h"
#include "policy/zonerules.h"
#include "rfc3339.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace idlefleet::ctl {
namespace {

constexpr qint64 MaxDocumentBytes = 1 << 20;
// The range `windows` accepts: what the zone tables cover.
constexpr qint64 MinInstant = 0;          // 1970-01-01
constexpr qint64 MaxInstant = 4102444800; // 2100-01-01
constexpr qint64 MaxRangeSeconds = 10LL * 366 * 86400;

bool readDocument(const QString &option, const QString &path, QByteArray *bytes, QString *error)
{
    if (path.isEmpty()) {
        *error = QStringLiteral("%1 FILE is required").arg(option);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read \"%2\": %3").arg(option, path, file.errorString());
        return false;
    }
    *bytes = file.read(MaxDocumentBytes + 1);
    if (bytes->size() > MaxDocumentBytes) {
        *error = QStringLiteral("%1: \"%2\" is larger than 1 MiB").arg(option, path);
        return false;
    }
    return true;
}

bool readInstant(const QString &option, const QString &text, qint64 *seconds, QString *error)
{
    if (text.isEmpty()) {
        *error = QStringLiteral("%1 INSTANT is required (RFC 3339, e.g. 2026-03-29T00:30:00Z)")
                     .arg(option);
        return false;
    }
    if (!parseRfc3339(text, seconds) || *seconds < MinInstant || *seconds >= MaxInstant) {
        *error = QStringLiteral("%1: \"%2\" is not an RFC 3339 instant between 1970 and 2100 "
                                "(e.g. 2026-03-29T00:30:00Z)")
                     .arg(option, text);
        return false;
    }
    return true;
}

} // namespace

int windowsCommand(const QString &policyFile, const QString &fromText, const QString &toText)
{
    QByteArray bytes;
    QString error;
    v1::Policy policy;
    qint64 from = 0;
    qint64 to = 0;
    if (!readDocument(QStringLiteral("--policy"), policyFile, &bytes, &error) ||
        !policy::parsePolicyJson(bytes, &policy, &error) ||
        !readInstant(QStringLiteral("--from"), fromText, &from, &error) ||
        !readInstant(QStringLiteral("--to"), toText, &to, &error))
        return fail(ExitBadInput, error);
    if (from >= to)
        return fail(ExitBadInput,
                    QStringLiteral("--from (%1) must be before --to (%2)").arg(fromText, toText));
    if (to - from > MaxRangeSeconds)
        return fail(ExitBadInput, QStringLiteral("--from to --to spans more than 10 years"));

    // The exact bytes spec/policy.md shows ("start" before "end", a space after each colon and
    // comma), which QJsonDocument's sorted, compact output is not. Only RFC 3339 instants go in.
    QByteArray out = "{\"windows\": [";
    const auto windows = policy::allowedWindows(policy, from, to);
    for (std::size_t i = 0; i < windows.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += "{\"start\": \"" + formatRfc3339(windows[i].start).toLatin1() + "\", \"end\": \"" +
               formatRfc3339(windows[i].end).toLatin1() + "\"}";
    }
    out += "]}\n";
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

int eligibleCommand(const QString &policyFile, const QString &stateFile, const QString &atText)
{
    QByteArray policyBytes;
    QByteArray stateBytes;
    QString error;
    v1::Policy policy;
    v1::VehicleState state;
    qint64 at = 0;
    if (!readDocument(QStringLiteral("--policy"), policyFile, &policyBytes, &error) ||
        !policy::parsePolicyJson(policyBytes, &policy, &error) ||
        !readDocument(QStringLiteral("--state"), stateFile, &stateBytes, &error) ||
        !policy::parseVehicleStateJson(stateBytes, &state, &error) ||
        !readInstant(QStringLiteral("--at"), atText, &at, &error))
        return fail(ExitBadInput, error);

    const policy::ReasonSet reasons = policy::evaluate(policy, state, at);
    // The exact bytes spec/policy.md shows; reason codes are fixed lowercase words.
    QByteArray out = reasons == 0 ? "{\"eligible\": true, \"reasons\": ["
                                  : "{\"eligible\": false, \"reasons\": [";
    const QStringList codes = policy::reasonCodes(reasons);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += '"' + codes[i].toLatin1() + '"';
    }
    out += "]}\n";
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

int planCommand(const QString &policyFile, const QString &profileFile, const QString &marketFile,
                const QString &fromText, const QString &daysText)
{
    QByteArray bytes;
    QString error;
    v1::Policy policy;
    v1::VehicleProfile profile;
    v1::MarketForecast market;
    if (!readDocument(QStringLiteral("--policy"), policyFile, &bytes, &error) ||
        !policy::parsePolicyJson(bytes, &policy, &error) ||
        !readDocument(QStringLiteral("--profile"), profileFile, &bytes, &error) ||
        !policy::parseVehicleProfileJson(bytes, &profile, &error) ||
        !readDocument(QStringLiteral("--market"), marketFile, &bytes, &error) ||
        !policy::parseMarketForecastJson(bytes, &market, &error))
        return fail(ExitBadInput, error);

    qint64 from = 0;
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (dateOnly.match(fromText).hasMatch()) {
        const QDate date = QDate::fromString(fromText, Qt::ISODate);
        const auto rules =
            policy::ZoneRules::forZone(QByteArray::fromStdString(policy.time_zone()));
        if (!date.isValid() || date.year() < 1970 || date.year() >= 2100)
            return fail(
                ExitBadInput,
                QStringLiteral("--from: \"%1\" is not a date between 1970 and 2100").arg(fromText));
        from = rules->boundary(date.toJulianDay() - QDate(1970, 1, 1).toJulianDay(), 0);
    } else if (!readInstant(QStringLiteral("--from"), fromText, &from, &error)) {
        return fail(ExitBadInput, error);
    }
    int days = 7;
    if (!daysText.isEmpty()) {
        bool ok = false;
        days = daysText.toInt(&ok);
        if (!ok || days < 1 || days > 31)
            return fail(
                ExitBadInput,
                QStringLiteral("--days: \"%1\" is not a number from 1 to 31").arg(daysText));
    }
    if (from + qint64(days) * 86400 >= MaxInstant)
        return fail(ExitBadInput, QStringLiteral("--from: the forecast must end before 2100"));

    policy::Forecast result;
    if (!policy::forecast(policy, profile, market, from, days, &result, &error))
        return fail(ExitBadInput, error);
    const QByteArray out = policy::forecastToJson(result);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

} // namespace idlefleet::ctl
