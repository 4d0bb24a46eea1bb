// AppState: an account of one's own on a real fleet backend, beside demo mode.

#include "applogging.h"
#include "appsettings.h"
#include "appstate.h"
#include "demobackend.h"
#include "fleetclient.h"
#include "livestreamclient.h"
#include "localclient.h"
#include "secretstore.h"

#include <QDir>
#include <QStandardPaths>

namespace idlefleet::app {
namespace {

const QString ServerKey = QStringLiteral("account/server");
const QString PinKey = QStringLiteral("account/pin");
const QString EmailKey = QStringLiteral("account/email");
const QString RefreshTokenName = QStringLiteral("refresh-token");

client::SecretStore accountSecrets()
{
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("client"));
    QDir().mkpath(folder);
    return client::SecretStore(QStringLiteral("idlefleet"), QStringLiteral("app-account"), folder);
}

bool isPin(const QString &pin)
{
    return pin.size() == 44 && QByteArray::fromBase64(pin.toLatin1()).size() == 32;
}

} // namespace

bool AppState::hasStoredAccount()
{
    return AppSettings().contains(ServerKey);
}

void AppState::saveSession()
{
    // Refresh tokens are one-time: each refresh's new one replaces the last, so a restart
    // resumes the session without the password.
    if (m_demoMode || !m_client->signedIn())
        return;
    QString error;
    if (!accountSecrets().write(RefreshTokenName, m_client->session().refreshToken, &error))
        qCWarning(lcApp, "cannot keep the session: %s", qPrintable(error));
}

void AppState::restoreSession()
{
    const AppSettings settings;
    QString error;
    const auto token = accountSecrets().read(RefreshTokenName, &error);
    if (!token || token->isEmpty()) {
        setPhase(Failed, {},
                 error.isEmpty() ? tr("Your session on %1 has ended. Sign in again, or use demo "
                                      "mode.")
                                       .arg(settings.value(ServerKey).toString())
                                 : error);
        return;
    }
    m_client->setEndpoint(QUrl(settings.value(ServerKey).toString()),
                          {settings.value(PinKey).toString()});
    Q_EMIT serverUrlChanged();
    client::Session session;
    session.refreshToken = *token;
    session.account.email = settings.value(EmailKey).toString();
    m_client->setSession(session);
    setPhase(Connecting, tr("Signing in to %1…").arg(m_client->baseUrl().host()));
    m_client->refreshSession(this, [this](bool refreshed) {
        if (!refreshed && m_client->signedIn()) {
            // The network is down, the session is not: show what was kept, marked stale, and
            // let the regular refresh bring it back to life.
            openLocalClient();
            const QString why = tr("The fleet backend at %1 cannot be reached.")
                                    .arg(m_client->baseUrl().toString());
            if (showStoredVehicles(why))
                return;
        }
        if (!refreshed) {
            setPhase(Failed, {},
                     m_client->signedIn()
                         ? tr("The fleet backend at %1 cannot be reached. Your cars show again "
                              "once it answers.")
                               .arg(m_client->baseUrl().toString())
                         : tr("Your session has ended. Sign in again, or use demo mode."));
            return;
        }
        // Where the backend's world stands ("now" for the cars), and that it speaks our API.
        auto *info = m_client->fetchServerInfo(this);
        connect(info, &client::FleetJob::finished, info, &QObject::deleteLater);
        auto *account = m_client->fetchAccount(this);
        connect(account, &client::FleetJob::finished, this, [this, account] {
            account->deleteLater();
            if (account->error() == client::FleetJob::NoError) {
                client::Session known = m_client->session();
                known.account.displayName =
                    QString::fromStdString(account->result().account().display_name());
                known.account.role = account->result().account().role();
                m_client->setSession(known);
            }
            enterAccount(false);
        });
    });
}

void AppState::signIn(const QString &server, const QString &pin, const QString &email,
                      const QString &password)
{
    const QUrl url = QUrl::fromUserInput(server.trimmed());
    auto refuse = [this](const QString &why) {
        m_signInBusy = false;
        m_signInError = why;
        Q_EMIT signInChanged();
    };
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return refuse(tr("The server must be an https:// address, such as "
                         "https://fleet.example.com."));
    if (!isPin(pin.trimmed()))
        return refuse(tr("The pin is the 44-character fingerprint your fleet operator gave you "
                         "(base64 of SHA-256)."));
    if (!email.contains(QLatin1Char('@')))
        return refuse(tr("Type the e-mail address of your account."));
    if (password.isEmpty())
        return refuse(tr("Type your password."));
    m_signInBusy = true;
    m_signInError.clear();
    Q_EMIT signInChanged();
    // A client of its own, so that demo mode goes on working until the sign-in succeeds.
    auto *candidate = new client::FleetClient(this);
    candidate->setEndpoint(url, {pin.trimmed()});
    auto *info = candidate->fetchServerInfo(candidate);
    connect(info, &client::FleetJob::finished, this,
            [this, candidate, info, email, password, refuse, url, pin] {
                if (info->error() != client::FleetJob::NoError) {
                    candidate->deleteLater();
                    return refuse(info->errorString());
                }
                auto *login = candidate->login(email.trimmed(), password, candidate);
                connect(login, &client::FleetJob::finished, this,
                        [this, candidate, login, refuse, url, pin, email] {
                            candidate->deleteLater();
                            if (login->error() != client::FleetJob::NoError)
                                return refuse(login->error() == client::FleetJob::NotSignedIn
                                                  ? tr("The e-mail address or the password is "
                                                       "not right.")
                                                  : login->errorString());
                            AppSettings settings;
                            settings.setValue(ServerKey, url.toString());
                            settings.setValue(PinKey, pin.trimmed());
                            settings.setValue(EmailKey, email.trimmed());
                            m_signInBusy = false;
                            Q_EMIT signInChanged();
                            m_backend->stop();
                            m_client->setEndpoint(url, {pin.trimmed()});
                            m_client->setSession(candidate->session());
                            m_demoMode = false;
                            saveSession();
                            Q_EMIT serverUrlChanged();
                            enterAccount(false);
                        });
            });
}

void AppState::signOut()
{
    if (!m_demoMode) {
        auto *job = m_client->logout(this);
        connect(job, &client::FleetJob::finished, job, &QObject::deleteLater);
    }
    AppSettings settings;
    settings.remove(ServerKey);
    settings.remove(PinKey);
    settings.remove(EmailKey);
    accountSecrets().remove(RefreshTokenName);
    m_client->setSession({});
    m_demoMode = true;
    enterAccount(true);
    start();
}

void AppState::enterAccount(bool demo)
{
    // Each backend has its own outbox: what was queued for one never goes to the other.
    m_demoMode = demo;
    m_stream->stop();
    m_streaming = false;
    m_local->deleteLater();
    m_local = new LocalClient(m_client, this);
    m_vehicles.setVehicles({}, {});
    setSelectedVehicleId({});
    Q_EMIT localClientChanged();
    Q_EMIT accountChanged();
    if (demo)
        return;
    setPhase(Connecting, tr("Loading your cars…"));
    openLocalClient();
    refresh();
}

} // namespace idlefleet::app
