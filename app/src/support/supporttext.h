#pragma once

#include "fleetjob.h"
#include "idlefleet/v1/diagnostics.pb.h"
#include "payloads.h"
#include "policy/explain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace idlefleet::app::support {

/// The words of the support workspace: times on the car's clock, events and eligibility traces
/// in plain words, with the figures behind each reason.
class SupportText
{
    Q_DECLARE_TR_FUNCTIONS(SupportText)
public:
    /// `utc` on the clock of the IANA zone `zone` (UTC when the zone is empty or unknown).
    static QDateTime carTime(const QDateTime &utc, const QString &zone);
    /// A local date and time as a person reads it ("14/03/2026 02:14").
    static QString dateTime(const QDateTime &utc, const QString &zone);
    /// A local time of day ("02:14").
    static QString time(qint64 utcSeconds, const QString &zone);
    /// The first eight characters of a key id: enough to tell keys apart.
    static QString shortKeyId(const QString &keyId);

    /// An event's kind as a short title ("Contribution stopped").
    static QString eventTitle(client::EventInfo::Kind kind);
    /// An event's detail in plain words (a failed job's cause, a key, a policy version).
    static QString eventDetail(const client::EventInfo &event);

    /// One reason of a trace with its figures, as a clause ("below the resume level of 55%
    /// (charge 48%)"). `currency` is the tariff's ISO 4217 code.
    static QString reasonFigures(const policy::ReasonExplanation &reason, const QString &zone,
                                 const QString &currency);
    /// The figures behind each reason of a trace, in the contract's order.
    static std::vector<policy::ReasonExplanation> explain(const v1::EligibilityTrace &trace);
    /// Why a call about `vehicleId` failed, for a support engineer (no grant, no such car, or
    /// the job's own words).
    static QString callError(client::FleetJob::Error error, const QString &errorString,
                             const QString &vehicleId);

    /// The whole trace as one sentence ("At 02:14 it did not contribute because: ...").
    static QString traceSentence(const v1::EligibilityTrace &trace);
};

} // namespace idlefleet::app::support
