#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace idlefleet::client {
class SecretStore;
}

namespace idlefleet::ctl {

/// What `idlefleetctl login` remembers in its home, in a file only the user can read:
/// the server, its pin and the refresh token (never the password, never an access token). The
/// refresh token goes to the OS keychain instead when one runs.
struct StoredSession
{
    QUrl server;
    QString pin;
    QString email;
    QByteArray refreshToken;
};

/// The home of this idlefleetctl: $IDLEFLEETCTL_HOME, else ~/.config/idlefleetctl.
QString ctlHome();
/// This home's secrets: the keychain when one runs, else 0600 files in the home.
client::SecretStore homeSecrets();
bool loadSession(StoredSession *session);
bool saveSession(const StoredSession &session, QString *error);
void removeSession();

/// The password from $IDLEFLEET_PASSWORD, else asked on the terminal without echo. Empty with
/// `error` set when neither is possible.
QString readPassword(const QString &email, QString *error);

} // namespace idlefleet::ctl
