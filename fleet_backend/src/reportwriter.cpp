#include "reportwriter.h"

#include "store.h"

#include <QLoggingCategory>
#include <memory>

namespace idlefleet::backend {
namespace {

Q_LOGGING_CATEGORY(lcReports, "idlefleetd.reports")

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

bool ReportWriter::keep(const IncomingReport &report,
                        std::function<void(const ReportOutcome &)> done)
{
    if (int(m_waiting.size()) >= MaxWaiting)
        return false;
    m_waiting.push_back({report, std::move(done)});
    if (!m_writing)
        writeNext();
    return true;
}

void ReportWriter::writeNext()
{
    if (m_waiting.empty()) {
        m_writing = false;
        return;
    }
    m_writing = true;
    auto group = std::make_shared<std::vector<Waiting>>(std::exchange(m_waiting, {}));
    std::vector<IncomingReport> reports;
    reports.reserve(group->size());
    for (const Waiting &waiting : *group)
        reports.push_back(waiting.report);
    m_thread.start([this, url = m_url, origin = m_origin, reports = std::move(reports),
                    group]() mutable {
        QString error;
        Store *store = Store::forThisThread(url, Store::ThreadAccess::Write, {}, &error);
        auto outcomes = std::make_shared<std::vector<ReportOutcome>>();
        const bool kept =
            store && store->devices().saveReports(reports, origin, outcomes.get(), &error);
        if (!kept) {
            qCWarning(lcReports, "cannot keep %zu reports: %s", reports.size(), qPrintable(error));
            outcomes->assign(reports.size(), ReportOutcome{});
        }
        reports.clear();
        QMetaObject::invokeMethod(
            this,
            [this, group = std::move(group), outcomes = std::move(outcomes)] {
                for (std::size_t i = 0; i < group->size(); ++i)
                    (*group)[i].done((*outcomes)[i]);
                // What waits now came while this group was written: the next group.
                writeNext();
            },
            Qt::QueuedConnection);
    });
}

} // namespace idlefleet::backend
