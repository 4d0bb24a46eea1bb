#include "outboxcommands.h"

#include "csv.h"
#include "ctlcommon.h"
#include "ctlsession.h"
#include "fleetclient.h"
#include "fleetkeycommands.h"
#include "idlefleet/v1/policy.pb.h"
#include "keycommands.h"
#include "outboxsender.h"
#include "policy/policydocument.h"
#include "rfc3339.h"
#include "store/localstore.h"
#include "supportbundle.h"
#include "worldtime.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

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
    const QString label = QStringLiteral("idlefleetctl on %1").arg(QHostInfo::localHostName());
    std::unique_ptr<client::CertificateJob> job(fleet.certifyKey(key.publicKeyDer(), label));
    wait(job.get());
    QByteArray certificate = job->result().certificate;
    if (job->error() != client::FleetJob::NoError) {
        // The administrator's own home certifies its key itself with the fleet key it holds.
        if (job->serverError().code == QLatin1String("certificate_pending"))
            certificate = certifyOwnKey(fleet, key.publicKeyDer(), label, error);
        if (certificate.isEmpty()) {
            *error = QStringLiteral("the organisation did not certify this key: %1")
                         .arg(error->isEmpty() ? job->errorString() : *error);
            return {};
        }
    }
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(certificate), out.commit();
    return certificate;
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
        if (until <= WorldTime::nowSecs())
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
            printJson(
                {{QStringLiteral("id"), id}, {QStringLiteral("state"), QStringLiteral("pending")}});
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

namespace {

/// A template file: a policy document, or {"name": ..., "policy": {...}}.
bool readTemplate(const QString &path, QString *name, v1::Policy *policy, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    const QByteArray bytes = file.read(1 << 20);
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    QByteArray policyJson = bytes;
    *name = QFileInfo(path).completeBaseName();
    if (object.contains(QStringLiteral("policy")) &&
        object.value(QStringLiteral("policy")).isObject()) {
        if (object.size() > 2 || (object.size() == 2 && !object.contains(QStringLiteral("name")))) {
            *problem = QStringLiteral("a template has only \"name\" and \"policy\"");
            return false;
        }
        if (object.contains(QStringLiteral("name"))) {
            if (!object.value(QStringLiteral("name")).isString()) {
                *problem = QStringLiteral("name: not a string");
                return false;
            }
            *name = object.value(QStringLiteral("name")).toString();
        }
        policyJson = QJsonDocument(object.value(QStringLiteral("policy")).toObject())
                         .toJson(QJsonDocument::Compact);
    }
    if (!policy::parsePolicyJson(policyJson, policy, problem))
        return false;
    *problem = policy::validatePolicy(*policy);
    return problem->isEmpty();
}

} // namespace

