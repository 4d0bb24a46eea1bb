#include "pauseactions.h"

#include "localclient.h"
#include "policychange.h"
#include "worldtime.h"

#include <QJSEngine>
#include <utility>

namespace idlefleet::app {
namespace {

PauseActions *s_instance = nullptr;

} // namespace

PauseActions::PauseActions(LocalClient *local, QObject *parent)
    : QObject(parent)
    , m_local(local)
{
    s_instance = this;
}

PauseActions::~PauseActions()
{
    if (s_instance == this)
        s_instance = nullptr;
}

PauseActions *PauseActions::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

PauseActions *PauseActions::instance()
{
    return s_instance;
}

bool PauseActions::pause(const QString &vehicleId, int hours)
{
    constexpr qint64 PausedIndefinitely = 253402300799; // 9999-12-31T23:59:59Z (policy.md)
    const qint64 until =
        hours > 0 ? WorldTime::nowSecs() + qint64(hours) * 3600 : PausedIndefinitely;
    return change(vehicleId)->queuePause(vehicleId, until);
}

bool PauseActions::resume(const QString &vehicleId)
{
    return change(vehicleId)->queuePause(vehicleId, 0);
}

void PauseActions::setLocalClient(LocalClient *local)
{
    m_local = local;
    // The changes stay (cards hold them); each forgets the old outbox's entry.
    for (PolicyChange *change : std::as_const(m_changes)) {
        change->setLocalClient(local);
        change->reset();
    }
}

void PauseActions::retranslate()
{
    for (PolicyChange *change : std::as_const(m_changes))
        change->retranslate();
}

PolicyChange *PauseActions::change(const QString &vehicleId)
{
    PolicyChange *&change = m_changes[vehicleId];
    if (!change) {
        change = new PolicyChange(this);
        QJSEngine::setObjectOwnership(change, QJSEngine::CppOwnership);
        change->setLocalClient(m_local);
        connect(change, &PolicyChange::confirmed, this,
                [this, vehicleId] { Q_EMIT applied(vehicleId); });
    }
    return change;
}

} // namespace idlefleet::app
