#pragma once

#include "idlefleet/v1/policy.pb.h"
#include "localclient.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace idlefleet::app {

/// One policy change on its way to the car through this computer's outbox: queued, signed and
/// sent, then confirmed with the car's version, refused for a conflict, or rejected with the
/// car's reason. Follows LocalClient::entryChanged.
class PolicyChange : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PolicyEditor")
    Q_PROPERTY(State state READ state NOTIFY changed)
    /// What happened, for a person (translated), with the car's reason when it gave one.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /// The car's code of a rejection (`unknown_key`, `invalid_policy`, ...).
    Q_PROPERTY(QString resultCode READ resultCode NOTIFY changed)
    /// The version the car confirmed (Confirmed) or runs (Conflict).
    Q_PROPERTY(double confirmedVersion READ confirmedVersionNumber NOTIFY changed)
    /// Queued or sent, no answer yet.
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /// This computer must be paired with the car before it can change anything there.
    Q_PROPERTY(bool pairingNeeded READ pairingNeeded NOTIFY changed)
    /// The last delivery got no answer; it is tried again (translated reason).
    Q_PROPERTY(QString deliveryProblem READ deliveryProblem NOTIFY changed)
    /// What is on its way: a policy, a pause or a resume.
    Q_PROPERTY(Kind kind READ kind NOTIFY changed)

public:
    enum State
    {
        None,      ///< nothing applied from this editor yet
        Pending,   ///< written to the outbox, not yet signed
        Sent,      ///< signed and sent, waiting for the car
        Confirmed, ///< the car runs it: confirmedVersion
        Conflict,  ///< the car's policy changed since the version it was made from
        Rejected,  ///< refused: message, resultCode
        Failed,    ///< could not even be queued (no outbox)
    };
    Q_ENUM(State)

    enum Kind
    {
        PolicyKind, ///< a whole policy (the editor)
        PauseKind,  ///< a pause until an instant
        ResumeKind, ///< the end of a pause
    };
    Q_ENUM(Kind)

    explicit PolicyChange(QObject *parent = nullptr);

    void setLocalClient(LocalClient *local);
    LocalClient *localClient() const { return m_local; }

    /// Queues `policy` for `vehicleId` made from `baseVersion`; false (with the state saying
    /// why) when it could not.
    bool queue(const QString &vehicleId, const v1::Policy &policy, qint64 baseVersion);
    /// Queues a pause of `vehicleId` until `pausedUntil` (UTC seconds; 0 resumes it).
    bool queuePause(const QString &vehicleId, qint64 pausedUntil);
    /// Forgets the change shown (another car, or the person chose the car's policy).
    void reset();
    /// The message again, in the language now in use.
    void retranslate();
    /// Whether this computer's key is paired with the car, as a key list said.
    void setPaired(bool paired);

    State state() const { return m_state; }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString resultCode() const { return m_resultCode; }
    qint64 confirmedVersion() const { return m_confirmedVersion; }
    double confirmedVersionNumber() const { return double(m_confirmedVersion); }
    bool busy() const { return m_state == Pending || m_state == Sent; }
    bool pairingNeeded() const { return m_pairingNeeded; }
    QString deliveryProblem() const { return m_deliveryProblem; }
    qint64 entryId() const { return m_entryId; }

    /// The car's codes that mean "this key is not one of mine".
    static bool isPairingCode(const QString &code);

Q_SIGNALS:
    void changed();
    /// The car runs `policy` at `version`.
    void confirmed(qint64 version, const idlefleet::v1::Policy &policy);
    /// The car's policy is at `version` with `current`; nothing was changed.
    void conflicted(qint64 version, const idlefleet::v1::Policy &current);

private:
    void onEntryChanged(qint64 id);
    void onDeliveryFailed(qint64 id, const QString &reason);
    void set(State state, const QString &message);
    /// Queues what `enqueue` writes to the outbox (its entry id, 0 when it could not).
    bool queueEntry(Kind kind, const std::function<qint64()> &enqueue);

    QPointer<LocalClient> m_local;
    qint64 m_entryId = 0;
    State m_state = None;
    Kind m_kind = PolicyKind;
    QString m_message;
    QString m_resultCode;
    QString m_deliveryProblem;
    qint64 m_confirmedVersion = 0;
    bool m_pairingNeeded = false;
    bool m_keyUnpaired = false;
};

} // namespace idlefleet::app
