#pragma once

#include <QString>
#include <QtGlobal>

namespace idlefleet::backend {

/// The simulated jobs market: what an hour of a car's compute earns, moving through the day
/// (busier in the afternoon and evening, quiet at night). All figures in integer micros.
class JobMarket
{
public:
    /// Gross revenue per hour for `computeWatts` of compute at `utcSeconds` in `utcOffsetSeconds`.
    static qint64 grossMicrosPerHour(qint64 utcSeconds, int utcOffsetSeconds, int computeWatts);
    /// The market pays in euros; a car whose tariff is in another currency is paid the same
    /// value in that currency (fixed reference rates of the simulated world).
    static qint64 inCurrency(qint64 euroMicros, const QString &currency);
    /// The owner's share of what the jobs paid, in basis points (7,000 = 70%): the contract of
    /// every owner of the simulated world. Applied per ledger entry to its exact gross.
    static constexpr int OwnerShareBasisPoints = 7000;
    /// The smallest payout: 10 EUR, at the reference rate in other currencies.
    static constexpr qint64 PayoutMinimumEuroMicros = 10000000;
    /// The owner's share of a gross rate, for showing what an hour earns now (rounded once).
    static qint64 ownerRate(qint64 grossMicrosPerHour);

    /// A job the market hands to a car starting to work at `utcSeconds`: drawn from the car and
    /// the instant, so that a world replays the same jobs.
    struct Job
    {
        QString id;   // 16 hex digits
        QString kind; // chat, embedding, transcription, translation, image
        int minutes = 0;
    };
    static Job drawJob(const QString &vehicleId, qint64 utcSeconds);
    /// Requests a car serves per minute of a job of `kind`.
    static qint64 operationsPerMinute(const QString &kind);
    /// Gross micros per watt-hour of compute at the day's average demand (1 EUR per kWh).
    static constexpr qint64 BaseMicrosPerWattHour = 1000;
};

} // namespace idlefleet::backend