int fleetApplyCommand(client::FleetClient &fleet, const FleetApplyRequest &request)
{
    if (request.group.isEmpty() == request.vehicles.isEmpty())
        return fail(ExitBadInput,
                    QStringLiteral("fleet apply needs either --group G or --vehicles ID,..."));
    if (request.json && request.csv)
        return fail(ExitBadInput, QStringLiteral("--json and --csv: choose one"));
    QString name;
    v1::Policy policy;
    QString problem;
    if (!readTemplate(request.templateFile, &name, &policy, &problem))
        return fail(ExitBadInput, QStringLiteral("%1: %2").arg(request.templateFile, problem));

    // The cars: the group's, or the named ones, each checked against the organisation's list.
    QStringList wanted;
    for (const QString &id : request.vehicles.split(QLatin1Char(','), Qt::SkipEmptyParts))
        wanted.append(id.trimmed());
    wanted.removeDuplicates();
    client::FleetClient::VehicleQuery query;
    query.group = request.group;
    query.sort = QStringLiteral("name");
    std::vector<Vehicle> cars;
    QString pageToken;
    do {
        std::unique_ptr<client::ListVehiclesJob> page(fleet.listVehicles(query, 1000, pageToken));
        wait(page.get());
        if (page->error() != client::FleetJob::NoError)
            return failed(*page);
        for (const Vehicle &vehicle : page->result().vehicles) {
            if (wanted.isEmpty() || wanted.contains(vehicle.id))
                cars.push_back(vehicle);
        }
        pageToken = page->result().nextPageToken;
    } while (!pageToken.isEmpty());
    if (!wanted.isEmpty()) {
        QStringList unknown = wanted;
        for (const Vehicle &vehicle : cars)
            unknown.removeAll(vehicle.id);
        if (!unknown.isEmpty())
            return fail(ExitBadInput, QStringLiteral("--vehicles: not a car of your organisation: "
                                                     "%1")
                                          .arg(unknown.join(QStringLiteral(", "))));
    }
    if (cars.empty())
        return fail(
            ExitBadInput,
            QStringLiteral("--group: the organisation has no group '%1'").arg(request.group));

    QString error;
    const VehicleKeyPair key = homeKey(&error);
    if (!key.isValid())
        return fail(ExitFailed, error);
    const QByteArray certificate = managerCertificate(fleet, key, &error);
    if (!error.isEmpty())
        return fail(ExitFailed, error);
    if (certificate.isEmpty())
        return fail(ExitNotAllowed, QStringLiteral("fleet apply is for an organisation's fleet "
                                                   "managers"));
    LocalStore store;
    if (!openStore(&store, &error))
        return fail(ExitFailed, error);
    // Each car's change is written before anything is sent, from the version the list showed.
    const QByteArray policyBytes = QByteArray::fromStdString(policy.SerializeAsString());
    std::vector<qint64> ids;
    ids.reserve(cars.size());
    for (const Vehicle &vehicle : cars) {
        OutboxEntry entry;
        entry.vehicleId = vehicle.id;
        entry.kind = OutboxEntry::SetPolicy;
        entry.policy = policyBytes;
        entry.baseVersion = vehicle.policyVersion;
        const qint64 id = store.enqueue(entry);
        if (id == 0)
            return fail(
                ExitFailed,
                QStringLiteral("the outbox could not keep the change for %1").arg(vehicle.id));
        ids.push_back(id);
    }

    // Delivered until every car answered, or all that did not are asleep, or the wait is over.
    client::OutboxSender sender(&fleet, &store, key);
    sender.setCertificate(certificate);
    QEventLoop loop;
    // A car is settled when it answered, or when it is known to be asleep.
    QSet<qint64> open(ids.begin(), ids.end());
    int answered = 0;
    const bool terminal = !request.json && !request.csv && isatty(fileno(stderr));
    auto update = [&](qint64 id) {
        if (!open.contains(id))
            return;
        const auto entry = store.entry(id);
        if (!entry || (!entry->isFinal() && entry->resultCode != QLatin1String("car_asleep")))
            return;
        open.remove(id);
        ++answered;
        if (terminal)
            std::fprintf(stderr, "\ridlefleetctl: %d of %d cars answered", answered,
                         int(ids.size()));
        if (open.isEmpty())
            loop.quit();
    };
    QObject::connect(&sender, &client::OutboxSender::entryChanged, &loop, update);
    QObject::connect(&sender, &client::OutboxSender::deliveryFailed, &loop,
                     [&](qint64 id, const QString &) { update(id); });
    QTimer::singleShot(request.waitSeconds * 1000, &loop, &QEventLoop::quit);
    sender.kick();
    if (!open.isEmpty())
        loop.exec();
    if (terminal && answered > 0)
        std::fprintf(stderr, "\n");

    // The report: one line per car.
    int applied = 0, pending = 0, refused = 0;
    QJsonArray results;
    QStringList csvLines{QStringLiteral("vehicle_id,name,group,result,version,code,message")};
    const bool table = !request.json && !request.csv;
    if (table)
        std::printf("%-14s %-24s %-10s %-8s %s\n", "ID", "NAME", "RESULT", "VERSION", "WHY");
    for (std::size_t i = 0; i < cars.size(); ++i) {
        const Vehicle &car = cars[i];
        const auto entry = store.entry(ids[i]);
        QString result = QStringLiteral("pending");
        QString why;
        qint64 version = 0;
        if (entry && entry->state == OutboxEntry::Applied) {
            result = QStringLiteral("applied");
            version = entry->confirmedVersion;
            ++applied;
        } else if (entry && entry->state == OutboxEntry::Conflict) {
            result = QStringLiteral("conflict");
            version = entry->confirmedVersion;
            why = QStringLiteral("the car's policy changed meanwhile (now version %1)")
                      .arg(entry->confirmedVersion);
            ++refused;
        } else if (entry && entry->state == OutboxEntry::Rejected) {
            result = QStringLiteral("rejected");
            why = entry->resultMessage.isEmpty() ? entry->resultCode : entry->resultMessage;
            ++refused;
        } else {
            why = entry && entry->resultCode == QLatin1String("car_asleep")
                      ? QStringLiteral("the car is asleep; delivered when it wakes")
                      : QStringLiteral("no answer yet; delivered with the next command");
            ++pending;
        }
        const QString code = entry ? entry->resultCode : QString();
        results.append(QJsonObject{{QStringLiteral("vehicleId"), car.id},
                                   {QStringLiteral("name"), car.name},
                                   {QStringLiteral("group"), car.group},
                                   {QStringLiteral("result"), result},
                                   {QStringLiteral("version"), version},
                                   {QStringLiteral("code"), code},
                                   {QStringLiteral("message"), why},
                                   {QStringLiteral("change"), ids[i]}});
        csvLines.append(QStringList{csvField(car.id), csvField(car.name), csvField(car.group),
                                    result, version ? QString::number(version) : QString(),
                                    csvField(code), csvField(why)}
                            .join(QLatin1Char(',')));
        if (table)
            std::printf("%-14s %-24s %-10s %-8s %s\n", qPrintable(car.id),
                        qPrintable(car.name.left(24)), qPrintable(result),
                        version ? qPrintable(QString::number(version)) : "", qPrintable(why));
    }
    if (request.json)
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("template"), name},
                                                      {QStringLiteral("applied"), applied},
                                                      {QStringLiteral("pending"), pending},
                                                      {QStringLiteral("refused"), refused},
                                                      {QStringLiteral("vehicles"), results}})
                                .toJson(QJsonDocument::Compact)
                                .constData());
    else if (request.csv)
        std::printf("%s\n", qPrintable(csvLines.join(QLatin1Char('\n'))));
    else
        std::fprintf(stderr, "%s: %d applied, %d pending, %d refused of %d cars\n",
                     qPrintable(name), applied, pending, refused, int(cars.size()));
    return refused > 0 ? ExitFailed : 0;
}

