#include "accountactions.h"

#include "fleetclient.h"

namespace idlefleet::app {

using client::FleetJob;

AccountActions::AccountActions(QObject *parent)
    : QObject(parent)
{}

client::FleetClient *AccountActions::client() const
{
    return m_client;
}

void AccountActions::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
}

void AccountActions::finish(const QString &message, const QString &error)
{
    m_busy = false;
    m_message = message;
    m_errorMessage = error;
    Q_EMIT changed();
}

void AccountActions::exportMyData(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return finish({}, tr("Choose a file to write the export to."));
    if (m_export)
        return;
    if (!m_client)
        return finish({}, tr("Not connected to the fleet backend."));
    m_busy = true;
    m_progress = 0;
    m_message = tr("Collecting your data…");
    m_errorMessage.clear();
    // Written part by part as it arrives: a year of minutes never sits in memory.
    auto *job = m_client->exportMyDataTo(path, this);
    m_export = job;
    connect(job, &client::ExportFileJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress = total > 0 ? double(done) / double(total) : 0;
        Q_EMIT progressChanged();
    });
    connect(job, &FleetJob::finished, this, [this, job, path] {
        job->deleteLater();
        m_export = nullptr;
        if (job->error() != FleetJob::NoError)
            return finish({}, tr("The export failed: %1").arg(job->errorString()));
        finish(
            tr("Saved your account, %Ln car(s) and their contributions to %1.", "", job->vehicles())
                .arg(path),
            {});
    });
    Q_EMIT changed();
    Q_EMIT progressChanged();
}

void AccountActions::cancelExport()
{
    if (!m_export)
        return;
    delete m_export; // the unfinished file goes with it
    m_export = nullptr;
    finish(tr("The export was stopped; no file was written."), {});
}

void AccountActions::deleteAccount(const QString &password)
{
    if (password.isEmpty())
        return finish({}, tr("Type your password to confirm."));
    if (!m_client)
        return finish({}, tr("Not connected to the fleet backend."));
    m_busy = true;
    m_message = tr("Deleting your account…");
    m_errorMessage.clear();
    Q_EMIT changed();
    auto *job = m_client->deleteAccount(password, this);
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() == FleetJob::NotAllowed || job->error() == FleetJob::NotSignedIn)
            return finish({}, tr("The password is not right; nothing was deleted."));
        if (job->error() != FleetJob::NoError)
            return finish({}, tr("The account could not be deleted: %1").arg(job->errorString()));
        finish(tr("Your account and everything kept about it are deleted."), {});
        Q_EMIT accountDeleted();
    });
}

} // namespace idlefleet::app
