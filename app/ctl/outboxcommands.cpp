#include "outboxcommands.h"

#include "ctlcommon.h"
#include "ctlsession.h"
#include "fleetclient.h"
#include "idlefleet/v1/policy.pb.h"
#include "keycommands.h"
#include "outboxsender.h"
#include "policy/policydocument.h"
#include "rfc3339.h"
#include "store/localstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace idlefleet::ctl {
namespace {

constexpr qint64 PausedIndefinitely = 253402300799; // 9999-12-31T23:59:59Z (policy.md)
constexpr int WaitMs = 60000;

const char *stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::Pending:
        return "pending";
    case OutboxEntry::Sent:
        return "sent";
    case OutboxEntry::Applied:
        return "applied";
    case OutboxEntry::Conflict:
        return "conflict";
    case OutboxEntry::Rejected:
        return "rejected";
    }
    return "unknown";
}

QString describe(const OutboxEntry &entry)
{
    if (entry.kind == OutboxEntry::SetPolicy)
        return QStringLiteral("set policy");
    if (entry.pausedUntil == 0)
        return QStringLiteral("resume");
    if (entry.pausedUntil == PausedIndefinitely)
        return QStringLiteral("pause");
    return QStringLiteral("snooze until %1").arg(formatRfc3339(entry.pausedUntil));
}

bool openStore(LocalStore *store, QString *error)
{
    if (!QDir().mkpath(ctlHome())) {
        *error = QStringLiteral("cannot create %1").arg(ctlHome());
        return false;
    }
    const QString path = QDir(ctlHome()).filePath(QStringLiteral("outbox.sqlite"));
    if (!store->open(path, error))
        return false;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

/// A fleet manager's key needs its organisation's certificate: kept beside the key, renewed when
/// it has less than a day left.
QByteArray managerCertificate(client::FleetClient &fleet, const VehicleKeyPair &key, QString *error)
{
    std::unique_ptr<client::AccountJob> account(fleet.fetchAccount());
    wait(account.get());
    if (account->error() != client::FleetJob::NoError) {
        *error = account->errorString();
        return {};
    }
    if (account->result().account().role() != v1::ROLE_FLEET_MANAGER)
        return {};
    const QString path = QDir(ctlHome()).filePath(QStringLiteral("fleet-certificate.pb"));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        client::CertificateInfo info;
        QString ignored;
        if (client::decodeCertificate(file.readAll(), &info, &ignored) &&
            info.keyId == keyIdOf(key.publicKeyDer()) &&
            info.notAfter > QDateTime::currentDateTimeUtc().addDays(1))
            return info.certificate;
    }
    std::unique_ptr<client::CertificateJob> job(fleet.certifyKey(
        key.publicKeyDer(), QStringLiteral("idlefleetctl on %1").arg(QHostInfo::localHostName())));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError) {
        *error =
            QStringLiteral("the organisation did not certify this key: %1").arg(job->errorString());
        return {};
    }
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(job->result().certificate), out.commit();
    return job->result().certificate;
}

/// Runs the sender until `entryId` has a final answer (or every change is delivered, for 0), or
/// `timeoutMs` passes. Returns the last delivery problem, if any.
QString runSender(client::OutboxSender &sender, LocalStore &store, qint64 entryId, int timeoutMs)
{
    QEventLoop loop;
    QString lastProblem;
    auto done = [&] {
        if (entryId != 0) {
            const auto entry = store.entry(entryId);
            return !entry || entry->isFinal();
        }
        return store.vehiclesWithWork().empty();
    };
    QObject::connect(&sender, &client::OutboxSender::entryChanged, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&sender, &client::OutboxSender::deliveryFailed, &loop,
                     [&](qint64, const QString &reason) { lastProblem = reason; });
    QObject::connect(&sender, &client::OutboxSender::idle, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    sender.kick();
    if (!done())
        loop.exec();
    return lastProblem;
}

} // namespace

