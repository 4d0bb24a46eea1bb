#include "ctlsession.h"

#include "passwordprompt.h"
#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace idlefleet::ctl {
namespace {

QString sessionPath()
{
    return QDir(ctlHome()).filePath(QStringLiteral("session.json"));
}

} // namespace

QString ctlHome()
{
    const QString fromEnvironment = qEnvironmentVariable("IDLEFLEETCTL_HOME");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("idlefleetctl"));
}

client::SecretStore homeSecrets()
{
    return client::SecretStore(QStringLiteral("idlefleetctl"), QDir(ctlHome()).absolutePath(),
                               ctlHome());
}

bool loadSession(StoredSession *session)
{
    QFile file(sessionPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject object = QJsonDocument::fromJson(file.read(65536)).object();
    session->server = QUrl(object.value(QStringLiteral("server")).toString());
    session->pin = object.value(QStringLiteral("pin")).toString();
    session->email = object.value(QStringLiteral("email")).toString();
    session->refreshToken = object.value(QStringLiteral("refreshToken")).toString().toLatin1();
    if (session->refreshToken.isEmpty()) {
        QString ignored;
        session->refreshToken =
            homeSecrets().read(QStringLiteral("refresh-token"), &ignored).value_or(QByteArray());
    }
    return session->server.isValid() && !session->pin.isEmpty() && !session->refreshToken.isEmpty();
}

bool saveSession(const StoredSession &session, QString *error)
{
    if (!QDir().mkpath(ctlHome())) {
        *error = QStringLiteral("cannot create %1").arg(ctlHome());
        return false;
    }
    QFile::setPermissions(ctlHome(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QJsonObject object{{QStringLiteral("server"), session.server.toString()},
                       {QStringLiteral("pin"), session.pin},
                       {QStringLiteral("email"), session.email}};
    client::SecretStore secrets = homeSecrets();
    if (secrets.usesKeychain()) {
        if (!secrets.write(QStringLiteral("refresh-token"), session.refreshToken, error))
            return false;
    } else {
        object.insert(QStringLiteral("refreshToken"), QString::fromLatin1(session.refreshToken));
    }
    QSaveFile file(sessionPath());
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(sessionPath(), file.errorString());
        return false;
    }
    return true;
}

void removeSession()
{
    QFile::remove(sessionPath());
    homeSecrets().remove(QStringLiteral("refresh-token"));
}

QString readPassword(const QString &email, QString *error)
{
    return idlefleet::readPassword(QStringLiteral("Password for %1: ").arg(email), error);
}

} // namespace idlefleet::ctl
