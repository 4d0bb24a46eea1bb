#include "reportwriter.h"

#include "store.h"

#include <QLoggingCategory>
#include <memory>

namespace idlefleet::backend {
namespace {

Q_LOGGING_CATEGORY(lcReports, "idlefleetd.reports")

/// The writing thread's own connection, opened at its first group.
Store *writerStore(const DatabaseUrl &url)
{
    thread_local std::unique_ptr<Store> store;
    if (store)
        return store.get();
    auto opened = std::make_unique<Store>();
    QString error;
    if (!opened->openWriter(url, &error)) {
        qCWarning(lcReports, "%s", qPrintable(error));
        return nullptr;
    }
    store = std::move(opened);
    return store.get();
}

} // namespace

ReportWriter::ReportWriter(const DatabaseUrl &url, const QString &origin, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_origin(origin)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1);
    m_thread.setObjectName(QStringLiteral("reports"));
}

ReportWriter::~ReportWriter()
{
    // A group under way is committed; its answers are dropped with this object.
    m_thread.waitForDone();
}

bool ReportWriter::keep(const ReportRecord &report, std::function<void(bool)> done)
{
    if (int(m_waiting.size()) >= MaxWaiting)
        return false;
    qint64 &newest = m_pendingObserved[report.vehicleId];
    newest = std::max(newest, report.observedMs);
    m_waiting.push_back({report, std::move(done)});
    if (!m_writing)
        writeNext();
    return true;
}

qint64 ReportWriter::pendingObservedMs(const QString &vehicleId) const
{
    return m_pendingObserved.value(vehicleId);
}

void ReportWriter::writeNext()
{
    if (m_waiting.empty()) {
        m_writing = false;
        m_pendingObserved.clear();
        return;
    }
    m_writing = true;
    auto group = std::make_shared<std::vector<Waiting>>(std::exchange(m_waiting, {}));
    std::vector<ReportRecord> reports;
    reports.reserve(group->size());
    for (const Waiting &waiting : *group)
        reports.push_back(waiting.report);
    m_thread.start([this, url = m_url, origin = m_origin, reports = std::move(reports),
                    group]() mutable {
        Store *store = writerStore(url);
        QString error;
        const bool kept = store && store->devices().saveReports(reports, origin, &error);
        if (store && !kept)
            qCWarning(lcReports, "cannot keep %zu reports: %s", reports.size(), qPrintable(error));
        reports.clear();
        QMetaObject::invokeMethod(
            this,
            [this, group = std::move(group), kept] {
                for (Waiting &waiting : *group)
                    waiting.done(kept);
                // What waits now came while this group was written: the next group.
                QHash<QString, qint64> stillWaiting;
                for (const Waiting &waiting : m_waiting) {
                    qint64 &newest = stillWaiting[waiting.report.vehicleId];
                    newest = std::max(newest, waiting.report.observedMs);
                }
                m_pendingObserved = std::move(stillWaiting);
                writeNext();
            },
            Qt::QueuedConnection);
    });
}

} // namespace idlefleet::backend
