#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace idlefleet {
class LocalStore;
}

namespace idlefleet::client {

class FleetClient;

/// The support bundle of one car: a single JSON file a support engineer attaches to a ticket:
/// versions, the car's diagnostics, its policy and policy history, the event timeline, the
/// eligibility trace now and the client's recent errors. Location, names, e-mail addresses,
/// tokens and keys are removed before it is written (see redact()).
///
/// Gathers everything in parallel through FleetClient; progress() tells how far it is.
class SupportBundle : public QObject
{
    Q_OBJECT
public:
    explicit SupportBundle(FleetClient *client, QObject *parent = nullptr);

    /// Starts gathering the bundle of `vehicleId` over the last `days` days (1..31).
    void start(const QString &vehicleId, int days = 7);
    /// This client's own records to add (its queued changes for the car, its recent errors).
    void setLocalRecords(const QJsonArray &changes, const QJsonArray &errors);
    /// The same, read from this client's outbox: every change for the car, and those that went
    /// wrong or wait with a problem.
    void setLocalRecords(const LocalStore &store, const QString &vehicleId);

    bool isFinished() const { return m_pending == 0 && m_started; }
    /// Empty when the bundle was made; else why not (no access to the car, the backend down).
    QString errorString() const { return m_error; }
    /// Why not, as a job's error (NotAllowed: no grant for the car).
    int errorKind() const { return m_errorKind; }
    /// The redacted bundle, indented JSON.
    QByteArray document() const;

    /// What redact() removes, for a bundle: the strings known to be personal.
    struct Redactions
    {
        QStringList names;   ///< people's and cars' names
        QStringList places;  ///< groups and depots
        QStringList keyIds;  ///< replaced by key-1, key-2... in order of appearance
        QStringList secrets; ///< tokens and anything else that must never appear
    };
    /// Replaces, in every string of `value` (keys included), the listed strings, e-mail
    /// addresses, and long runs that look like tokens or keys.
    static QJsonValue redact(const QJsonValue &value, const Redactions &redactions);

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    /// Asks for everything but the server's information, up to the world's `now`.
    void gather(const QString &vehicleId, int days, const QDateTime &now);
    void stepDone();
    void fail(int kind, const QString &message);

    FleetClient *m_client;
    QString m_vehicleId;
    QJsonObject m_bundle;
    Redactions m_redactions;
    QString m_error;
    int m_errorKind = 0;
    int m_pending = 0;
    int m_total = 0;
    bool m_started = false;
};

} // namespace idlefleet::client
