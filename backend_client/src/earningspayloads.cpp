#include "idlefleet/v1/earnings.pb.h"
#include "money.h"
#include "payloadhelpers.h"
#include "payloads.h"

#include <algorithm>

namespace idlefleet::client {

bool payloadhelpers::checkAmounts(const v1::Amounts &in, const QString &where, QString *problem)
{
    constexpr qint64 Max = 1000000000000000LL; // 10^15 micros: far beyond any real amount
    for (const qint64 value : {in.cost_micros(), in.gross_micros(), in.owner_micros(),
                               in.net_micros(), in.wear_micros()}) {
        if (value > Max || value < -Max) {
            *problem = QStringLiteral("%1 has an amount out of range").arg(where);
            return false;
        }
    }
    if (in.energy_wh() < 0 || in.contributing_minutes() < 0 || in.gross_micros() < 0 ||
        in.owner_micros() < 0 || in.owner_micros() > in.gross_micros()) {
        *problem = QStringLiteral("%1 has inconsistent amounts").arg(where);
        return false;
    }
    // Each part of each entry is rounded on its own: the parts may pass the whole by one Wh
    // per entry summed.
    const qint64 slack = std::max<qint64>(1, in.entries());
    if (in.grid_wh() < 0 || in.battery_wh() < 0 || in.solar_wh() < 0 ||
        in.carbon_unknown_wh() < 0 ||
        in.solar_wh() + in.grid_wh() + in.battery_wh() > in.energy_wh() + slack ||
        in.carbon_unknown_wh() > in.grid_wh() + slack) {
        *problem = QStringLiteral("%1 has inconsistent energy").arg(where);
        return false;
    }
    constexpr qint64 MaxGrams = 1000000000000LL; // 10^12 g: a million tonnes
    if (in.wear_micros() < 0 || in.carbon_grams() < 0 || in.carbon_grams() > MaxGrams ||
        in.carbon_avoided_grams() < 0 || in.carbon_avoided_grams() > MaxGrams) {
        *problem = QStringLiteral("%1 has inconsistent wear or carbon").arg(where);
        return false;
    }
    return true;
}

Amounts payloadhelpers::amountsOf(const v1::Amounts &in)
{
    Amounts out{in.energy_wh(),  in.cost_micros(),          in.gross_micros(), in.owner_micros(),
                in.net_micros(), in.contributing_minutes(), in.grid_wh(),      in.battery_wh()};
    out.solarWh = in.solar_wh();
    out.carbonGrams = in.carbon_grams();
    out.carbonUnknownWh = in.carbon_unknown_wh();
    out.carbonAvoidedGrams = in.carbon_avoided_grams();
    out.wearMicros = in.wear_micros();
    return out;
}

// Earnings, sessions and payouts: every amount a sum of ledger entries (spec/ledger.md).

namespace {

using namespace payloadhelpers;

bool decodeAmounts(const v1::Amounts &in, Amounts *out, const QString &where, QString *problem)
{
    if (!checkAmounts(in, where, problem))
        return false;
    *out = amountsOf(in);
    return true;
}

bool decodeCurrency(const std::string &code, QString *currency, QString *problem)
{
    *currency = QString::fromStdString(code);
    if (!isCurrencyCode(*currency)) {
        *problem = QStringLiteral("the currency is not an ISO 4217 code");
        return false;
    }
    return true;
}

} // namespace

bool decodeSessions(const QByteArray &bytes, EarningsReport *report, QString *problem)
{
    v1::SessionsResponse message;
    if (!parse(bytes, &message, "sessions", problem) ||
        !decodeCurrency(message.currency(), &report->currency, problem))
        return false;
    report->entries.clear();
    report->totals = {};
    for (int i = 0; i < message.sessions_size(); ++i) {
        const auto &in = message.sessions(i);
        AmountsAt entry;
        entry.start = instantOf(in.start());
        entry.end = instantOf(in.end());
        if (!entry.start.isValid() || !entry.end.isValid() ||
            in.end().seconds() <= in.start().seconds()) {
            *problem =
                QStringLiteral("sessions[%1] ends before it starts, or not in 0001..9999").arg(i);
            return false;
        }
        if (!decodeAmounts(in.amounts(), &entry.amounts, QStringLiteral("sessions[%1]").arg(i),
                           problem))
            return false;
        entry.cutBefore = in.cut_before();
        entry.cutAfter = in.cut_after();
        entry.running = in.running();
        for (const v1::Job &job : in.jobs()) {
            JobInfo info{fromStd(job.id()),    fromStd(job.kind()), instantOf(job.start()),
                         instantOf(job.end()), job.operations(),    job.pay_micros(),
                         job.failed(),         job.running()};
            if (!info.start.isValid() || !info.end.isValid() || info.end < info.start ||
                info.operations < 0 || info.payMicros < 0 || (info.failed && info.payMicros)) {
                *problem = QStringLiteral("sessions[%1] has a job that does not add up").arg(i);
                return false;
            }
            entry.jobs.push_back(std::move(info));
        }
        report->entries.push_back(entry);
    }
    report->shareBasisPoints = message.share_basis_points();
    return true;
}

void Amounts::add(const Amounts &o)
{
    energyWh += o.energyWh;
    costMicros += o.costMicros;
    grossMicros += o.grossMicros;
    ownerMicros += o.ownerMicros;
    netMicros += o.netMicros;
    contributingMinutes += o.contributingMinutes;
    gridWh += o.gridWh;
    batteryWh += o.batteryWh;
    solarWh += o.solarWh;
    carbonGrams += o.carbonGrams;
    carbonUnknownWh += o.carbonUnknownWh;
    carbonAvoidedGrams += o.carbonAvoidedGrams;
    wearMicros += o.wearMicros;
}

void appendSessions(std::vector<AmountsAt> &into, const std::vector<AmountsAt> &next)
{
    for (const AmountsAt &session : next) {
        if (session.cutBefore && !into.empty() && into.back().start == session.start &&
            into.back().cutAfter) {
            AmountsAt &whole = into.back();
            whole.amounts.add(session.amounts);
            whole.jobs.insert(whole.jobs.end(), session.jobs.begin(), session.jobs.end());
            whole.end = session.end;
            whole.cutAfter = session.cutAfter;
            whole.running = session.running;
            continue;
        }
        into.push_back(session);
    }
}

bool decodeEarnings(const QByteArray &bytes, EarningsReport *report, QString *problem)
{
    v1::EarningsResponse message;
    if (!parse(bytes, &message, "earnings", problem) ||
        !decodeCurrency(message.currency(), &report->currency, problem))
        return false;
    report->entries.clear();
    for (int i = 0; i < message.buckets_size(); ++i) {
        AmountsAt entry;
        entry.start = QDateTime::fromSecsSinceEpoch(message.buckets(i).start().seconds(), Qt::UTC);
        if (!decodeAmounts(message.buckets(i).amounts(), &entry.amounts,
                           QStringLiteral("buckets[%1]").arg(i), problem))
            return false;
        entry.partial = message.buckets(i).partial();
        report->entries.push_back(entry);
    }
    report->shareBasisPoints = message.share_basis_points();
    return decodeAmounts(message.totals(), &report->totals, QStringLiteral("totals"), problem);
}

bool decodePayouts(const QByteArray &bytes, v1::PayoutsResponse *payouts, QString *problem)
{
    if (!parse(bytes, payouts, "payouts", problem))
        return false;
    QString currency;
    if (!decodeCurrency(payouts->currency(), &currency, problem))
        return false;
    for (int i = 0; i < payouts->payouts_size(); ++i) {
        const v1::Payout &p = payouts->payouts(i);
        const bool knownState =
            p.state() == "pending" || p.state() == "paid" || p.state() == "carried";
        Int128 in = Int128(p.carried_in_micros()) + p.net_micros();
        Int128 out = Int128(p.amount_micros()) + p.carried_out_micros();
        if (!knownState || in != out || p.amount_micros() < 0 ||
            p.currency() != payouts->currency()) {
            *problem = QStringLiteral("payouts[%1] does not add up or has an unknown state").arg(i);
            return false;
        }
    }
    return true;
}

} // namespace idlefleet::client
