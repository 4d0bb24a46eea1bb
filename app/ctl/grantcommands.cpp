#include "grantcommands.h"

#include "ctlcommon.h"
#include "fleetclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <memory>

namespace idlefleet::ctl {
namespace {

QString instant(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const client::GrantInfo &grant)
{
    QJsonObject object{{QStringLiteral("grantId"), grant.grantId},
                       {QStringLiteral("vehicleId"), grant.vehicleId},
                       {QStringLiteral("vehicleName"), grant.vehicleName},
                       {QStringLiteral("supportEmail"), grant.supportEmail},
                       {QStringLiteral("grantedBy"), grant.grantedBy},
                       {QStringLiteral("createdAt"), instant(grant.createdAt)},
                       {QStringLiteral("expiresAt"), instant(grant.expiresAt)}};
    if (grant.revokedAt.isValid())
        object.insert(QStringLiteral("revokedAt"), instant(grant.revokedAt));
    return object;
}

QString stateOf(const client::GrantInfo &grant)
{
    if (grant.revokedAt.isValid())
        return QStringLiteral("revoked");
    return grant.expiresAt <= QDateTime::currentDateTimeUtc() ? QStringLiteral("expired")
                                                              : QStringLiteral("active");
}

void print(const QJsonDocument &document)
{
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

} // namespace

int grantSupportCommand(client::FleetClient &fleet, const QString &vehicleId, const QString &email,
                        const QString &hours, bool json)
{
    if (!email.contains(QLatin1Char('@')))
        return fail(ExitBadInput,
                    QStringLiteral("--to: give the support engineer's e-mail address"));
    bool ok = false;
    const int hoursValue = hours.toInt(&ok);
    if (!ok || hoursValue < 1 || hoursValue > 720)
        return fail(
            ExitBadInput,
            QStringLiteral("--hours: '%1' is not a number of hours from 1 to 720").arg(hours));
    std::unique_ptr<client::GrantJob> job(fleet.grantSupport(vehicleId, email, hoursValue));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    const client::GrantInfo &grant = job->result();
    if (json)
        print(QJsonDocument(toJson(grant)));
    else
        std::printf("%s\n", qPrintable(grant.grantId));
    return 0;
}

int revokeSupportCommand(client::FleetClient &fleet, const QString &grantId, bool json)
{
    std::unique_ptr<client::GrantJob> job(fleet.revokeGrant(grantId));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    if (json)
        print(QJsonDocument(toJson(job->result())));
    else
        std::printf("revoked %s (%s on %s)\n", qPrintable(grantId),
                    qPrintable(job->result().supportEmail), qPrintable(job->result().vehicleId));
    return 0;
}

int grantsCommand(client::FleetClient &fleet, const QString &vehicleId, bool json)
{
    std::unique_ptr<client::GrantListJob> job(vehicleId.isEmpty() ? fleet.listMyGrants()
                                                                  : fleet.listGrants(vehicleId));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    if (json) {
        QJsonArray array;
        for (const client::GrantInfo &grant : job->result())
            array.append(toJson(grant));
        print(QJsonDocument(array));
        return 0;
    }
    std::printf("%-22s %-14s %-24s %-8s %s\n", "GRANT", "VEHICLE", "SUPPORT", "STATE", "UNTIL");
    for (const client::GrantInfo &grant : job->result())
        std::printf("%-22s %-14s %-24s %-8s %s\n", qPrintable(grant.grantId),
                    qPrintable(grant.vehicleId), qPrintable(grant.supportEmail),
                    qPrintable(stateOf(grant)), qPrintable(instant(grant.expiresAt)));
    return 0;
}

int auditCommand(client::FleetClient &fleet, const QString &vehicleId, bool json)
{
    std::unique_ptr<client::AuditLogJob> job(fleet.fetchAudit(vehicleId));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    if (json) {
        QJsonArray array;
        for (const client::AuditEntryInfo &entry : job->result())
            array.append(QJsonObject{{QStringLiteral("at"), instant(entry.at)},
                                     {QStringLiteral("grantId"), entry.grantId},
                                     {QStringLiteral("supportEmail"), entry.supportEmail},
                                     {QStringLiteral("action"), entry.action}});
        print(QJsonDocument(array));
        return 0;
    }
    for (const client::AuditEntryInfo &entry : job->result())
        std::printf("%s  %-24s %s\n", qPrintable(instant(entry.at)), qPrintable(entry.supportEmail),
                    qPrintable(entry.action));
    return 0;
}

} // namespace idlefleet::ctl
