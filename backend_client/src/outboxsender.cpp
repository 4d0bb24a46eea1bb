#include "outboxsender.h"

#include "commandsigning.h"
#include "fleetclient.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>
#include <memory>

namespace idlefleet::client {
namespace {

constexpr int FirstDelayMs = 1000;
constexpr int MaxDelayMs = 60000;

} // namespace

OutboxSender::OutboxSender(FleetClient *client, LocalStore *store, VehicleKeyPair key,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_key(std::move(key))
    , m_keyId(keyIdOf(m_key.publicKeyDer()))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxSender::kick);
}

void OutboxSender::kick()
{
    const std::vector<QString> vehicles = m_store->vehiclesWithWork();
    for (const QString &vehicleId : vehicles) {
        if (!m_inFlight.contains(vehicleId))
            sendNext(vehicleId);
    }
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

void OutboxSender::sendNext(const QString &vehicleId)
{
    const auto next = m_store->nextFor(vehicleId);
    if (!next)
        return;
    m_inFlight.insert(vehicleId);
    if (next->state == OutboxEntry::Sent) {
        deliver(*next); // the same bytes again: the car answers a repeat with its first answer
        return;
    }
    // Signed now, from the version it was made from, or from what the change before it made.
    qint64 base =
        next->baseVersion != 0 ? next->baseVersion : m_store->lastConfirmedVersion(vehicleId);
    if (base != 0) {
        sign(*next, base);
        return;
    }
    auto *job = m_client->fetchPolicy(vehicleId, this);
    connect(job, &FleetJob::finished, this, [this, job, entry = *next] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError) {
            m_store->markAttempt(entry.id);
            Q_EMIT deliveryFailed(entry.id, job->errorString());
            finishVehicle(entry.vehicleId);
            scheduleRetry();
            return;
        }
        sign(entry, job->result().version);
    });
}

void OutboxSender::sign(OutboxEntry entry, qint64 baseVersion)
{
    CommandAction action;
    action.baseVersion = baseVersion;
    if (entry.kind == OutboxEntry::SetPolicy) {
        v1::Policy policy;
        policy.ParseFromArray(entry.policy.constData(), int(entry.policy.size()));
        action.policy = policy;
    } else {
        action.pause = entry.pausedUntil != 0;
        if (action.pause)
            action.pausedUntil = QDateTime::fromSecsSinceEpoch(entry.pausedUntil, Qt::UTC);
    }
    // A change signed before (whose bytes expired unseen) gets a new idempotency key: the car
    // refused the old one and keeps that answer for it.
    const QString idempotencyKey = entry.attempts > 0
                                       ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                       : entry.idempotencyKey;
    const quint64 counter = m_store->reserveCounter(m_keyId, entry.vehicleId);
    const SignedCommandBytes bytes = signCommand(
        m_key, entry.vehicleId, counter,
        QDateTime::currentDateTimeUtc().addSecs(SignatureLifetimeSeconds), idempotencyKey, action);
    // Written before it leaves: after a crash, these bytes are what is sent again.
    if (counter == 0 || !m_store->markSent(entry.id, m_keyId, counter, idempotencyKey, baseVersion,
                                           bytes.command, bytes.signature)) {
        Q_EMIT deliveryFailed(entry.id, tr("The local store could not keep the signed change."));
        finishVehicle(entry.vehicleId);
        scheduleRetry();
        return;
    }
    Q_EMIT entryChanged(entry.id);
    deliver(*m_store->entry(entry.id));
}

void OutboxSender::deliver(const OutboxEntry &entry)
{
    auto *job =
        m_client->sendCommand(entry.vehicleId, entry.command, entry.signature, this, m_certificate);
    connect(job, &FleetJob::finished, this, [this, job, entry] {
        job->deleteLater();
        if (job->error() == FleetJob::NoError) {
            const CommandOutcome &outcome = job->result();
            if (outcome.outcome == CommandOutcome::Rejected &&
                outcome.code == QLatin1String("expired") && entry.attempts > 0) {
                // Signed long ago and never seen by the car: sign it anew.
                m_store->resetToPending(entry.id);
                m_store->markAttempt(entry.id);
                finishVehicle(entry.vehicleId);
                sendNext(entry.vehicleId);
                return;
            }
            const OutboxEntry::State state =
                outcome.outcome == CommandOutcome::Applied    ? OutboxEntry::Applied
                : outcome.outcome == CommandOutcome::Conflict ? OutboxEntry::Conflict
                                                              : OutboxEntry::Rejected;
            m_store->markAnswered(
                entry.id, state, outcome.code, outcome.message, outcome.version,
                QByteArray::fromStdString(outcome.currentPolicy.SerializeAsString()));
            m_delayMs = 0;
            Q_EMIT entryChanged(entry.id);
            finishVehicle(entry.vehicleId);
            sendNext(entry.vehicleId); // the car's next change, if any
            if (m_inFlight.isEmpty())
                Q_EMIT idle();
            return;
        }
        if (job->error() == FleetJob::NotAllowed || job->error() == FleetJob::NotFound ||
            job->error() == FleetJob::InvalidRequest) {
            // The server will not pass it on: final, with its reason.
            m_store->markAnswered(entry.id, OutboxEntry::Rejected, job->serverError().code,
                                  job->errorString(), 0, {});
            Q_EMIT entryChanged(entry.id);
            finishVehicle(entry.vehicleId);
            if (m_inFlight.isEmpty())
                Q_EMIT idle();
            return;
        }
        // No answer (network, server trouble, session, the car asleep): the same bytes go again
        // later; the server's reason is kept for the person waiting.
        m_store->markAttempt(entry.id, job->serverError().code);
        Q_EMIT deliveryFailed(entry.id, job->errorString());
        finishVehicle(entry.vehicleId);
        scheduleRetry();
        if (m_inFlight.isEmpty())
            Q_EMIT idle();
    });
}

void OutboxSender::finishVehicle(const QString &vehicleId)
{
    m_inFlight.remove(vehicleId);
}

void OutboxSender::scheduleRetry()
{
    m_delayMs = m_delayMs == 0 ? FirstDelayMs : std::min(MaxDelayMs, m_delayMs * 2);
    const int jitter = int(QRandomGenerator::global()->bounded(m_delayMs / 4 + 1));
    if (!m_retry.isActive())
        m_retry.start(m_delayMs + jitter);
}

} // namespace idlefleet::client
