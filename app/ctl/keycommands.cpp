#include "keycommands.h"

#include "ctlcommon.h"
#include "ctlsession.h"
#include "fleetclient.h"
#include "secretstore.h"
#include "vehiclekey.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cstdio>
#include <memory>

namespace idlefleet::ctl {
namespace {

QString keyPath()
{
    return QDir(ctlHome()).filePath(QStringLiteral("vehicle-key.pem"));
}

const char *roleName(int role)
{
    return role == 2 ? "fleet" : role == 3 ? "manager" : "owner";
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("never");
}

} // namespace

VehicleKeyPair homeKey(QString *error)
{
    // In the keychain when one runs, else in a 0600 file beside the session.
    client::SecretStore secrets = homeSecrets();
    const QString where =
        secrets.usesKeychain() ? QStringLiteral("the keychain's vehicle key") : keyPath();
    if (const auto pem = secrets.read(QStringLiteral("vehicle-key.pem"), error)) {
        const VehicleKeyPair key = VehicleKeyPair::fromPrivatePem(*pem);
        if (!key.isValid())
            *error = QStringLiteral("%1 is not a P-256 private key; move it away to make a new one")
                         .arg(where);
        return key;
    }
    if (!error->isEmpty())
        return {};
    const VehicleKeyPair key = VehicleKeyPair::generate();
    if (!secrets.write(QStringLiteral("vehicle-key.pem"), key.privatePem(), error))
        return {};
    return key;
}

int pairCommand(client::FleetClient &fleet, const QString &vehicleId, const QString &code,
                const QString &label, bool json)
{
    QString error;
    const VehicleKeyPair key = homeKey(&error);
    if (!key.isValid())
        return fail(1, error);
    if (code.isEmpty()) {
        const QString name =
            label.isEmpty() ? QStringLiteral("idlefleetctl on %1").arg(QHostInfo::localHostName())
                            : label;
        std::unique_ptr<client::PairingJob> job(
            fleet.startPairing(vehicleId, key.publicKeyDer(), name));
        wait(job.get());
        if (job->error() != client::FleetJob::NoError)
            return failed(*job);
        if (json)
            printJson({{QStringLiteral("vehicleId"), vehicleId},
                       {QStringLiteral("expiresAt"), job->result().expiresAt.toString(Qt::ISODate)},
                       {QStringLiteral("triesLeft"), job->result().triesLeft}});
        else
            std::printf("The car shows a code now. Confirm before %s with:\n"
                        "  idlefleetctl pair %s --code CODE\n",
                        qPrintable(when(job->result().expiresAt)), qPrintable(vehicleId));
        return 0;
    }
    std::unique_ptr<client::KeyJob> job(fleet.confirmPairing(vehicleId, key.publicKeyDer(), code));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    if (json)
        printJson({{QStringLiteral("vehicleId"), vehicleId},
                   {QStringLiteral("keyId"), job->result().keyId}});
    else
        std::printf("Paired: %s accepts key %s (%s)\n", qPrintable(vehicleId),
                    qPrintable(job->result().keyId), qPrintable(job->result().label));
    return 0;
}

int simScreenCommand(client::FleetClient &fleet, const QString &vehicleId, bool json)
{
    std::unique_ptr<client::CarScreenJob> job(fleet.carScreen(vehicleId));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    if (json)
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("text"), job->result().text},
                                                      {QStringLiteral("pairingCode"),
                                                       job->result().pairingCode}})
                                .toJson(QJsonDocument::Compact)
                                .constData());
    else
        std::printf("%s\n", qPrintable(job->result().text));
    return 0;
}

int keysCommand(client::FleetClient &fleet, const QStringList &words, bool json)
{
    const bool list = words.value(1) == QLatin1String("list");
    const bool revoke = words.value(1) == QLatin1String("revoke");
    if (!(list && words.size() <= 3) && !(revoke && words.size() == 3))
        return fail(2, QStringLiteral("usage: idlefleetctl keys list [VEHICLE] | keys revoke KEY"));

    QStringList vehicles;
    if (list && words.size() == 3) {
        vehicles.append(words.at(2));
    } else {
        std::unique_ptr<client::ListVehiclesJob> all(fleet.listVehicles(1000));
        wait(all.get());
        if (all->error() != client::FleetJob::NoError)
            return failed(*all);
        for (const Vehicle &v : all->result().vehicles)
            vehicles.append(v.id);
    }
    QJsonArray rows;
    int revoked = 0;
    if (list && !json)
        std::printf("%-14s %-16s %-24s %-6s %-16s %-16s %s\n", "VEHICLE", "KEY", "LABEL", "ROLE",
                    "ADDED", "LAST USED", "STATE");
    for (const QString &vehicleId : std::as_const(vehicles)) {
        std::unique_ptr<client::KeyListJob> keys(fleet.listKeys(vehicleId));
        wait(keys.get());
        if (keys->error() != client::FleetJob::NoError)
            return failed(*keys);
        for (const client::KeyInfo &key : keys->result()) {
            if (revoke) {
                if (key.keyId != words.at(2) || key.revoked)
                    continue;
                std::unique_ptr<client::KeyJob> job(fleet.revokeKey(vehicleId, key.keyId));
                wait(job.get());
                if (job->error() != client::FleetJob::NoError)
                    return failed(*job);
                std::printf("Revoked %s on %s\n", qPrintable(key.keyId), qPrintable(vehicleId));
                ++revoked;
            } else if (json) {
                rows.append(QJsonObject{
                    {QStringLiteral("vehicleId"), vehicleId},
                    {QStringLiteral("keyId"), key.keyId},
                    {QStringLiteral("label"), key.label},
                    {QStringLiteral("role"), QLatin1String(roleName(key.role))},
                    {QStringLiteral("addedAt"), key.addedAt.toString(Qt::ISODate)},
                    {QStringLiteral("lastUsedAt"),
                     key.lastUsedAt.isValid() ? key.lastUsedAt.toString(Qt::ISODate) : QString()},
                    {QStringLiteral("revoked"), key.revoked}});
            } else {
                std::printf("%-14s %-16s %-24s %-6s %-16s %-16s %s\n", qPrintable(vehicleId),
                            qPrintable(key.keyId), qPrintable(key.label.left(24)),
                            roleName(key.role), qPrintable(when(key.addedAt)),
                            qPrintable(when(key.lastUsedAt)), key.revoked ? "revoked" : "active");
            }
        }
    }
    if (revoke && revoked == 0)
        return fail(1,
                    QStringLiteral("no car you can see holds an active key %1").arg(words.at(2)));
    if (list && json)
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("keys"), rows}})
                                .toJson(QJsonDocument::Compact)
                                .constData());
    return 0;
}

} // namespace idlefleet::ctl
