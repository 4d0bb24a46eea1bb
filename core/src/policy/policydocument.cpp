#include "policydocument.h"

#include "money.h"

#include <QTimeZone>
#include <cmath>
#include <google/protobuf/util/json_util.h>

namespace idlefleet::policy {
namespace {

QString rangeError(const QString &path, qint64 value, qint64 low, qint64 high)
{
    return QStringLiteral("%1: %2 is out of range %3..%4").arg(path).arg(value).arg(low).arg(high);
}

/// A value from the document, quoted for a one-line message: control characters escaped, long
/// values cut.
QString quoted(const QString &value)
{
    constexpr int MaxShown = 64;
    QString out = QStringLiteral("\"");
    for (QChar c : value.left(MaxShown)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f ||
                 c.category() == QChar::Separator_Line ||
                 c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (value.size() > MaxShown)
        out += QStringLiteral("…");
    return out + QLatin1Char('"');
}

/// lower_snake_case path segments as the JSON names them (lowerCamelCase).
QString camelPath(const QString &path)
{
    QString out;
    bool upper = false;
    for (QChar c : path) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

/// Turns protobuf's JSON parse status into one line that names the document and the field.
QString jsonError(const char *document, const std::string &status)
{
    QString message = QString::fromStdString(status).simplified();
    // "INVALID_ARGUMENT:..." -> "...": the code is noise for a person.
    const qsizetype colon = message.indexOf(QLatin1Char(':'));
    if (colon > 0 && message.left(colon).toUpper() == message.left(colon))
        message = message.mid(colon + 1).trimmed();
    const QString prefix = QLatin1String(document);
    static const QString unknown = QStringLiteral(": Cannot find field.");
    if (message.endsWith(unknown)) {
        QString field = message.left(message.size() - unknown.size());
        QString where = prefix;
        if (field.startsWith(QLatin1Char('(')) && field.contains(QLatin1String(") "))) {
            const qsizetype end = field.indexOf(QLatin1String(") "));
            where += QLatin1Char('.') + camelPath(field.mid(1, end - 1));
            field = field.mid(end + 2);
        }
        return QStringLiteral("%1: unknown field \"%2\"").arg(where, field);
    }
    if (message.startsWith(QLatin1Char('(')) && message.contains(QLatin1String("):"))) {
        const qsizetype end = message.indexOf(QLatin1String("):"));
        return QStringLiteral("%1.%2: %3")
            .arg(prefix, camelPath(message.mid(1, end - 1)), message.mid(end + 2).trimmed());
    }
    return QStringLiteral("%1: not valid JSON for this document: %2").arg(prefix, message);
}

QString checkMoney(const QString &path, qint64 micros)
{
    if (micros < -MaxMoneyMicros || micros > MaxMoneyMicros)
        return QStringLiteral("%1: %2 is beyond the largest amount, %3 micros in magnitude")
            .arg(path)
            .arg(micros)
            .arg(MaxMoneyMicros);
    return {};
}

QString checkFinite(const QString &path, double value, double low, double high)
{
    if (std::isnan(value))
        return QStringLiteral("%1: NaN is not a finite number").arg(path);
    if (std::isinf(value))
        return QStringLiteral("%1: %2 is not a finite number")
            .arg(path, value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity"));
    if (value < low || value > high)
        return QStringLiteral("%1: %2 is out of range %3..%4")
            .arg(path)
            .arg(value)
            .arg(low)
            .arg(high);
    return {};
}

} // namespace

bool parseDocumentJson(const QByteArray &json, google::protobuf::Message *message,
                       const char *document, QString *error)
{
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false;
    options.case_insensitive_enum_parsing = false;
    message->Clear();
    const auto status = google::protobuf::util::JsonStringToMessage(
        google::protobuf::StringPiece(json.constData(), std::size_t(json.size())), message,
        options);
    if (!status.ok()) {
        *error = jsonError(document, status.ToString());
        return false;
    }
    return true;
}

QString quotedValue(const QString &value)
{
    return quoted(value);
}

QString tooMany(const char *path, int count, int limit, const char *what)
{
    return count <= limit ? QString()
                          : QStringLiteral("%1: %2 %3; at most %4")
                                .arg(QLatin1String(path))
                                .arg(count)
                                .arg(QLatin1String(what))
                                .arg(limit);
}

std::vector<FieldProblem> validatePolicyFields(const v1::Policy &policy)
{
    std::vector<FieldProblem> problems;
    using Kind = FieldProblem::Kind;
    auto add = [&problems](const QString &path, const QString &message, Kind kind,
                           qint64 low = 0, qint64 high = 0) {
        if (!message.isEmpty())
            problems.push_back({path, message, kind, low, high});
    };
    auto addRange = [&add](const QString &path, qint64 value, qint64 low, qint64 high) {
        if (value < low || value > high)
            add(path, rangeError(path, value, low, high), Kind::OutOfRange, low, high);
    };
    auto addMoney = [&add](const QString &path, qint64 micros) {
        add(path, checkMoney(path, micros), Kind::TooLarge, -MaxMoneyMicros, MaxMoneyMicros);
    };
    auto addCount = [&add](const char *path, int count, int limit, const char *what) {
        add(QLatin1String(path), tooMany(path, count, limit, what), Kind::TooMany, 0, limit);
    };
    addCount("policy.windows", policy.windows_size(), MaxPolicyWindows, "windows");
    addCount("policy.tariff.periods", policy.tariff().periods_size(), MaxTariffPeriods,
             "tariff periods");
    addCount("policy.departures", policy.departures_size(), MaxDepartures, "departures");
    if (!problems.empty())
        return problems;
    const QString zone = QString::fromStdString(policy.time_zone());
    const QString zonePath = QStringLiteral("policy.timeZone");
    if (zone.isEmpty())
        add(zonePath,
            QStringLiteral("policy.timeZone: is required (an IANA time zone such as "
                           "Europe/Berlin)"),
            Kind::Required);
    else if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        add(zonePath,
            QStringLiteral("policy.timeZone: %1 is not a known IANA time zone").arg(quoted(zone)),
            Kind::UnknownTimeZone);

    // Windows, tariff periods and departures share the day mask and minute checks.
    auto checkRule = [&addRange](const QString &path, qint64 mask, const char *minuteName,
                                 qint64 minute, qint64 high) {
        addRange(path + QStringLiteral(".daysMask"), mask, 0, 127);
        addRange(path + QLatin1Char('.') + QLatin1String(minuteName), minute, 0, high);
    };
    for (int i = 0; i < policy.windows_size(); ++i) {
        const auto &w = policy.windows(i);
        const QString path = QStringLiteral("policy.windows[%1]").arg(i);
        checkRule(path, w.days_mask(), "startMinute", w.start_minute(), 1439);
        addRange(path + QStringLiteral(".endMinute"), w.end_minute(), 0, 1440);
    }
    addRange(QStringLiteral("policy.minSocPercent"), policy.min_soc_percent(), 0, 95);
    if (policy.resume_soc_percent() != 0 &&
        (policy.resume_soc_percent() <= policy.min_soc_percent() ||
         policy.resume_soc_percent() > 100))
        add(QStringLiteral("policy.resumeSocPercent"),
            QStringLiteral("policy.resumeSocPercent: %1 must be 0 (meaning minSocPercent + 5) "
                           "or above minSocPercent (%2) and at most 100")
                .arg(policy.resume_soc_percent())
                .arg(policy.min_soc_percent()),
            Kind::ResumeNotAboveFloor, policy.min_soc_percent(), 100);

    if (policy.has_tariff()) {
        const auto &tariff = policy.tariff();
        const QString currency = QString::fromStdString(tariff.currency());
        const QString feedIn = QStringLiteral("policy.tariff.feedInMicrosPerKwh");
        if (currency.isEmpty() && tariff.feed_in_micros_per_kwh() != 0)
            add(feedIn,
                QStringLiteral("policy.tariff.feedInMicrosPerKwh: needs "
                               "policy.tariff.currency, the currency it is paid in"),
                Kind::NeedsCurrency);
        if (!isCurrencyCode(currency))
            add(QStringLiteral("policy.tariff.currency"),
                QStringLiteral("policy.tariff.currency: %1 is not a three-letter ISO 4217 code "
                               "such as EUR")
                    .arg(quoted(currency)),
                Kind::NotACurrency);
        addMoney(QStringLiteral("policy.tariff.defaultPriceMicrosPerKwh"),
                 tariff.default_price_micros_per_kwh());
        if (!currency.isEmpty() || tariff.feed_in_micros_per_kwh() == 0)
            addMoney(feedIn, tariff.feed_in_micros_per_kwh());
        for (int i = 0; i < tariff.periods_size(); ++i) {
            const auto &p = tariff.periods(i);
            const QString path = QStringLiteral("policy.tariff.periods[%1]").arg(i);
            checkRule(path, p.days_mask(), "startMinute", p.start_minute(), 1439);
            addRange(path + QStringLiteral(".endMinute"), p.end_minute(), 0, 1440);
            addMoney(path + QStringLiteral(".priceMicrosPerKwh"), p.price_micros_per_kwh());
        }
    }
    addMoney(QStringLiteral("policy.maxPriceMicrosPerKwh"), policy.max_price_micros_per_kwh());

    for (int i = 0; i < policy.departures_size(); ++i) {
        const auto &d = policy.departures(i);
        const QString path = QStringLiteral("policy.departures[%1]").arg(i);
        checkRule(path, d.days_mask(), "minute", d.minute(), 1439);
        addRange(path + QStringLiteral(".socPercent"), d.soc_percent(), 1, 100);
    }
    addRange(QStringLiteral("policy.maxChipTempC"), policy.max_chip_temp_c(), 0, 150);
    addRange(QStringLiteral("policy.maxDailyWh"), policy.max_daily_wh(), 0, MaxMoneyMicros);

    // Energy-aware contribution.
    addRange(QStringLiteral("policy.maxCarbonGramsPerKwh"), policy.max_carbon_grams_per_kwh(), 0,
             5000);
    const QString wear = QStringLiteral("policy.batteryWearMicrosPerKwh");
    if (policy.battery_wear_micros_per_kwh() < 0 ||
        policy.battery_wear_micros_per_kwh() > MaxMoneyMicros)
        addRange(wear, policy.battery_wear_micros_per_kwh(), 0, MaxMoneyMicros);
    else if (policy.battery_wear_micros_per_kwh() > 0 && policy.tariff().currency().empty())
        add(wear,
            QStringLiteral("policy.batteryWearMicrosPerKwh: needs policy.tariff.currency, "
                           "the currency the wear is counted in"),
            Kind::NeedsCurrency);
    return problems;
}

QString validatePolicy(const v1::Policy &policy)
{
    const std::vector<FieldProblem> problems = validatePolicyFields(policy);
    return problems.empty() ? QString() : problems.front().message;
}

QString validateVehicleState(const v1::VehicleState &state)
{
    if (QString problem =
            checkFinite(QStringLiteral("state.socPercent"), state.soc_percent(), 0, 100);
        !problem.isEmpty())
        return problem;
    if (QString problem =
            checkFinite(QStringLiteral("state.chipTempC"), state.chip_temp_c(), -60, 200);
        !problem.isEmpty())
        return problem;
    if (state.energy_today_wh() < 0 || state.energy_today_wh() > MaxMoneyMicros)
        return rangeError(QStringLiteral("state.energyTodayWh"), state.energy_today_wh(), 0,
                          MaxMoneyMicros);
    if (state.market_rate_micros_per_hour() < 0 ||
        state.market_rate_micros_per_hour() > MaxMoneyMicros)
        return rangeError(QStringLiteral("state.marketRateMicrosPerHour"),
                          state.market_rate_micros_per_hour(), 0, MaxMoneyMicros);
    if (state.compute_power_watts() < 0 || state.compute_power_watts() > 100000)
        return rangeError(QStringLiteral("state.computePowerWatts"), state.compute_power_watts(), 0,
                          100000);
    if (state.solar_surplus_watts() < 0 || state.solar_surplus_watts() > 1000000)
        return rangeError(QStringLiteral("state.solarSurplusWatts"), state.solar_surplus_watts(), 0,
                          1000000);
    if (state.has_grid_carbon_grams_per_kwh() &&
        (state.grid_carbon_grams_per_kwh() < 0 || state.grid_carbon_grams_per_kwh() > 5000))
        return rangeError(QStringLiteral("state.gridCarbonGramsPerKwh"),
                          state.grid_carbon_grams_per_kwh(), 0, 5000);
    return {};
}

bool parsePolicyJson(const QByteArray &json, v1::Policy *policy, QString *error)
{
    if (!parseDocumentJson(json, policy, "policy", error))
        return false;
    *error = validatePolicy(*policy);
    return error->isEmpty();
}

bool parseVehicleStateJson(const QByteArray &json, v1::VehicleState *state, QString *error)
{
    if (!parseDocumentJson(json, state, "state", error))
        return false;
    *error = validateVehicleState(*state);
    return error->isEmpty();
}

QByteArray policyToJson(const v1::Policy &policy)
{
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.preserve_proto_field_names = false;
    std::string out;
    google::protobuf::util::MessageToJsonString(policy, &out, options);
    return QByteArray::fromStdString(out);
}

} // namespace idlefleet::policy
