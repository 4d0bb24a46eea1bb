// The monthly statement: CSV exact to the micro against the backend, the PDF readable as text
// (pdftotext when poppler-utils is installed), Japanese and Russian without missing glyphs,
// page breaks, and a file that cannot be written.

#include "earningsformat.h"
#include "earningsworld.h"
#include "statementexporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <map>

using namespace earningstest;
using idlefleet::app::EarningsRange;
using idlefleet::app::StatementExporter;
namespace earnings = idlefleet::app::earnings;

namespace {

/// The text of a PDF by pdftotext, or a null array when poppler-utils is not installed.
QByteArray pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

/// "fonts embedded in the PDF" by pdffonts, or a null array.
QByteArray pdfFonts(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {path});
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

} // namespace

class TestStatementExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_world.start(m_client));
        m_range.setClient(&m_client);
        m_range.setVehicleId(m_world.vehicleId);
        QVERIFY(waitReady(m_range));
        m_exporter.setClient(&m_client);
        m_exporter.setRange(&m_range);
        m_exporter.setAccount(QStringLiteral("alex@example.com"));
        // Last month: a whole month of the demo world's 90 days.
        m_exporter.setMonthIndex(1);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            qInfo("pdftotext found: the PDFs' text is read back");
        else
            qInfo("pdftotext not installed: the PDFs' drawn text is checked instead");
    }

    void theCsvMatchesTheBackendToTheMicro()
    {
        QCOMPARE(m_exporter.monthNames().size(), 12);
        const QString path = m_dir.filePath(m_exporter.suggestedFileName(StatementExporter::Csv));
        QVERIFY(path.endsWith(QStringLiteral(".csv")));
        QSignalSpy finished(&m_exporter, &StatementExporter::finished);
        m_exporter.exportTo(QUrl::fromLocalFile(path), StatementExporter::Csv);
        QVERIFY(m_exporter.busy());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(m_exporter.errorMessage()));
        QCOMPARE(m_exporter.lastFile(), QUrl::fromLocalFile(path));
        QVERIFY(!m_exporter.statusMessage().isEmpty());

        const QDate first = m_exporter.month();
        const QDate last = first.addMonths(1).addDays(-1);
        AWAIT_JOB(direct, m_client.fetchEarnings(m_world.vehicleId, m_range.startOfDay(first),
                                                 m_range.startOfDay(last.addDays(1)),
                                                 FleetClient::Period::Day));
        QCOMPARE(direct->error(), FleetJob::NoError);
        std::map<QDate, Amounts> backend;
        for (const AmountsAt &day : direct->result().entries)
            backend[m_range.toLocal(day.start).date()] = day.amounts;

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("date,contributing_minutes,energy_wh,solar_wh,grid_wh,battery_wh,"
                            "carbon_grams,cost_micros,wear_micros,gross_micros,owner_micros,"
                            "net_micros,currency"));
        QCOMPARE(lines.size() - 1, first.daysInMonth());
        // Integers only (spec/ledger.md), each day the backend's, and the days add up to the
        // month's totals to the micro.
        Amounts sum;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            QCOMPARE(cells.size(), 13);
            const QDate date = QDate::fromString(QString::fromLatin1(cells[0]), Qt::ISODate);
            QCOMPARE(date, first.addDays(i - 1));
            const Amounts expected = backend.count(date) ? backend[date] : Amounts{};
            for (int c = 1; c < 12; ++c) {
                bool integer = false;
                cells[c].toLongLong(&integer);
                QVERIFY2(integer, cells[c].constData());
            }
            QCOMPARE(cells[1].toInt(), expected.contributingMinutes);
            QCOMPARE(cells[2].toLongLong(), expected.energyWh);
            QCOMPARE(cells[4].toLongLong(), expected.gridWh);
            QCOMPARE(cells[5].toLongLong(), expected.batteryWh);
            QCOMPARE(cells[7].toLongLong(), expected.costMicros);
            QCOMPARE(cells[9].toLongLong(), expected.grossMicros);
            QCOMPARE(cells[10].toLongLong(), expected.ownerMicros);
            QCOMPARE(cells[11].toLongLong(), expected.netMicros);
            QCOMPARE(cells[12], QByteArray("EUR"));
            sum.costMicros += cells[7].toLongLong();
            sum.grossMicros += cells[9].toLongLong();
            sum.netMicros += cells[11].toLongLong();
        }
        QCOMPARE(sum.costMicros, direct->result().totals.costMicros);
        QCOMPARE(sum.grossMicros, direct->result().totals.grossMicros);
        QCOMPARE(sum.netMicros, direct->result().totals.netMicros);
        QVERIFY(sum.grossMicros > 0);
        // The month's sessions and payout came with it: the sessions' amounts in the month add
        // up to the month's, and the payout's net is the month's.
        const auto &statement = m_exporter.lastStatement();
        Amounts sessions;
        for (const auto &session : statement.sessions)
            sessions.add(session.amounts);
        QCOMPARE(sessions.netMicros, statement.totals.netMicros);
        QCOMPARE(sessions.contributingMinutes, statement.totals.contributingMinutes);
        qint64 jobPay = 0;
        for (const auto &kind : statement.jobs)
            jobPay += kind.payMicros;
        QCOMPARE(jobPay, statement.totals.grossMicros);
        QCOMPARE(statement.shareBasisPoints, 7000);
        QVERIFY(statement.payout.has_value());
        QCOMPARE(statement.payout->netMicros, statement.totals.netMicros);
    }

    void decimalsAreExact()
    {
        QCOMPARE(earnings::decimalFromMicros(0), QStringLiteral("0.000000"));
        QCOMPARE(earnings::decimalFromMicros(1234567), QStringLiteral("1.234567"));
        QCOMPARE(earnings::decimalFromMicros(-5), QStringLiteral("-0.000005"));
        QCOMPARE(earnings::decimalFromMicros(std::numeric_limits<qint64>::min()),
                 QStringLiteral("-9223372036854.775808"));
    }

    void thePdfShowsThePeriodAndTotals()
    {
        const QString path = m_dir.filePath(QStringLiteral("statement.pdf"));
        QSignalSpy finished(&m_exporter, &StatementExporter::finished);
        m_exporter.exportTo(QUrl::fromLocalFile(path), StatementExporter::Pdf);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(m_exporter.errorMessage()));
        qInfo("PDF of %d days drawn in %lld ms on the worker thread",
              int(m_exporter.lastStatement().days.size()), m_exporter.lastWriteMs());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1."));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));

        const auto &s = m_exporter.lastStatement();
        const QLocale locale;
        const QString net = app::formatMoney(s.totals.netMicros, s.currency, locale);
        const QString gross = app::formatMoney(s.totals.grossMicros, s.currency, locale);
        const QString firstDay = locale.toString(s.firstDay, QLocale::LongFormat);
        const QString lastDay = locale.toString(s.lastDay, QLocale::LongFormat);
        const QByteArray text = pdfText(path);
        if (!text.isNull()) {
            for (const QString &expected :
                 {QStringLiteral("Earnings statement"), firstDay, lastDay, net, gross,
                  s.vehicleName, s.vehicleId, QStringLiteral("alex@example.com")})
                QVERIFY2(text.contains(expected.toUtf8()), qPrintable(expected));
        }
        // What was drawn, page by page (the same text, also without poppler).
        const auto outcome = earnings::writeStatementPdf(s, path, locale);
        QVERIFY(outcome.error.isEmpty());
        const QString drawn = outcome.pageText.first().join(QLatin1Char('\n'));
        QVERIFY(drawn.contains(firstDay) && drawn.contains(lastDay));
        QVERIFY(drawn.contains(net));
        QVERIFY(drawn.contains(gross));
        // Each table's rows add up to the total printed under it: the days' net column.
        QStringList all;
        for (const QStringList &page : outcome.pageText)
            all += page;
        QVERIFY(all.contains(QStringLiteral("Sessions")));
        QVERIFY(all.contains(QStringLiteral("Jobs served")));
    }

    void longStatementsBreakOntoPagesWithTheirHeader()
    {
        earnings::Statement s = m_exporter.lastStatement();
        s.lastDay = s.firstDay.addDays(91);
        for (QDate day = s.days.back().date.addDays(1); day <= s.lastDay; day = day.addDays(1))
            s.days.push_back({day, s.days.front().amounts});
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        const auto outcome = earnings::writeStatementPdf(s, path, QLocale());
        QVERIFY(outcome.error.isEmpty());
        QVERIFY2(outcome.pageText.size() >= 2,
                 qPrintable(QString::number(outcome.pageText.size())));
        int dayLines = 0;
        for (const QStringList &page : outcome.pageText) {
            int onPage = 0;
            for (const earnings::StatementDay &day : s.days)
                onPage += int(page.contains(QLocale().toString(day.date, QLocale::ShortFormat)));
            // The days' header on every page their lines run onto.
            QVERIFY(onPage == 0 || page.contains(QStringLiteral("Date")));
            dayLines += onPage;
        }
        QCOMPARE(dayLines, int(s.days.size())); // every day once, none lost at a break
        const QByteArray text = pdfText(path);
        if (!text.isNull())
            QCOMPARE(text.count('\f'), outcome.pageText.size());
    }

    void japaneseAndRussianTextHaveTheirGlyphs()
    {
        earnings::Statement s = m_exporter.lastStatement();
        s.vehicleName = QStringLiteral("青いセダン / Синий седан");
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        const QString path = m_dir.filePath(QStringLiteral("ja.pdf"));
        const auto outcome = earnings::writeStatementPdf(s, path, japanese);
        QVERIFY(outcome.error.isEmpty());
        const QString date = japanese.toString(s.firstDay, QLocale::LongFormat);
        QVERIFY(outcome.pageText.first().join(QLatin1Char(' ')).contains(date));
        // The font the PDF uses has every glyph of the text (no empty boxes).
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        const QFontMetrics metrics(font);
        const QString shown = s.vehicleName + date;
        for (const QChar c : shown)
            QVERIFY2(metrics.inFont(c), qPrintable(QString(c)));
        const QByteArray text = pdfText(path);
        if (!text.isNull()) {
            // Noto CJK shares glyphs between ideographs and radicals (青 and ⻘, 月 and ⽉) and
            // the PDF's text map names one of them: compare in NFKC, after the ideograph.
            const QString read = QString::fromUtf8(text).normalized(QString::NormalizationForm_KC);
            QVERIFY2(read.contains(QStringLiteral("いセダン")), qPrintable(read));
            QVERIFY(read.contains(QStringLiteral("Синий седан")));
            QVERIFY2(read.contains(date), qPrintable(date));
            QVERIFY2(pdfFonts(path).contains("CJK"), pdfFonts(path).constData());
        }
    }

    void aFileThatCannotBeWrittenSaysSo()
    {
        for (const auto format : {StatementExporter::Pdf, StatementExporter::Csv}) {
            const QString path = m_dir.filePath(QStringLiteral("missing/folder/statement"));
            QSignalSpy finished(&m_exporter, &StatementExporter::finished);
            m_exporter.exportTo(QUrl::fromLocalFile(path), format);
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.first().first().toBool(), false);
            QVERIFY2(m_exporter.errorMessage().contains(QStringLiteral("missing/folder")),
                     qPrintable(m_exporter.errorMessage()));
            QVERIFY(m_exporter.statusMessage().isEmpty());
            QVERIFY(!m_exporter.busy());
        }
    }

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/statement-XXXXXX")};
    World m_world;
    FleetClient m_client;
    EarningsRange m_range;
    StatementExporter m_exporter;
};

QTEST_MAIN(TestStatementExport)
#include "test_statement_export.moc"
