#include "carcommands.h"

#include "executor.h"
#include "idlefleet/v1/commands.pb.h"
#include "idlefleet/v1/keys.pb.h"
#include "organisation.h"
#include "policy/policydocument.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "store.h"
#include "vehiclekey.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace idlefleet::backend {
namespace {

using Outcome = v1::CommandResult;

v1::CommandResult rejected(const QString &code, const QString &message)
{
    v1::CommandResult result;
    result.set_outcome(v1::CommandResult::REJECTED);
    result.set_code(code.toStdString());
    result.set_message(message.toStdString());
    return result;
}

int statusOf(const v1::CommandResult &result)
{
    switch (result.outcome()) {
    case v1::CommandResult::APPLIED:
        return 200;
    case v1::CommandResult::CONFLICT:
        return 409;
    default:
        return 422;
    }
}

} // namespace

CarCommands::CarCommands(Simulator &simulator, Executor &executor)
    : m_simulator(simulator)
    , m_executor(executor)
{}

http::Response CarCommands::handle(std::size_t vehicleIndex, const http::Request &request)
{
    const QString vehicleId = std::as_const(m_simulator).vehicles()[vehicleIndex].id;
    // One command per car at a time: the next one checks its base version and counter against
    // what the one before it left.
    if (m_busy.contains(vehicleId)) {
        auto [response, deliver] = http::deferred();
        m_busy[vehicleId].push_back([this, vehicleId, request, deliver = deliver] {
            bool writing = false;
            deliver(handleNow(vehicleId, request, &writing));
            return writing;
        });
        return std::move(response);
    }
    bool writing = false;
    return handleNow(vehicleId, request, &writing);
}

void CarCommands::runWaiting(const QString &vehicleId)
{
    for (;;) {
        auto it = m_busy.find(vehicleId);
        if (it == m_busy.end())
            return;
        if (it->empty()) {
            m_busy.erase(it);
            return;
        }
        auto next = std::move(it->front());
        it->pop_front();
        if (next())
            return; // its write calls this again when it is committed
    }
}

http::Response CarCommands::handleNow(const QString &vehicleId, const http::Request &request,
                                      bool *writing)
{
    const std::size_t vehicleIndex = m_simulator.indexOf(vehicleId);
    if (vehicleIndex == Simulator::NoVehicle)
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("no car %1").arg(vehicleId));
    v1::SignedCommand signedCommand;
    http::Response bad;
    if (!parseProtobufBody(request, &signedCommand, &bad))
        return bad;
    const SimulatedVehicle &vehicle = std::as_const(m_simulator).vehicles()[vehicleIndex];
    const QByteArray bytes = QByteArray::fromStdString(signedCommand.command());
    v1::Command command;
    if (!command.ParseFromString(signedCommand.command()))
        return errorResponse(400, QStringLiteral("invalid_body"),
                             QStringLiteral("command is not a valid idlefleet.v1.Command"),
                             QStringLiteral("command"));

    // A car out of reach (asleep, or in a dead spot) cannot check or apply anything: the sender
    // keeps the same signed bytes and tries again when the car wakes. Not kept as an answer.
    if (!vehicle.online)
        return errorResponse(503, QStringLiteral("car_asleep"),
                             QStringLiteral("the car is asleep or out of reach; the change is "
                                            "delivered when it wakes"));
    if (QString::fromStdString(command.vehicle_id()) != vehicle.id)
        return protobufResponse(rejected(QStringLiteral("wrong_vehicle"),
                                         QStringLiteral("the command names another car")),
                                422);

    // The rest is the car's own record of keys, counters and answers: checked and kept on the
    // writing thread, in order with every other change.
    CarNow car{vehicle.id, vehicle.policy, vehicle.policyVersion};
    auto [response, deliver] = http::deferred();
    const bool queued = m_executor.write<Decided>(
        [car, signedCommand, command, bytes](Store &store) {
            return decide(store, car, signedCommand, command, bytes);
        },
        [this, vehicleId, deliver = deliver](std::optional<Decided> decided) {
            if (!decided) {
                deliver(Executor::unreachable());
            } else {
                const std::size_t index = m_simulator.indexOf(vehicleId);
                if (decided->version > 0 && index != Simulator::NoVehicle) {
                    m_simulator.setPolicy(index, decided->policy, decided->version);
                    if (m_policyApplied)
                        m_policyApplied(vehicleId);
                }
                deliver(std::move(decided->response));
            }
            runWaiting(vehicleId);
        });
    if (!queued)
        return Executor::tooBusy();
    m_busy[vehicleId]; // until the write is committed, later commands for the car wait
    *writing = true;
    return std::move(response);
}

