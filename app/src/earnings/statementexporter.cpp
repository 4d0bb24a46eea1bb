#include "statementexporter.h"

#include "earningsformat.h"
#include "earningsrange.h"
#include "preferences.h"
#include "statementfetch.h"
#include "worldtime.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <memory>

namespace idlefleet::app {

StatementExporter::StatementExporter(QObject *parent)
    : QObject(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this,
                &StatementExporter::monthsChanged);
}

StatementExporter::~StatementExporter() = default;

client::FleetClient *StatementExporter::client() const
{
    return m_client;
}

void StatementExporter::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
}

void StatementExporter::setRange(EarningsRange *range)
{
    if (m_range == range)
        return;
    if (m_range)
        disconnect(m_range, nullptr, this, nullptr);
    m_range = range;
    if (m_range)
        connect(m_range, &EarningsRange::vehicleChanged, this, &StatementExporter::monthsChanged);
    Q_EMIT rangeChanged();
    Q_EMIT monthsChanged();
}

void StatementExporter::setAccount(const QString &account)
{
    if (m_account == account)
        return;
    m_account = account;
    Q_EMIT accountChanged();
}

QDate StatementExporter::month() const
{
    const QDate today = m_range ? m_range->today() : WorldTime::now().date();
    return QDate(today.year(), today.month(), 1).addMonths(-m_monthIndex);
}

QStringList StatementExporter::monthNames() const
{
    const QDate today = m_range ? m_range->today() : WorldTime::now().date();
    const QDate first(today.year(), today.month(), 1);
    const QLocale locale;
    QStringList names;
    for (int i = 0; i < 12; ++i) {
        const QDate month = first.addMonths(-i);
        // A list item starts with a capital, as "Ноябрь 2026" does in Russian.
        const QString name = earnings::monthYearLong(month, locale);
        names.append(locale.toUpper(name.left(1)) + name.mid(1));
    }
    return names;
}

void StatementExporter::setMonthIndex(int index)
{
    index = std::clamp(index, 0, 11);
    if (m_monthIndex == index)
        return;
    m_monthIndex = index;
    Q_EMIT monthsChanged();
}

QString StatementExporter::suggestedFileName(Format format) const
{
    QString car = m_range ? m_range->vehicleName() : QString();
    car.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    return QStringLiteral("idlefleet-statement-%1%2.%3")
        .arg(car.isEmpty() ? QString() : car + QLatin1Char('-'),
             month().toString(QStringLiteral("yyyy-MM")),
             format == Pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
}

void StatementExporter::exportTo(const QUrl &file, Format format)
{
    if (m_busy)
        return;
    if (!m_range || !m_range->ready()) {
        finish(tr("The car's details have not loaded yet; try again in a moment."), {});
        return;
    }
    if (!m_client) {
        finish(tr("Not connected to the fleet backend."), {});
        return;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_busy = true;
    m_errorMessage.clear();
    m_statusMessage = tr("Fetching the month's earnings…");
    Q_EMIT stateChanged();

    const QDate first = month();
    const QDate last = std::min(first.addMonths(1).addDays(-1), m_range->today());
    delete m_fetch;
    m_fetch = new earnings::StatementFetch(
        m_client,
        {m_range->vehicleId(), m_range->vehicleName(), m_range->timeZone(), m_account, first, last},
        this);
    connect(m_fetch, &earnings::StatementFetch::finished, this, [this, path, format] {
        earnings::StatementFetch *fetch = m_fetch;
        m_fetch = nullptr;
        fetch->deleteLater();
        if (fetch->failed())
            return finish(fetch->errorString(), {});
        m_statement = fetch->statement();
        write(path, format);
    });
    m_fetch->start();
}

void StatementExporter::write(const QString &path, Format format)
{
    m_statusMessage = format == Pdf ? tr("Drawing the PDF…") : tr("Writing the CSV…");
    Q_EMIT stateChanged();
    struct Outcome
    {
        QString error;
        qint64 ms = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    const earnings::Statement statement = m_statement;
    const QLocale locale;
    QThread *worker = QThread::create([statement, path, format, locale, outcome] {
        QElapsedTimer timer;
        timer.start();
        if (format == Pdf) {
            outcome->error = earnings::writeStatementPdf(statement, path, locale).error;
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(earnings::statementCsv(statement)) < 0 || !file.commit())
                outcome->error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        outcome->ms = timer.elapsed();
    });
    connect(worker, &QThread::finished, this, [this, worker, outcome, path] {
        worker->deleteLater();
        m_lastWriteMs = outcome->ms;
        if (outcome->error.isEmpty())
            m_lastFile = QUrl::fromLocalFile(path);
        finish(outcome->error,
               tr("Saved %1 (%2 ms).")
                   .arg(QFileInfo(path).fileName(), QLocale().toString(outcome->ms)));
    });
    worker->start();
}

void StatementExporter::finish(const QString &error, const QString &status)
{
    m_busy = false;
    m_errorMessage = error;
    m_statusMessage = error.isEmpty() ? status : QString();
    Q_EMIT stateChanged();
    Q_EMIT finished(error.isEmpty());
}

} // namespace idlefleet::app