int supportBundleCommand(client::FleetClient &fleet, const QString &vehicleId,
                         const QString &output)
{
    if (output.isEmpty())
        return fail(ExitBadInput, QStringLiteral("support-bundle needs --output FILE"));
    client::SupportBundle bundle(&fleet);
    // This home's own record of the car: its changes, and the ones that went wrong.
    if (QFile::exists(QDir(ctlHome()).filePath(QStringLiteral("outbox.sqlite")))) {
        LocalStore store;
        QString error;
        if (openStore(&store, &error))
            bundle.setLocalRecords(store, vehicleId);
    }
    QEventLoop loop;
    QObject::connect(&bundle, &client::SupportBundle::finished, &loop, &QEventLoop::quit);
    const bool terminal = isatty(fileno(stderr));
    QObject::connect(
        &bundle, &client::SupportBundle::progress, &loop, [terminal](int done, int total) {
            if (terminal)
                std::fprintf(stderr, "\ridlefleetctl: gathering the bundle, %d of %d", done, total);
        });
    bundle.start(vehicleId);
    if (!bundle.isFinished())
        loop.exec();
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!bundle.errorString().isEmpty())
        return fail(exitStatusFor(client::FleetJob::Error(bundle.errorKind())),
                    QStringLiteral("no bundle for %1: %2").arg(vehicleId, bundle.errorString()));
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle.document()) < 0 || !file.commit())
        return fail(ExitFailed, QStringLiteral("%1: %2").arg(output, file.errorString()));
    std::fprintf(stderr,
                 "idlefleetctl: wrote %s (names, locations, e-mail addresses, tokens "
                 "and keys removed)\n",
                 qPrintable(output));
    return 0;
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
