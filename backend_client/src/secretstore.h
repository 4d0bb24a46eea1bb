#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace idlefleet::client {

/// Where a client installation keeps its secrets (its vehicle private key, its refresh token):
/// the OS keychain through QtKeychain when one runs on the session bus right now, else a file in
/// `fallbackFolder` that only the user can read (0600). A keychain that is not running is never
/// waited for: a headless machine uses the file at once.
class SecretStore
{
public:
    /// `service` names the application in the keychain; `account` tells installations apart
    /// (an idlefleetctl home's path).
    SecretStore(QString service, QString account, QString fallbackFolder);

    /// True when a Secret Service (GNOME Keyring, KWallet, KeePassXC) is on the session bus.
    static bool keychainRunning();
    bool usesKeychain() const { return m_keychain; }

    /// The secret, or nullopt when there is none (or it could not be read: `error` says why).
    std::optional<QByteArray> read(const QString &name, QString *error) const;
    bool write(const QString &name, const QByteArray &secret, QString *error);
    bool remove(const QString &name);

    /// Where a secret lives when no keychain runs.
    QString fallbackPath(const QString &name) const;

private:
    QString m_service;
    QString m_account;
    QString m_folder;
    bool m_keychain;
};

} // namespace idlefleet::client
