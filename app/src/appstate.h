#pragma once

#include "vehiclelistmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace idlefleet::client {
class FleetClient;
class ListVehiclesJob;
} // namespace idlefleet::client

namespace idlefleet::app {

class DemoBackend;

/// What the whole app is doing: which backend it talks to, whether it is ready, and the
/// models the pages show. One instance, owned by main().
class AppState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY phaseChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY phaseChanged)
    Q_PROPERTY(bool demoMode READ demoMode CONSTANT)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString accountName READ accountName NOTIFY accountChanged)
    Q_PROPERTY(idlefleet::app::VehicleListModel *vehicles READ vehicles CONSTANT)

public:
    enum Phase
    {
        Starting,   ///< starting or finding the demo backend
        Connecting, ///< checking the backend's API version and loading the first data
        Ready,      ///< data is shown and kept fresh
        Failed,     ///< nothing to show; errorMessage says why
    };
    Q_ENUM(Phase)

    /// `demoAccount` is owner, fleet or support: whom demo mode signs in as.
    AppState(bool demoMode, const QString &demoDataDir,
             const QString &demoAccount = QStringLiteral("owner"), QObject *parent = nullptr);
    ~AppState() override;

    static AppState *create(QQmlEngine *, QJSEngine *);

    /// The pages the app has, in the order of its navigation.
    static QStringList pageNames();

    void start();

    Phase phase() const { return m_phase; }
    QString statusMessage() const { return m_statusMessage; }
    QString errorMessage() const { return m_errorMessage; }
    bool demoMode() const { return m_demoMode; }
    QString serverUrl() const;
    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark);
    QString currentPage() const { return m_currentPage; }
    void setCurrentPage(const QString &page);
    QString version() const;
    QString accountName() const;
    VehicleListModel *vehicles() { return &m_vehicles; }

    Q_INVOKABLE void retry();
    Q_INVOKABLE void refresh();

    static constexpr int RefreshIntervalMs = 5000;

Q_SIGNALS:
    void phaseChanged();
    void serverUrlChanged();
    void darkThemeChanged();
    void currentPageChanged();
    void accountChanged();

private:
    void setPhase(Phase phase, const QString &statusMessage, const QString &errorMessage = {});
    void onBackendReady();
    void checkServer(bool mayLaunch);
    void signInToDemo();

    struct DemoAccount
    {
        QString email;
        QString password;
    };
    static DemoAccount demoAccount(const QString &which);

    bool m_demoMode;
    QString m_demoAccount;
    DemoBackend *m_backend;
    client::FleetClient *m_client;
    VehicleListModel m_vehicles;
    QTimer m_refreshTimer;
    QPointer<client::ListVehiclesJob> m_pendingList;
    Phase m_phase = Starting;
    QString m_statusMessage;
    QString m_errorMessage;
    bool m_darkTheme = false;
    QString m_currentPage = QStringLiteral("Dashboard");
};

} // namespace idlefleet::app
