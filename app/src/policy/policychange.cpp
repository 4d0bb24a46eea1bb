#include "policychange.h"

#include "localclient.h"

namespace idlefleet::app {

PolicyChange::PolicyChange(QObject *parent)
    : QObject(parent)
{}

void PolicyChange::setLocalClient(LocalClient *local)
{
    if (m_local == local)
        return;
    if (m_local)
        disconnect(m_local, nullptr, this, nullptr);
    m_local = local;
    if (m_local) {
        connect(m_local, &LocalClient::entryChanged, this, &PolicyChange::onEntryChanged);
        connect(m_local, &LocalClient::deliveryFailed, this, &PolicyChange::onDeliveryFailed);
    }
}

bool PolicyChange::isPairingCode(const QString &code)
{
    return code == QLatin1String("not_paired") || code == QLatin1String("unknown_key") ||
           code == QLatin1String("revoked_key");
}

void PolicyChange::set(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    m_pairingNeeded =
        m_keyUnpaired || (state == Rejected && isPairingCode(m_resultCode)) || state == Failed;
    Q_EMIT changed();
}

bool PolicyChange::queue(const QString &vehicleId, const v1::Policy &policy, qint64 baseVersion)
{
    return queueEntry(PolicyKind,
                      [&] { return m_local->queuePolicy(vehicleId, policy, baseVersion); });
}

bool PolicyChange::queuePause(const QString &vehicleId, qint64 pausedUntil)
{
    return queueEntry(pausedUntil > 0 ? PauseKind : ResumeKind,
                      [&] { return m_local->queuePause(vehicleId, pausedUntil, 0); });
}

bool PolicyChange::queueEntry(Kind kind, const std::function<qint64()> &enqueue)
{
    m_kind = kind;
    m_resultCode.clear();
    m_deliveryProblem.clear();
    m_confirmedVersion = 0;
    m_entryId = 0;
    if (!m_local || !m_local->isOpen()) {
        set(Failed, tr("This computer has no key and outbox of its own yet, so it cannot sign "
                       "changes for the car."));
        return false;
    }
    m_entryId = enqueue();
    if (m_entryId == 0) {
        set(Failed, tr("The change could not be written to this computer's outbox."));
        return false;
    }
    onEntryChanged(m_entryId);
    return true;
}

void PolicyChange::reset()
{
    m_entryId = 0;
    m_resultCode.clear();
    m_deliveryProblem.clear();
    m_confirmedVersion = 0;
    set(None, {});
}

void PolicyChange::retranslate()
{
    if (m_entryId != 0)
        onEntryChanged(m_entryId);
}

void PolicyChange::setPaired(bool paired)
{
    if (m_keyUnpaired == !paired)
        return;
    m_keyUnpaired = !paired;
    set(m_state, m_message);
}

void PolicyChange::onEntryChanged(qint64 id)
{
    if (id != m_entryId || id == 0 || !m_local)
        return;
    const auto entry = m_local->store()->entry(id);
    if (!entry)
        return;
    m_resultCode = entry->resultCode;
    m_confirmedVersion = entry->confirmedVersion;
    switch (entry->state) {
    case OutboxEntry::Pending:
        set(Pending, tr("Waiting to be signed and sent to the car."));
        break;
    case OutboxEntry::Sent:
        set(Sent, tr("Sent to the car; waiting for it to confirm."));
        break;
    case OutboxEntry::Applied: {
        m_deliveryProblem.clear();
        m_keyUnpaired = false;
        set(Confirmed, m_kind == PauseKind ? tr("The car confirmed the pause.")
                       : m_kind == ResumeKind
                           ? tr("The car confirmed: it contributes again when its "
                                "policy allows.")
                           : tr("The car confirmed the change: it runs version %1 of "
                                "the policy.")
                                 .arg(entry->confirmedVersion));
        v1::Policy current;
        current.ParseFromArray(entry->currentPolicy.constData(), int(entry->currentPolicy.size()));
        Q_EMIT confirmed(entry->confirmedVersion, current);
        break;
    }
    case OutboxEntry::Conflict: {
        m_deliveryProblem.clear();
        set(Conflict, tr("Not applied: the car's policy was changed elsewhere (it is at version "
                         "%1 now).")
                          .arg(entry->confirmedVersion));
        v1::Policy current;
        current.ParseFromArray(entry->currentPolicy.constData(), int(entry->currentPolicy.size()));
        Q_EMIT conflicted(entry->confirmedVersion, current);
        break;
    }
    case OutboxEntry::Rejected:
        m_deliveryProblem.clear();
        set(Rejected, isPairingCode(entry->resultCode)
                          ? tr("The car refused the change: this computer is not paired with "
                               "it.")
                          : tr("The car refused the change: %1")
                                .arg(entry->resultMessage.isEmpty() ? entry->resultCode
                                                                    : entry->resultMessage));
        break;
    }
}

void PolicyChange::onDeliveryFailed(qint64 id, const QString &reason)
{
    if (id != m_entryId || id == 0)
        return;
    m_deliveryProblem = tr("Not delivered yet (%1); it is sent again automatically.").arg(reason);
    Q_EMIT changed();
}

} // namespace idlefleet::app
