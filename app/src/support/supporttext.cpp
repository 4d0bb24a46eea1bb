#include "supporttext.h"

#include "moneyformat.h"
#include "policy/eligibility.h"
#include "reasons.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace idlefleet::app::support {
namespace {

QString percent(double value)
{
    return QLocale().toString(qRound(value));
}

QString perKwh(qint64 micros, const QString &currency)
{
    return SupportText::tr("%1/kWh").arg(formatMoney(micros, currency));
}

QString perHour(qint64 micros, const QString &currency)
{
    return SupportText::tr("%1/h").arg(formatMoney(micros, currency));
}

QString zoneOf(const v1::EligibilityTrace &trace)
{
    return QString::fromStdString(trace.time_zone().empty() ? trace.policy().time_zone()
                                                            : trace.time_zone());
}

} // namespace

QDateTime SupportText::carTime(const QDateTime &utc, const QString &zone)
{
    const QTimeZone timeZone(zone.isEmpty() ? QByteArray("UTC") : zone.toUtf8());
    return timeZone.isValid() ? utc.toTimeZone(timeZone) : utc.toUTC();
}

QString SupportText::dateTime(const QDateTime &utc, const QString &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = carTime(utc, zone);
    const QLocale locale;
    return tr("%1 %2", "a date and a time")
        .arg(locale.toString(local.date(), QLocale::ShortFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

QString SupportText::time(qint64 utcSeconds, const QString &zone)
{
    const QDateTime local = carTime(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC), zone);
    return QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString SupportText::shortKeyId(const QString &keyId)
{
    return keyId.left(8);
}

QString SupportText::eventTitle(client::EventInfo::Kind kind)
{
    using client::EventInfo;
    switch (kind) {
    case EventInfo::ContributionStarted:
        return tr("Started contributing");
    case EventInfo::ContributionStopped:
        return tr("Stopped contributing");
    case EventInfo::PluggedIn:
        return tr("Plugged in");
    case EventInfo::Unplugged:
        return tr("Unplugged");
    case EventInfo::BlockingChanged:
        return tr("Reasons for not contributing changed");
    case EventInfo::JobFailed:
        return tr("A job failed");
    case EventInfo::ConnectionLost:
        return tr("Connection lost");
    case EventInfo::ConnectionRestored:
        return tr("Connection restored");
    case EventInfo::KeyAdded:
        return tr("A key was added");
    case EventInfo::KeyRevoked:
        return tr("A key was revoked");
    case EventInfo::PolicyChanged:
        return tr("The policy changed");
    case EventInfo::Unknown:
        break;
    }
    return tr("An event this app does not know");
}

QString SupportText::eventDetail(const client::EventInfo &event)
{
    using client::EventInfo;
    switch (event.kind) {
    case EventInfo::JobFailed:
        if (event.detail == QLatin1String("thermal_throttle"))
            return tr("The computer slowed down to cool off");
        if (event.detail == QLatin1String("job_timeout"))
            return tr("The job ran out of time");
        return event.detail;
    case EventInfo::KeyAdded:
    case EventInfo::KeyRevoked:
        return tr("Key %1").arg(shortKeyId(event.detail));
    case EventInfo::PolicyChanged:
        return tr("Version %1 confirmed by the car").arg(event.detail);
    default:
        return event.detail;
    }
}

QString SupportText::callError(client::FleetJob::Error error, const QString &errorString,
                               const QString &vehicleId)
{
    switch (error) {
    case client::FleetJob::NoError:
        return {};
    case client::FleetJob::NotAllowed:
        return tr("No access to the diagnostics of %1: there is no support grant for this car, "
                  "or it has ended.")
            .arg(vehicleId);
    case client::FleetJob::NotFound:
        return tr("There is no car %1.").arg(vehicleId);
    default:
        return errorString;
    }
}

QString SupportText::reasonFigures(const policy::ReasonExplanation &r, const QString &zone,
                                   const QString &currency)
{
    using policy::Reason;
    switch (r.reason) {
    case Reason::NoConsent:
        return tr("its owner had not given (or had withdrawn) consent to take part");
    case Reason::Disabled:
        return tr("contributing was switched off");
    case Reason::Paused:
        return r.until > 0
                   ? tr("it was paused until %1")
                         .arg(dateTime(QDateTime::fromSecsSinceEpoch(r.until, Qt::UTC), zone))
                   : tr("it was paused");
    case Reason::Driving:
        return tr("the car was driving");
    case Reason::NotPluggedIn:
        return tr("it was not plugged in, and its policy requires it");
    case Reason::OutsideSchedule:
        return r.until > 0 ? tr("outside its schedule (the next window starts at %1)")
                                 .arg(time(r.until, zone))
                           : tr("outside its schedule (no window in the next 7 days)");
    case Reason::PeakTariff:
        return r.until > 0 ? tr("electricity was at its peak price of %1 and only off-peak hours "
                                "are allowed (off-peak starts at %2)")
                                 .arg(perKwh(r.priceMicrosPerKwh, currency), time(r.until, zone))
                           : tr("electricity was at its peak price of %1 and only off-peak hours "
                                "are allowed")
                                 .arg(perKwh(r.priceMicrosPerKwh, currency));
    case Reason::PriceAboveLimit:
        return r.until > 0 ? tr("electricity cost %1, above the limit of %2 (cheaper from %3)")
                                 .arg(perKwh(r.priceMicrosPerKwh, currency),
                                      perKwh(r.limitMicrosPerKwh, currency), time(r.until, zone))
                           : tr("electricity cost %1, above the limit of %2")
                                 .arg(perKwh(r.priceMicrosPerKwh, currency),
                                      perKwh(r.limitMicrosPerKwh, currency));
    case Reason::CarbonAboveLimit:
        return tr("the grid's electricity emitted %1 g of CO₂ per kWh, above the limit of %2 g")
            .arg(QLocale().toString(r.carbonGramsPerKwh), QLocale().toString(r.carbonLimit));
    case Reason::NoSolarSurplus:
        return tr("only solar power was allowed, and the surplus of %1 W did not cover the "
                  "computer's %2 W")
            .arg(QLocale().toString(r.solarSurplusWatts), QLocale().toString(r.computeWatts));
    case Reason::Unprofitable:
        return tr("an hour of jobs would earn %1 but its electricity would cost %2")
            .arg(perHour(r.earnMicrosPerHour, currency), perHour(r.costMicrosPerHour, currency));
    case Reason::BelowMinSoc:
        return tr("at the minimum charge of %1% (charge %2%)")
            .arg(percent(r.thresholdPercent), percent(r.socPercent));
    case Reason::BelowResumeSoc:
        return tr("below the resume level of %1% (charge %2%)")
            .arg(percent(r.thresholdPercent), percent(r.socPercent));
    case Reason::DepartureReserve:
        return r.departureAt > 0
                   ? tr("the %1 departure needs %2% (charge %3%)")
                         .arg(time(r.departureAt, zone), percent(r.thresholdPercent),
                              percent(r.socPercent))
                   : tr("keeping charge for a departure (charge %1%)").arg(percent(r.socPercent));
    case Reason::ChipTooHot:
        return tr("the computer was at %1 °C, its limit is %2 °C")
            .arg(QLocale().toString(r.chipTempC, 'f', 1), QLocale().toString(r.chipLimitC));
    case Reason::DailyEnergyCap:
        return tr("the day's energy limit of %1 was reached (%2 used)")
            .arg(tr("%1 kWh").arg(formatKwh(r.capWh)),
                 tr("%1 kWh").arg(formatKwh(r.energyTodayWh)));
    }
    return {};
}

std::vector<policy::ReasonExplanation> SupportText::explain(const v1::EligibilityTrace &trace)
{
    policy::ReasonSet reasons = 0;
    for (const std::string &code : trace.reasons()) {
        for (int r = 0; r < policy::ReasonCount; ++r) {
            if (code == policy::reasonCode(policy::Reason(r)))
                reasons |= policy::ReasonSet(1u << r);
        }
    }
    return policy::explainReasons(trace.policy(), trace.state(), trace.at().seconds(), reasons);
}

QString SupportText::traceSentence(const v1::EligibilityTrace &trace)
{
    const QString zone = zoneOf(trace);
    const QString currency = QString::fromStdString(trace.policy().tariff().currency());
    const QString at = time(trace.at().seconds(), zone);
    QString sentence;
    if (trace.state().contributing()) {
        sentence = tr("At %1 it contributed.").arg(at);
    } else {
        QStringList clauses;
        for (const policy::ReasonExplanation &reason : explain(trace))
            clauses.append(reasonFigures(reason, zone, currency));
        // Codes this app does not know yet, in the app's usual words.
        for (const std::string &code : trace.reasons()) {
            const char *known = nullptr;
            for (int r = 0; r < policy::ReasonCount && !known; ++r) {
                if (code == policy::reasonCode(policy::Reason(r)))
                    known = policy::reasonCode(policy::Reason(r));
            }
            if (!known)
                clauses.append(
                    Reasons::sentence(QString::fromStdString(code), Reasons::Audience::Other));
        }
        if (!clauses.isEmpty())
            sentence = tr("At %1 it did not contribute because: %2.")
                           .arg(at, clauses.join(tr("; ", "between reasons")));
        else if (!trace.online())
            sentence = tr("At %1 it did not contribute: it was offline.").arg(at);
        else
            sentence = tr("At %1 it did not contribute, though its policy allowed it (no job "
                          "came).")
                           .arg(at);
    }
    if (!trace.from_history())
        sentence += QLatin1Char(' ') +
                    tr("There is no history for that minute: this is the car's state now.");
    return sentence;
}

} // namespace idlefleet::app::support
