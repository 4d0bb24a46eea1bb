// Decoder of GET /v1/vehicles/{id}/forecast.

#include "idlefleet/v1/forecast.pb.h"
#include "money.h"
#include "payloadhelpers.h"
#include "payloads.h"

namespace idlefleet::client {

using namespace payloadhelpers;

namespace {

bool decodeInterval(const v1::ForecastInterval &in, policy::ForecastInterval *out,
                    const QString &where, QString *problem)
{
    constexpr qint64 Max = 1000000000000000LL; // 10^15 micros: far beyond any real amount
    for (const qint64 value :
         {in.cost_micros(), in.gross_micros(), in.owner_micros(), in.net_micros()}) {
        if (value > Max || value < -Max) {
            *problem = QStringLiteral("%1 has an amount out of range").arg(where);
            return false;
        }
    }
    if (in.energy_wh() < 0 || in.gross_micros() < 0 || in.owner_micros() < 0 ||
        in.owner_micros() > in.gross_micros() || in.end().seconds() < in.start().seconds() ||
        in.start().seconds() < MinTimestampSeconds || in.end().seconds() > MaxTimestampSeconds) {
        *problem = QStringLiteral("%1 is inconsistent").arg(where);
        return false;
    }
    *out = {in.start().seconds(), in.end().seconds(), in.energy_wh(), in.cost_micros(),
            in.gross_micros(),    in.owner_micros(),  in.net_micros()};
    return true;
}

} // namespace

bool decodeForecast(const QByteArray &bytes, policy::Forecast *forecast, QString *problem)
{
    v1::ForecastResponse message;
    if (!parse(bytes, &message, "forecast", problem))
        return false;
    forecast->currency = fromStd(message.currency());
    if (!isCurrencyCode(forecast->currency)) {
        *problem = QStringLiteral("the currency is not an ISO 4217 code");
        return false;
    }
    if (!decodeInterval(message.totals(), &forecast->totals, QStringLiteral("totals"), problem))
        return false;
    forecast->from = message.from().seconds();
    forecast->to = message.to().seconds();
    if (forecast->to < forecast->from || forecast->from < MinTimestampSeconds ||
        forecast->to > MaxTimestampSeconds) {
        *problem = QStringLiteral("the forecast ends before it starts");
        return false;
    }
    forecast->intervals.clear();
    qint64 previousEnd = forecast->from;
    for (int i = 0; i < message.intervals_size(); ++i) {
        policy::ForecastInterval interval;
        const QString where = QStringLiteral("intervals[%1]").arg(i);
        if (!decodeInterval(message.intervals(i), &interval, where, problem))
            return false;
        if (interval.start < previousEnd || interval.end > forecast->to) {
            *problem = QStringLiteral("%1 is out of order or outside the forecast").arg(where);
            return false;
        }
        previousEnd = interval.end;
        forecast->intervals.push_back(interval);
    }
    return true;
}

} // namespace idlefleet::client
