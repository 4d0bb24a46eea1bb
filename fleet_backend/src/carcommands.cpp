#include "carcommands.h"

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

CarCommands::CarCommands(Store &store, Simulator &simulator)
    : m_store(store)
    , m_simulator(simulator)
{}

http::Response CarCommands::handle(std::size_t vehicleIndex, const http::Request &request)
{
    v1::SignedCommand signedCommand;
    http::Response bad;
    if (!parseProtobufBody(request, &signedCommand, &bad))
        return bad;
    const SimulatedVehicle &vehicle = m_simulator.vehicles()[vehicleIndex];
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
    auto answer = [](const v1::CommandResult &result) {
        return protobufResponse(result, statusOf(result));
    };

    // 1. Is it authentic? Nothing is looked up, kept or handed out before it is: a forged or
    // altered copy gets its refusal and leaves no trace that could block the genuine command.
    if (QString::fromStdString(command.vehicle_id()) != vehicle.id)
        return answer(rejected(QStringLiteral("wrong_vehicle"),
                               QStringLiteral("the command names another car")));
    const QString keyId = QString::fromStdString(command.key_id());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto key = m_store.keys().key(vehicle.id, keyId);
    if (key && key->revoked)
        return answer(rejected(QStringLiteral("revoked_key"),
                               QStringLiteral("the key %1 was revoked").arg(keyId)));
    // A fleet manager's key: the organisation's certificate stands in for pairing.
    QByteArray publicKey;
    QString certifiedLabel;
    if (signedCommand.has_certificate()) {
        QString message;
        const QString code =
            checkCertificate(m_store, vehicle.id, keyId, signedCommand.certificate(), now,
                             &publicKey, &certifiedLabel, &message);
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
        const auto earlier = m_store.keys().commandResult(vehicle.id, idempotencyKey);
        if (earlier && earlier->commandSha256 == sha256) {
            http::Response response;
            response.status = earlier->status;
            response.contentType = ProtobufContentType;
            response.body = earlier->body;
            return response;
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
        if (!m_store.keys().insertKey(record))
            return errorResponse(500, QStringLiteral("storage_failed"),
                                 QStringLiteral("the car could not keep the key; nothing changed"));
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
    http::Response response = answer(result);
    commit.answer = {response.status, response.body, sha256};
    QString error;
    if (!m_store.keys().commitCommand(commit, &error))
        return errorResponse(500, QStringLiteral("storage_failed"),
                             QStringLiteral("the car could not keep the change; nothing changed"));
    if (commit.version > 0) {
        m_simulator.setPolicy(vehicleIndex, next, commit.version);
        if (m_policyApplied)
            m_policyApplied(commit.vehicleId);
    }
    return response;
}

} // namespace idlefleet::backend
