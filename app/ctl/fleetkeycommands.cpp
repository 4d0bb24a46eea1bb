#include "fleetkeycommands.h"

#include "ctlcommon.h"
#include "ctlsession.h"
#include "fleetclient.h"
#include "secretstore.h"
#include "vehiclekey.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <memory>

namespace idlefleet::ctl {
namespace {

const QString FleetKeyName = QStringLiteral("fleet-key.pem");

/// The signed-in fleet manager's organisation and e-mail address; exit status on failure.
int managerAccount(client::FleetClient &fleet, QString *organisationId, QString *email)
{
    std::unique_ptr<client::AccountJob> account(fleet.fetchAccount());
    wait(account.get());
    if (account->error() != client::FleetJob::NoError)
        return failed(*account);
    const v1::Account &who = account->result().account();
    if (who.role() != v1::ROLE_FLEET_MANAGER || who.organisation_id().empty())
        return fail(ExitNotAllowed,
                    QStringLiteral("only an organisation's fleet managers certify its keys"));
    *organisationId = QString::fromStdString(who.organisation_id());
    *email = QString::fromStdString(who.email());
    return 0;
}

/// Certifies `request` with `fleetKey` for `days` and hands it to the backend.
int certify(client::FleetClient &fleet, const VehicleKeyPair &fleetKey,
            const QString &organisationId, const client::PendingCertificateInfo &request, int days,
            QDateTime *notAfter)
{
    *notAfter = QDateTime::currentDateTimeUtc().addDays(days);
    const QByteArray certificate =
        client::makeKeyCertificate(fleetKey, organisationId, request.publicKey, request.label,
                                   request.managerEmail, *notAfter);
    std::unique_ptr<client::EmptyJob> upload(fleet.uploadCertificate(request.keyId, certificate));
    wait(upload.get());
    return upload->error() == client::FleetJob::NoError ? 0 : failed(*upload);
}

} // namespace

VehicleKeyPair homeFleetKey(QString *error)
{
    client::SecretStore secrets = homeSecrets();
    const auto pem = secrets.read(FleetKeyName, error);
    if (!pem)
        return {};
    const VehicleKeyPair key = VehicleKeyPair::fromPrivatePem(*pem);
    if (!key.isValid())
        *error = QStringLiteral("this home's fleet key (%1) is not a P-256 private key")
                     .arg(secrets.usesKeychain() ? QStringLiteral("in the keychain")
                                                 : secrets.fallbackPath(FleetKeyName));
    return key;
}

int fleetKeyCommand(const QString &action, const QString &file, bool json)
{
    if (!((action == QLatin1String("create") && file.isEmpty()) ||
          (action == QLatin1String("import") && !file.isEmpty())))
        return fail(ExitBadInput,
                    QStringLiteral("usage: idlefleetctl fleet key create | fleet key import FILE"));
    QString error;
    const VehicleKeyPair held = homeFleetKey(&error);
    if (!error.isEmpty())
        return fail(ExitFailed, error);
    if (held.isValid())
        return fail(ExitFailed,
                    QStringLiteral("this home holds the fleet key %1 already; a second one would "
                                   "not be the one the organisation's cars enrolled")
                        .arg(keyIdOf(held.publicKeyDer())));
    VehicleKeyPair key;
    if (action == QLatin1String("create")) {
        key = VehicleKeyPair::generate();
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return fail(ExitBadInput,
                        QStringLiteral("cannot read %1: %2").arg(file, in.errorString()));
        key = VehicleKeyPair::fromPrivatePem(in.read(16384));
        if (!key.isValid())
            return fail(ExitBadInput,
                        QStringLiteral("%1 is not a P-256 private key in PEM").arg(file));
    }
    client::SecretStore secrets = homeSecrets();
    if (!secrets.write(FleetKeyName, key.privatePem(), &error))
        return fail(ExitFailed, error);
    const QByteArray pem = publicKeyPem(key.publicKeyDer());
    if (json) {
        printJson({{QStringLiteral("fleetKeyId"), keyIdOf(key.publicKeyDer())},
                   {QStringLiteral("publicKeyPem"), QString::fromLatin1(pem)}});
    } else {
        std::fputs(pem.constData(), stdout);
        std::fprintf(stderr,
                     "idlefleetctl: the fleet key %s is kept %s; give the public key above to "
                     "the operator to enrol in the organisation's cars\n",
                     qPrintable(keyIdOf(key.publicKeyDer())),
                     secrets.usesKeychain()
                         ? "in the keychain"
                         : qPrintable(QStringLiteral("in ") + secrets.fallbackPath(FleetKeyName)));
    }
    return 0;
}

int fleetRequestsCommand(client::FleetClient &fleet, bool json)
{
    std::unique_ptr<client::PendingCertificatesJob> job(fleet.pendingCertificates());
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    const client::PendingCertificates &pending = job->result();
    QString error;
    const VehicleKeyPair held = homeFleetKey(&error);
    const bool holds = held.isValid() && keyIdOf(held.publicKeyDer()) == pending.fleetKeyId;
    if (json) {
        QJsonArray requests;
        for (const auto &request : pending.requests)
            requests.append(QJsonObject{{QStringLiteral("keyId"), request.keyId},
                                        {QStringLiteral("label"), request.label},
                                        {QStringLiteral("managerEmail"), request.managerEmail},
                                        {QStringLiteral("requestedAt"),
                                         request.requestedAt.toUTC().toString(Qt::ISODate)}});
        printJson({{QStringLiteral("fleetKeyId"), pending.fleetKeyId},
                   {QStringLiteral("thisHomeHoldsFleetKey"), holds},
                   {QStringLiteral("requests"), requests}});
        return 0;
    }
    for (const auto &request : pending.requests)
        std::printf("%s  %s  %s  %s\n", qPrintable(request.keyId),
                    qPrintable(request.requestedAt.toUTC().toString(Qt::ISODate)),
                    qPrintable(request.managerEmail), qPrintable(request.label));
    std::fprintf(stderr, "idlefleetctl: %lld key(s) wait; the organisation's fleet key is %s%s\n",
                 static_cast<long long>(pending.requests.size()),
                 qPrintable(pending.fleetKeyId.isEmpty() ? QStringLiteral("not enrolled")
                                                         : pending.fleetKeyId),
                 holds ? " (held by this home)" : "");
    return 0;
}

int fleetCertifyCommand(client::FleetClient &fleet, const QString &keyId, const QString &days,
                        bool json)
{
    bool ok = false;
    const int count = days.toInt(&ok);
    if (days.isEmpty() || !ok || count < 1 || count > MaxCertificateDays)
        return fail(ExitBadInput, QStringLiteral("--days: '%1' is not a number of days from 1 to "
                                                 "%2 (cars refuse longer certificates)")
                                      .arg(days)
                                      .arg(MaxCertificateDays));
    QString error;
    const VehicleKeyPair fleetKey = homeFleetKey(&error);
    if (!fleetKey.isValid())
        return fail(error.isEmpty() ? ExitNotAllowed : ExitFailed,
                    error.isEmpty() ? QStringLiteral("this home holds no fleet key: only the "
                                                     "organisation's administrator certifies keys "
                                                     "(fleet key create or fleet key import)")
                                    : error);
    QString organisationId;
    QString email;
    if (const int status = managerAccount(fleet, &organisationId, &email))
        return status;
    std::unique_ptr<client::PendingCertificatesJob> job(fleet.pendingCertificates());
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    const client::PendingCertificates &pending = job->result();
    if (keyIdOf(fleetKey.publicKeyDer()) != pending.fleetKeyId)
        return fail(ExitNotAllowed,
                    QStringLiteral("this home's fleet key %1 is not the one the organisation's "
                                   "cars enrolled (%2)")
                        .arg(keyIdOf(fleetKey.publicKeyDer()), pending.fleetKeyId.isEmpty()
                                                                   ? QStringLiteral("none")
                                                                   : pending.fleetKeyId));
    QStringList waiting;
    for (const auto &request : pending.requests) {
        if (request.keyId != keyId) {
            waiting.append(request.keyId);
            continue;
        }
        QDateTime notAfter;
        if (const int status = certify(fleet, fleetKey, organisationId, request, count, &notAfter))
            return status;
        if (json)
            printJson({{QStringLiteral("keyId"), keyId},
                       {QStringLiteral("label"), request.label},
                       {QStringLiteral("managerEmail"), request.managerEmail},
                       {QStringLiteral("notAfter"), notAfter.toString(Qt::ISODate)}});
        else
            std::printf("certified %s (%s, %s) until %s\n", qPrintable(keyId),
                        qPrintable(request.label), qPrintable(request.managerEmail),
                        qPrintable(notAfter.toString(Qt::ISODate)));
        return 0;
    }
    return fail(ExitFailed,
                QStringLiteral("no key %1 waits for a certificate (%2)")
                    .arg(keyId, waiting.isEmpty() ? QStringLiteral("none waits")
                                                  : QStringLiteral("waiting: ") +
                                                        waiting.join(QStringLiteral(", "))));
}

QByteArray certifyOwnKey(client::FleetClient &fleet, const QByteArray &publicKey,
                         const QString &label, QString *error)
{
    const VehicleKeyPair fleetKey = homeFleetKey(error);
    if (!fleetKey.isValid())
        return {};
    std::unique_ptr<client::AccountJob> account(fleet.fetchAccount());
    wait(account.get());
    if (account->error() != client::FleetJob::NoError) {
        *error = account->errorString();
        return {};
    }
    const v1::Account &who = account->result().account();
    const QByteArray certificate =
        client::makeKeyCertificate(fleetKey, QString::fromStdString(who.organisation_id()),
                                   publicKey, label, QString::fromStdString(who.email()),
                                   QDateTime::currentDateTimeUtc().addDays(DefaultCertificateDays));
    std::unique_ptr<client::EmptyJob> upload(
        fleet.uploadCertificate(keyIdOf(publicKey), certificate));
    wait(upload.get());
    if (upload->error() != client::FleetJob::NoError) {
        *error = upload->errorString();
        return {};
    }
    return certificate;
}

} // namespace idlefleet::ctl
