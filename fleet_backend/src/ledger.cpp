#include "ledger.h"

#include "jobmarket.h"
#include "money.h"
#include "policy/eligibility.h"
#include "policy/zonerules.h"

#include <algorithm>

namespace idlefleet::backend {

qint64 shareOf(qint64 grossMicros, int basisPoints)
{
    return divideRounded(Int128(grossMicros) * basisPoints, 10000);
}

qint64 LedgerEntry::energyWh() const
{
    return divideRounded(wattMinutes, 60);
}

qint64 LedgerEntry::solarWh() const
{
    return divideRounded(solarWattMinutes, 60);
}

qint64 LedgerEntry::gridWh() const
{
    return divideRounded(gridWattMinutes, 60);
}

qint64 LedgerEntry::batteryWh() const
{
    return divideRounded(batteryWattMinutes, 60);
}

qint64 LedgerEntry::costMicros() const
{
    return divideRounded(priceWattMinutes, 60000);
}

qint64 LedgerEntry::wearMicros() const
{
    return divideRounded(wearWattMinutes, 60000);
}

qint64 LedgerEntry::carbonGrams() const
{
    return divideRounded(carbonWattMinutes, 60000);
}

qint64 LedgerEntry::carbonUnknownWh() const
{
    return divideRounded(carbonUnknownWattMinutes, 60);
}

qint64 LedgerEntry::carbonAvoidedGrams() const
{
    return divideRounded(carbonAvoidedWattMinutes, 60000);
}

qint64 LedgerEntry::ownerMicros() const
{
    return shareOf(grossMicros, shareBasisPoints);
}

qint64 LedgerJob::payMicros() const
{
    return state == Failed ? 0 : divideRounded(grossRateMinutes, 60);
}

LedgerBook::LedgerBook() = default;
LedgerBook::~LedgerBook() = default;

void LedgerBook::clear()
{
    m_cars.clear();
    m_changes = {};
}

void LedgerBook::restore(const std::vector<LedgerOpenState> &open)
{
    for (const LedgerOpenState &state : open) {
        Car &car = m_cars[state.entry.vehicleId.toStdString()];
        car.open = state;
        car.hasSession = true;
        car.closedPay = state.entry.grossMicros -
                        (!state.job.id.isEmpty() && state.job.entryStart == state.entry.start &&
                                 state.job.sessionStart == state.entry.sessionStart
                             ? state.job.payMicros()
                             : 0);
    }
}

void LedgerBook::closeJob(Car &car, LedgerJob::State state)
{
    LedgerJob &job = car.open.job;
    if (job.id.isEmpty())
        return;
    job.state = state;
    car.closedPay += job.payMicros();
    m_changes.jobs.push_back(job);
    job = {};
    car.jobDirty = false;
}

void LedgerBook::flush(Car &car)
{
    if (car.entryDirty) {
        m_changes.entries.push_back(car.open.entry);
        car.open.entry.regrouped = false;
    }
    if (car.jobDirty && !car.open.job.id.isEmpty())
        m_changes.jobs.push_back(car.open.job);
    if (car.sessionDirty)
        m_changes.sessions.push_back(car.open.session);
    car.entryDirty = car.jobDirty = car.sessionDirty = false;
}

void LedgerBook::add(const QString &vehicleId, const QString &owner, const policy::ZoneRules &zone,
                     const LedgerMinute &minute)
{
    Car &car = m_cars[vehicleId.toStdString()];
    LedgerOpenState &open = car.open;
    const qint64 t = minute.start;
    const bool continues =
        car.hasSession && open.session.end == t && open.entry.currency == minute.currency;
    if (!minute.contributing || !continues) {
        // The session (if any) ended with the minute before.
        if (car.hasSession) {
            closeJob(car, LedgerJob::Done);
            flush(car);
            car.hasSession = false;
            open = {};
            car.closedPay = 0;
        }
        if (!minute.contributing)
            return;
    }
    if (!car.hasSession) {
        car.hasSession = true;
        open.session = {vehicleId, t, t, 0};
    }
    const qint64 entryStart = zone.hourStart(t);
    if (open.entry.vehicleId.isEmpty() || open.entry.start != entryStart) {
        // A new local hour: the running job ends with the entry (and goes on under a new id).
        closeJob(car, LedgerJob::Done);
        flush(car);
        open.entry = {};
        open.entry.vehicleId = vehicleId;
        open.entry.owner = owner;
        open.entry.currency = minute.currency;
        open.entry.sessionStart = open.session.start;
        open.entry.start = entryStart;
        open.entry.end = zone.nextHourStart(t);
        open.entry.shareBasisPoints = minute.shareBasisPoints;
        car.closedPay = 0;
    }
    LedgerJob &job = open.job;
    if (!job.id.isEmpty() && job.plannedEnd <= t)
        closeJob(car, LedgerJob::Done);
    if (job.id.isEmpty()) {
        const JobMarket::Job drawn = JobMarket::drawJob(vehicleId, t);
        job.vehicleId = vehicleId;
        job.id = drawn.id;
        job.kind = drawn.kind;
        job.sessionStart = open.session.start;
        job.entryStart = entryStart;
        job.start = t;
        job.end = t;
        job.plannedEnd = t + qint64(drawn.minutes) * 60;
        job.state = LedgerJob::Running;
        job.operations = 0;
        job.grossRateMinutes = 0;
        job.minutes = 0;
    }
    const qint64 span = minute.minutes;
    const qint64 end = t + span * 60;
    job.minutes += int(span);
    job.end = end;
    job.grossRateMinutes += minute.grossMicrosPerHour * span;
    job.operations += JobMarket::operationsPerMinute(job.kind) * span;
    car.jobDirty = true;

    LedgerEntry &entry = open.entry;
    if (entry.minutes > 0 && entry.group != minute.group)
        entry.regrouped = true;
    entry.group = minute.group;
    entry.minutes += int(span);
    entry.lastEnd = end;
    // The surplus covers part of the draw only while plugged in at home, as the policy counts it.
    const policy::PowerSources power =
        policy::powerSources(minute.computeWatts, minute.solarWatts, minute.pluggedIn);
    const qint64 wattMinutes = qint64(minute.computeWatts) * span;
    const qint64 solar = power.solarWatts * span;
    const qint64 rest = power.otherWatts * span;
    entry.wattMinutes += wattMinutes;
    entry.solarWattMinutes += solar;
    entry.priceWattMinutes += minute.feedInMicrosPerKwh * solar + minute.priceMicrosPerKwh * rest;
    if (minute.pluggedIn) {
        entry.gridWattMinutes += rest;
        if (minute.carbonGramsPerKwh >= 0)
            entry.carbonWattMinutes += qint64(minute.carbonGramsPerKwh) * rest;
        else
            entry.carbonUnknownWattMinutes += rest;
    } else {
        entry.batteryWattMinutes += rest;
        entry.wearWattMinutes += minute.wearMicrosPerKwh * rest;
    }
    if (minute.carbonGramsPerKwh >= 0)
        entry.carbonAvoidedWattMinutes += qint64(minute.carbonGramsPerKwh) * solar;
    if (minute.jobFailed)
        closeJob(car, LedgerJob::Failed);
    entry.grossMicros = car.closedPay + (job.id.isEmpty() ? 0 : job.payMicros());
    car.entryDirty = true;

    open.session.end = end;
    open.session.minutes += int(span);
    car.sessionDirty = true;
}

void LedgerBook::remove(const QString &vehicleId)
{
    m_cars.erase(vehicleId.toStdString());
    auto drop = [&](auto &rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](const auto &row) { return row.vehicleId == vehicleId; }),
                   rows.end());
    };
    drop(m_changes.entries);
    drop(m_changes.jobs);
    drop(m_changes.sessions);
}

LedgerChanges LedgerBook::take()
{
    for (auto &[id, car] : m_cars)
        flush(car);
    return std::exchange(m_changes, {});
}

} // namespace idlefleet::backend
