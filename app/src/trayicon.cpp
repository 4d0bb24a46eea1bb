#include "trayicon.h"

#include "appsettings.h"
#include "appstate.h"
#include "earningsformat.h"
#include "fleetclient.h"
#include "pauseactions.h"
#include "preferences.h"
#include "reasons.h"
#include "worldtime.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDate>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace idlefleet::app {
namespace {

constexpr int QuickPauseHours = 2;
const char *const NotableReasons[] = {"below_min_soc", "chip_too_hot"};

QStringList reasonsOf(VehicleListModel *vehicles, int row)
{
    QStringList codes;
    for (const QVariant &item :
         vehicles->data(vehicles->index(row), VehicleListModel::ReasonItemsRole).toList())
        codes.append(item.toMap().value(QStringLiteral("code")).toString());
    return codes;
}

} // namespace

TrayIcon::TrayIcon(AppState *state, Preferences *preferences, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_preferences(preferences)
{
    VehicleListModel *vehicles = state->vehicles();
    connect(vehicles, &QAbstractItemModel::dataChanged, this, &TrayIcon::vehiclesChanged);
    connect(vehicles, &QAbstractItemModel::modelReset, this, &TrayIcon::vehiclesChanged);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = std::make_unique<QMenu>();
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    auto rebuild = [this] {
        m_menu->clear();
        m_menu->addAction(tr("Open Idlefleet"), this, &TrayIcon::showWindowRequested);
        m_menu->addSeparator();
        m_menu->addAction(tr("Pause every car for %n hour(s)", "", QuickPauseHours), this, [this] {
            VehicleListModel *cars = m_state->vehicles();
            for (int row = 0; row < cars->rowCount(); ++row)
                m_state->pauses()->pause(
                    cars->data(cars->index(row), VehicleListModel::IdRole).toString(),
                    QuickPauseHours);
        });
        m_menu->addAction(tr("Resume every car"), this, [this] {
            VehicleListModel *cars = m_state->vehicles();
            for (int row = 0; row < cars->rowCount(); ++row)
                m_state->pauses()->resume(
                    cars->data(cars->index(row), VehicleListModel::IdRole).toString());
        });
        m_menu->addSeparator();
        m_menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    };
    rebuild();
    connect(preferences, &Preferences::languageChanged, this, rebuild);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(tr("Idlefleet"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            Q_EMIT showWindowRequested();
    });
    m_tray->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::vehiclesChanged()
{
    VehicleListModel *vehicles = m_state->vehicles();
    int contributing = 0;
    for (int row = 0; row < vehicles->rowCount(); ++row) {
        const QModelIndex index = vehicles->index(row);
        const QString id = vehicles->data(index, VehicleListModel::IdRole).toString();
        const QString name = vehicles->data(index, VehicleListModel::NameRole).toString();
        if (vehicles->data(index, VehicleListModel::ContributingRole).toBool())
            ++contributing;
        const QStringList reasons = reasonsOf(vehicles, row);
        const auto previous = m_lastReasons.constFind(id);
        if (previous != m_lastReasons.constEnd()) {
            for (const char *code : NotableReasons) {
                const QString reason = QLatin1String(code);
                if (reasons.contains(reason) && !previous->contains(reason))
                    notify(tr("%1 stopped contributing").arg(name),
                           Reasons::sentence(reason,
                                             Reasons::audienceFor(
                                                 m_state->fleetClient()->session().account.role)));
            }
        }
        m_lastReasons.insert(id, reasons);
    }
    if (m_tray)
        m_tray->setToolTip(tr("Idlefleet: %L1 of %Ln car(s) contributing", "", vehicles->rowCount())
                               .arg(contributing));
    checkStatementMonth();
}

void TrayIcon::checkStatementMonth()
{
    // A new month closes the last one's statement; say so once per month.
    AppSettings settings;
    const QDate today = WorldTime::now().date();
    const QString month = today.toString(QStringLiteral("yyyy-MM"));
    const QString seen = settings.value(QStringLiteral("statementMonth")).toString();
    if (seen == month)
        return;
    settings.setValue(QStringLiteral("statementMonth"), month);
    if (seen.isEmpty())
        return;
    const QDate last = today.addMonths(-1);
    notify(tr("Your statement is ready"),
           tr("The statement for %1 can be exported under Energy and earnings.")
               .arg(earnings::monthYearLong(last, QLocale())));
}

void TrayIcon::tellStillRunning()
{
    const QString title = tr("Idlefleet is still running");
    const QString body = tr("Your cars go on following their rules. Open Idlefleet or quit it "
                            "from its icon in the tray.");
    // Said even when other notifications are off: it is the answer to what the person just did.
    if (m_tray)
        m_tray->showMessage(title, body, QSystemTrayIcon::Information, 8000);
}

void TrayIcon::notify(const QString &title, const QString &body)
{
    if (!m_preferences->notificationsEnabled())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString service = QStringLiteral("org.freedesktop.Notifications");
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(service)) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            service, QStringLiteral("/org/freedesktop/Notifications"), service,
            QStringLiteral("Notify"));
        // The icon and the desktop entry as installed (installer/CMakeLists.txt).
        const QString appId = QStringLiteral("org.idlefleet.Idlefleet");
        QVariantMap hints;
        hints.insert(QStringLiteral("desktop-entry"), appId);
        call << QStringLiteral("Idlefleet") << 0u << appId << title << body << QStringList()
             << hints << -1;
        bus.call(call, QDBus::NoBlock);
        return;
    }
    if (m_tray)
        m_tray->showMessage(title, body);
}

} // namespace idlefleet::app
