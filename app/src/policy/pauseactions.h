#pragma once

#include "policychange.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace idlefleet::app {

class LocalClient;

/// Pausing and resuming cars from this computer (the dashboard's cards, the tray, withdrawn
/// consent): each car's last pause or resume is followed on its way through the outbox, so the
/// card can say it is waiting, that the car is out of reach, or why the car refused it.
class PauseActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit PauseActions(LocalClient *local, QObject *parent = nullptr);
    ~PauseActions() override;

    static PauseActions *create(QQmlEngine *, QJSEngine *);
    /// The one instance (owned by AppState), or null.
    static PauseActions *instance();

    /// Pauses contributing for `hours` from the world's now (0: until resumed). False when the
    /// change could not even be queued (change(vehicleId) says why).
    Q_INVOKABLE bool pause(const QString &vehicleId, int hours);
    Q_INVOKABLE bool resume(const QString &vehicleId);
    /// The car's last pause or resume from this computer (state None when there was none).
    Q_INVOKABLE idlefleet::app::PolicyChange *change(const QString &vehicleId);

    /// Another account's key and outbox (sign-in, sign-out): what was on its way through the
    /// old outbox is no longer followed.
    void setLocalClient(LocalClient *local);
    /// The messages in the language now in use.
    void retranslate();

Q_SIGNALS:
    /// The car confirmed a pause or resume: what is shown of it is out of date.
    void applied(const QString &vehicleId);

private:
    QPointer<LocalClient> m_local;
    QHash<QString, PolicyChange *> m_changes;
};

} // namespace idlefleet::app