int changeCommand(client::FleetClient &fleet, const ChangeRequest &request)
{
    OutboxEntry entry;
    entry.vehicleId = request.vehicleId;
    switch (request.kind) {
    case ChangeRequest::SetPolicy: {
        QFile file(request.policyFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ExitBadInput,
                        QStringLiteral("%1: %2").arg(request.policyFile, file.errorString()));
        v1::Policy policy;
        QString problem;
        if (!policy::parsePolicyJson(file.read(1 << 20), &policy, &problem))
            return fail(ExitBadInput, QStringLiteral("%1: %2").arg(request.policyFile, problem));
        problem = policy::validatePolicy(policy);
        if (!problem.isEmpty())
            return fail(ExitBadInput, QStringLiteral("%1: %2").arg(request.policyFile, problem));
        entry.kind = OutboxEntry::SetPolicy;
        entry.policy = QByteArray::fromStdString(policy.SerializeAsString());
        break;
    }
    case ChangeRequest::Pause:
        entry.kind = OutboxEntry::SetPausedUntil;
        entry.pausedUntil = PausedIndefinitely;
        break;
    case ChangeRequest::Resume:
        entry.kind = OutboxEntry::SetPausedUntil;
        entry.pausedUntil = 0;
        break;
    case ChangeRequest::Snooze: {
        qint64 until = 0;
        if (!parseRfc3339(request.until, &until))
            return fail(ExitBadInput,
                        QStringLiteral("--until: '%1' is not an RFC 3339 instant (such as "
                                       "2026-11-24T06:00:00Z)")
                            .arg(request.until));
        if (until <= QDateTime::currentSecsSinceEpoch())
            return fail(ExitBadInput,
                        QStringLiteral("--until: %1 has passed already").arg(request.until));
        entry.kind = OutboxEntry::SetPausedUntil;
        entry.pausedUntil = until;
        break;
    }
    }

    QString error;
    const VehicleKeyPair key = homeKey(&error);
    if (!key.isValid())
        return fail(ExitFailed, error);
    LocalStore store;
    if (!openStore(&store, &error))
        return fail(ExitFailed, error);
    // The change names the version it was made from: the car's policy as it is now.
    std::unique_ptr<client::VehiclePolicyJob> current(fleet.fetchPolicy(request.vehicleId));
    wait(current.get());
    if (current->error() != client::FleetJob::NoError)
        return failed(*current);
    entry.baseVersion = current->result().version;
    const QByteArray certificate = managerCertificate(fleet, key, &error);
    if (!error.isEmpty())
        return fail(ExitFailed, error);

    const qint64 id = store.enqueue(entry);
    if (id == 0)
        return fail(ExitFailed, QStringLiteral("the outbox could not keep the change"));
    if (request.noWait) {
        if (request.json)
            std::printf("{\"id\": %lld, \"state\": \"pending\"}\n", static_cast<long long>(id));
        else
            std::printf("queued as change %lld; the next idlefleetctl command delivers it\n",
                        static_cast<long long>(id));
        return 0;
    }
    client::OutboxSender sender(&fleet, &store, key);
    sender.setCertificate(certificate);
    const QString problem = runSender(sender, store, id, WaitMs);
    const auto answered = store.entry(id);
    if (!answered || !answered->isFinal())
        return fail(ExitFailed,
                    QStringLiteral("change %1 is not delivered yet (%2); it stays "
                                   "queued and goes with the next command")
                        .arg(id)
                        .arg(problem.isEmpty() ? QStringLiteral("no answer") : problem));
    if (request.json)
        std::printf("%s\n", QJsonDocument(
                                QJsonObject{{QStringLiteral("id"), id},
                                            {QStringLiteral("state"),
                                             QLatin1String(stateName(answered->state))},
                                            {QStringLiteral("version"), answered->confirmedVersion},
                                            {QStringLiteral("code"), answered->resultCode},
                                            {QStringLiteral("message"), answered->resultMessage}})
                                .toJson(QJsonDocument::Compact)
                                .constData());
    switch (answered->state) {
    case OutboxEntry::Applied:
        if (!request.json)
            std::printf("%s: applied; the car runs policy version %lld\n",
                        qPrintable(request.vehicleId),
                        static_cast<long long>(answered->confirmedVersion));
        return 0;
    case OutboxEntry::Conflict:
        return fail(ExitFailed,
                    QStringLiteral("conflict: the car's policy changed meanwhile (it is at "
                                   "version %1); read it again with policy get and decide")
                        .arg(answered->confirmedVersion));
    default:
        return fail(ExitFailed, QStringLiteral("the car refused the change (%1): %2")
                                    .arg(answered->resultCode, answered->resultMessage));
    }
}

int outboxCommand(bool json)
{
    LocalStore store;
    QString error;
    if (!openStore(&store, &error))
        return fail(ExitFailed, error);
    const auto entries = store.entries();
    if (json) {
        QJsonArray array;
        for (const OutboxEntry &e : entries)
            array.append(
                QJsonObject{{QStringLiteral("id"), e.id},
                            {QStringLiteral("vehicleId"), e.vehicleId},
                            {QStringLiteral("change"), describe(e)},
                            {QStringLiteral("state"), QLatin1String(stateName(e.state))},
                            {QStringLiteral("version"), e.confirmedVersion},
                            {QStringLiteral("code"), e.resultCode},
                            {QStringLiteral("attempts"), e.attempts},
                            {QStringLiteral("queuedAt"), formatRfc3339(e.createdMs / 1000)}});
        std::printf("%s\n", QJsonDocument(array).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("%-6s %-14s %-36s %-9s %s\n", "ID", "VEHICLE", "CHANGE", "STATE", "ANSWER");
    for (const OutboxEntry &e : entries) {
        const QString answer = e.state == OutboxEntry::Applied
                                   ? QStringLiteral("version %1").arg(e.confirmedVersion)
                               : e.isFinal() ? e.resultCode
                                             : QStringLiteral("%1 attempts").arg(e.attempts);
        std::printf("%-6lld %-14s %-36s %-9s %s\n", static_cast<long long>(e.id),
                    qPrintable(e.vehicleId), qPrintable(describe(e)), stateName(e.state),
                    qPrintable(answer));
    }
    return 0;
}

void flushOutbox(client::FleetClient &fleet)
{
    if (!QFile::exists(QDir(ctlHome()).filePath(QStringLiteral("outbox.sqlite"))))
        return;
    LocalStore store;
    QString error;
    if (!openStore(&store, &error) || store.vehiclesWithWork().empty())
        return;
    const VehicleKeyPair key = homeKey(&error);
    if (!key.isValid())
        return;
    const QByteArray certificate = managerCertificate(fleet, key, &error);
    client::OutboxSender sender(&fleet, &store, key);
    sender.setCertificate(certificate);
    QObject::connect(&sender, &client::OutboxSender::entryChanged, &sender, [&store](qint64 id) {
        const auto entry = store.entry(id);
        if (entry && entry->isFinal())
            std::fprintf(stderr, "idlefleetctl: queued change %lld (%s on %s): %s\n",
                         static_cast<long long>(id), qPrintable(describe(*entry)),
                         qPrintable(entry->vehicleId), stateName(entry->state));
    });
    runSender(sender, store, 0, 15000);
}

} // namespace idlefleet::ctl
