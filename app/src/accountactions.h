#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::app {

/// The owner's data rights from Settings: a copy of everything the backend keeps about them,
/// and deleting the account. Progress and the outcome are properties the page shows inline.
class AccountActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    explicit AccountActions(QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    QString errorMessage() const { return m_errorMessage; }

    /// Writes the export as JSON to `file` (readable by the user alone).
    Q_INVOKABLE void exportMyData(const QUrl &file);
    /// Deletes the account after checking the password again; the app then signs out.
    Q_INVOKABLE void deleteAccount(const QString &password);

Q_SIGNALS:
    void changed();
    void accountDeleted();

private:
    void finish(const QString &message, const QString &error);

    bool m_busy = false;
    QString m_message;
    QString m_errorMessage;
};

} // namespace idlefleet::app
