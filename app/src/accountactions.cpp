#include "accountactions.h"

#include "appstate.h"
#include "fleetclient.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <google/protobuf/util/json_util.h>

namespace idlefleet::app {

using client::FleetJob;

AccountActions::AccountActions(QObject *parent)
    : QObject(parent)
{}

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
    m_busy = true;
    m_message = tr("Collecting your data…");
    m_errorMessage.clear();
    Q_EMIT changed();
    auto *job = AppState::instance()->fleetClient()->exportMyData(this);
    connect(job, &FleetJob::finished, this, [this, job, path] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError)
            return finish({}, tr("The export failed: %1").arg(job->errorString()));
        // Printing and writing a large export happens off the window's thread.
        auto export_ = std::make_shared<v1::DataExport>(job->result());
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, export_, path] {
            watcher->deleteLater();
            const QString error = watcher->result();
            if (!error.isEmpty())
                return finish({}, error);
            int sessions = 0;
            for (const auto &vehicle : export_->vehicles())
                sessions += vehicle.sessions_size();
            finish(tr("Saved your account, %n car(s) and their contributions to %1.", "",
                      export_->vehicles_size())
                       .arg(path),
                   {});
        });
        watcher->setFuture(QtConcurrent::run([export_, path]() -> QString {
            google::protobuf::util::JsonPrintOptions options;
            options.add_whitespace = true;
            std::string json;
            google::protobuf::util::MessageToJsonString(*export_, &json, options);
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) ||
                !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
                out.write(json.data(), qint64(json.size())) < 0 || !out.commit())
                return AccountActions::tr("Cannot write %1: %2").arg(path, out.errorString());
            return {};
        }));
    });
}

void AccountActions::deleteAccount(const QString &password)
{
    if (password.isEmpty())
        return finish({}, tr("Type your password to confirm."));
    m_busy = true;
    m_message = tr("Deleting your account…");
    m_errorMessage.clear();
    Q_EMIT changed();
    auto *job = AppState::instance()->fleetClient()->deleteAccount(password, this);
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