CarCommands::Decided CarCommands::decide(Store &store, const CarNow &vehicle,
                                         const v1::SignedCommand &signedCommand,
                                         const v1::Command &command, const QByteArray &bytes)
{
    Decided decided;
    auto answer = [&decided](const v1::CommandResult &result) {
        decided.response = protobufResponse(result, statusOf(result));
        return decided;
    };
    auto fail = [&decided](http::Response response) {
        decided.response = std::move(response);
        return decided;
    };

    // 1. Is it authentic? Nothing is looked up, kept or handed out before it is: a forged or
    // altered copy gets its refusal and leaves no trace that could block the genuine command.
    const QString keyId = QString::fromStdString(command.key_id());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto key = store.keys().key(vehicle.id, keyId);
    if (key && key->revoked)
        return answer(rejected(QStringLiteral("revoked_key"),
                               QStringLiteral("the key %1 was revoked").arg(keyId)));
    // A fleet manager's key: the organisation's certificate stands in for pairing.
    QByteArray publicKey;
    QString certifiedLabel;
    if (signedCommand.has_certificate()) {
        QString message;
        const QString code = checkCertificate(store, vehicle.id, keyId, signedCommand.certificate(),
                                              now, &publicKey, &certifiedLabel, &message);
        if (!code.isEmpty())
            return answer(rejected(code, message));
    } else if (!key) {
        return answer(
            rejected(QStringLiteral("unknown_key"),
                     QStringLiteral("the car holds no key %1; pair this device first").arg(keyId)));
    } else if (key->role == v1::KEY_ROLE_MANAGER) {
        return answer(rejected(QStringLiteral("bad_certificate"),
                               QStringLiteral("a fleet manager's key needs the organisation's "
                                              "certificate with every command")));
    } else {
        publicKey = key->publicKey;
    }
    if (!verifySignature(publicKey, bytes, QByteArray::fromStdString(signedCommand.signature())))
        return answer(rejected(QStringLiteral("bad_signature"),
                               QStringLiteral("the signature does not match the command")));
    if (command.expires_at().seconds() <= now)
        return answer(
            rejected(QStringLiteral("expired"), QStringLiteral("the command has expired")));
    if (command.expires_at().seconds() > now + MaxExpirySeconds)
        return answer(rejected(QStringLiteral("expiry_too_far"),
                               QStringLiteral("a command may be valid for a day at most")));

    // 2. The same bytes again (a retry after a lost answer) get the answer they had.
    const QString idempotencyKey = QString::fromStdString(command.idempotency_key()).left(128);
    const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (!idempotencyKey.isEmpty()) {
        const auto earlier = store.keys().commandResult(vehicle.id, idempotencyKey);
        if (earlier && earlier->commandSha256 == sha256) {
            http::Response response;
            response.status = earlier->status;
            response.contentType = ProtobufContentType;
            response.body = earlier->body;
            return fail(std::move(response));
        }
    }
    if (key && command.counter() <= key->lastCounter)
        return answer(rejected(QStringLiteral("replayed_counter"),
                               QStringLiteral("the counter %1 is not above the last one used, %2")
                                   .arg(command.counter())
                                   .arg(key->lastCounter)));
    if (!key) {
        // The car keeps a certified key it has seen, for its counter and its last use.
        KeyRecord record;
        record.vehicleId = vehicle.id;
        record.keyId = keyId;
        record.publicKey = publicKey;
        record.label = certifiedLabel;
        record.role = v1::KEY_ROLE_MANAGER;
        record.addedMs = QDateTime::currentMSecsSinceEpoch();
        if (!store.keys().insertKey(record))
            return fail(errorResponse(500, QStringLiteral("storage_failed"),
                                      QStringLiteral("the car could not keep the key; nothing "
                                                     "changed")));
        key = record;
    }

    // 3. What it does. The counter is used up whatever the outcome, in the same transaction as
    // the change and its answer: after a crash either all three are kept or none.
    KeyRepository::CommandCommit commit;
    commit.vehicleId = vehicle.id;
    commit.keyId = keyId;
    commit.counter = command.counter();
    commit.whenMs = QDateTime::currentMSecsSinceEpoch();
    commit.idempotencyKey = idempotencyKey;
    v1::CommandResult result;
    v1::Policy next = vehicle.policy;
    qint64 baseVersion = 0;
    bool acts = true;
    if (command.has_set_policy()) {
        baseVersion = command.set_policy().base_version();
        next = command.set_policy().policy();
        const QString problem = policy::validatePolicy(next);
        if (!problem.isEmpty()) {
            result = rejected(QStringLiteral("invalid_policy"), problem);
            acts = false;
        }
    } else if (command.has_set_paused_until()) {
        baseVersion = command.set_paused_until().base_version();
        if (command.set_paused_until().has_paused_until())
            *next.mutable_paused_until() = command.set_paused_until().paused_until();
        else
            next.clear_paused_until();
    } else {
        result =
            rejected(QStringLiteral("no_action"), QStringLiteral("the command changes nothing"));
        acts = false;
    }
    if (acts && baseVersion != vehicle.policyVersion) {
        result.set_outcome(v1::CommandResult::CONFLICT);
        result.set_code("conflict");
        result.set_message(QStringLiteral("the policy changed since version %1; it is at "
                                          "version %2 now")
                               .arg(baseVersion)
                               .arg(vehicle.policyVersion)
                               .toStdString());
        result.set_version(vehicle.policyVersion);
        *result.mutable_current_policy() = vehicle.policy;
        acts = false;
    }
    if (acts) {
        commit.version = vehicle.policyVersion + 1;
        commit.policy = next;
        result.set_outcome(v1::CommandResult::APPLIED);
        result.set_version(commit.version);
        *result.mutable_current_policy() = next;
    }
    answer(result);
    commit.answer = {decided.response.status, decided.response.body, sha256};
    QString error;
    if (!store.keys().commitCommand(commit, &error))
        return fail(errorResponse(500, QStringLiteral("storage_failed"),
                                  QStringLiteral("the car could not keep the change; nothing "
                                                 "changed")));
    decided.version = commit.version;
    decided.policy = next;
    return decided;
}

} // namespace idlefleet::backend
