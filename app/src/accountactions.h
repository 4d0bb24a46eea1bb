#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::app {

/// The owner's data rights from Settings: a copy of everything the backend keeps about them,
/// and deleting the account. Progress and the outcome are properties the page shows inline.
class AccountActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    /// How far a running export got, 0 to 1 (0 too until the backend says how much follows).
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY changed)

public:
    explicit AccountActions(QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    QString errorMessage() const { return m_errorMessage; }
    double progress() const { return m_progress; }
    bool exporting() const { return m_export != nullptr; }

    /// Writes the export as JSON to `file` (readable by the user alone) as it arrives; the file
    /// appears only once complete.
    Q_INVOKABLE void exportMyData(const QUrl &file);
    /// Stops a running export; no file is left.
    Q_INVOKABLE void cancelExport();
    /// Deletes the account after checking the password again; the app then signs out.
    Q_INVOKABLE void deleteAccount(const QString &password);

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

Q_SIGNALS:
    void clientChanged();
    void changed();
    void progressChanged();
    void accountDeleted();

private:
    void finish(const QString &message, const QString &error);

    QPointer<client::FleetClient> m_client;
    bool m_busy = false;
    double m_progress = 0;
    QObject *m_export = nullptr; ///< the running export's job
    QString m_message;
    QString m_errorMessage;
};

} // namespace idlefleet::app
