#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace idlefleet::ctl {

/// What `idlefleetctl login` remembers in its home, in a file only the user can read:
/// the server, its pin and the refresh token (never the password, never an access token).
struct StoredSession
{
    QUrl server;
    QString pin;
    QString email;
    QByteArray refreshToken;
};

/// The home of this idlefleetctl: $IDLEFLEETCTL_HOME, else ~/.config/idlefleetctl.
QString ctlHome();
bool loadSession(StoredSession *session);
bool saveSession(const StoredSession &session, QString *error);
void removeSession();

/// The password from $IDLEFLEET_PASSWORD, else asked on the terminal without echo. Empty with
/// `error` set when neither is possible.
QString readPassword(const QString &email, QString *error);

} // namespace idlefleet::ctl
