// The week grid's model, the tariff and departure lists, and the editor's exact decimal text.

#include "departuresmodel.h"
#include "policyformat.h"
#include "tariffperiodsmodel.h"
#include "weekwindowsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace idlefleet;
using namespace idlefleet::app;

namespace {

constexpr int Monday = 1;
constexpr int Tuesday = 2;
constexpr int Sunday = 64;

QVariantMap window(int mask, int start, int end)
{
    return {{QStringLiteral("daysMask"), mask},
            {QStringLiteral("startMinute"), start},
            {QStringLiteral("endMinute"), end}};
}

} // namespace

class TestPolicyWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Day names and decimals in one named locale, whatever the machine's.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void addMoveResizeRemove()
    {
        WeekWindowsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &PolicyListModel::edited);
        QSignalSpy blocks(&model, &WeekWindowsModel::blocksChanged);
        QCOMPARE(model.addWindow(Monday, 480, 600), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(edited.count(), 1);
        QVERIFY(blocks.count() >= 1);

        QVERIFY(model.moveWindow(0, 15, 0));
        QCOMPARE(model.get(0), window(Monday, 495, 615));
        QVERIFY(model.moveWindow(0, 0, 1)); // a day later
        QCOMPARE(model.get(0), window(Tuesday, 495, 615));
        QVERIFY(model.resizeWindow(0, 0, 30)); // end later
        QCOMPARE(model.get(0), window(Tuesday, 495, 645));
        QVERIFY(model.resizeWindow(0, -15, 0)); // start earlier
        QCOMPARE(model.get(0), window(Tuesday, 480, 645));
        QVERIFY(model.resizeWindow(0, 0, -1000)); // never shorter than one step
        QCOMPARE(model.get(0), window(Tuesday, 480, 495));
        QCOMPARE(model.data(model.index(0), WeekWindowsModel::DurationMinutesRole).toInt(), 15);
        QVERIFY(model.removeWindow(0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.removeWindow(0));
    }

    void movesAcrossMidnightAndTheWeek()
    {
        WeekWindowsModel model;
        // Sunday 22:00 to 06:00 on Monday: two blocks, the second on Monday's row.
        model.addWindow(Sunday, 1320, 360);
        const QVariantList blocks = model.blocks();
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0].toMap().value(QStringLiteral("day")).toInt(), 6);
        QCOMPARE(blocks[0].toMap().value(QStringLiteral("end")).toInt(), 1440);
        QCOMPARE(blocks[1].toMap().value(QStringLiteral("day")).toInt(), 0);
        QCOMPARE(blocks[1].toMap().value(QStringLiteral("end")).toInt(), 360);
        QVERIFY(blocks[1].toMap().value(QStringLiteral("last")).toBool());
        QVERIFY(model.data(model.index(0), WeekWindowsModel::CrossesMidnightRole).toBool());
        QCOMPARE(model.windowAt(0, 300), 0);
        QCOMPARE(model.windowAt(0, 360), -1);

        // Three hours later it starts on Monday at 01:00.
        QVERIFY(model.moveWindow(0, 180, 0));
        QCOMPARE(model.get(0), window(Monday, 60, 540));
        // Back across midnight into Sunday.
        QVERIFY(model.moveWindow(0, -120, 0));
        QCOMPARE(model.get(0), window(Sunday, 1380, 420));
        // A day later wraps Sunday to Monday.
        QCOMPARE(model.shifted(Sunday, 600, 660, 0, 1), window(Monday, 600, 660));
        // The start edge dragged before midnight moves the day back.
        QCOMPARE(model.resized(Tuesday, 30, 120, -60, 0), window(Monday, 1410, 120));
        // An end dragged to the end of the day reads 24:00, and at most a day long.
        QCOMPARE(model.resized(Monday, 1200, 1380, 0, 60), window(Monday, 1200, 1440));
        QCOMPARE(model.resized(Monday, 600, 660, 0, 5000), window(Monday, 600, 600));
        QCOMPARE(model.resized(Monday, 0, 60, 0, 5000), window(Monday, 0, 1440));
        // Every day (0) stays every day when moved by days.
        QCOMPARE(model.shifted(0, 600, 660, 0, 3), window(0, 600, 660));
    }

    void daysAreToggledButNeverAllCleared()
    {
        WeekWindowsModel model;
        model.addWindow(0, 600, 660);
        QVERIFY(model.setDay(0, 6, false)); // every day but Sunday
        QCOMPARE(model.get(0).value(QStringLiteral("daysMask")).toInt(), 63);
        model.setWindow(0, Tuesday, 600, 660);
        QVERIFY(!model.setDay(0, 1, false));
        QCOMPARE(model.get(0).value(QStringLiteral("daysMask")).toInt(), Tuesday);
        QCOMPARE(model.data(model.index(0), WeekWindowsModel::SummaryRole).toString(),
                 QStringLiteral("Tue, 10:00 – 11:00"));
    }

    void rowErrorsAreShownPerField()
    {
        WeekWindowsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addWindow(Monday, 60, 120);
        model.addWindow(Monday, 600, 660);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setErrors({{}, {{QStringLiteral("startMinute"), QStringLiteral("bad start")}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(1), WeekWindowsModel::ErrorRole).toString(),
                 QStringLiteral("bad start"));
        QVERIFY(model.data(model.index(0), WeekWindowsModel::ErrorRole).toString().isEmpty());
        QCOMPARE(model.errorSummary(), QStringLiteral("bad start"));
    }

    void tariffPeriodsKeepTheirOrder()
    {
        TariffPeriodsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addPeriod(100000);
        model.addPeriod(200000);
        QVERIFY(model.setPriceMicros(1, 250000));
        QVERIFY(model.movePeriod(1, -1));
        v1::Tariff tariff;
        model.writeTo(&tariff);
        QCOMPARE(tariff.periods(0).price_micros_per_kwh(), 250000);
        QCOMPARE(tariff.periods(1).price_micros_per_kwh(), 100000);
        QVERIFY(!model.movePeriod(0, -1));
        QCOMPARE(model.data(model.index(0), TariffPeriodsModel::PriceTextRole).toString(),
                 QStringLiteral("0.25"));
        QVERIFY(model.setOffPeak(0, false));
        QVERIFY(model.setStartMinute(0, 900));
        QVERIFY(model.setEndMinute(0, 960));
        model.writeTo(&tariff);
        QCOMPARE(tariff.periods(0).start_minute(), 900);
        QVERIFY(!tariff.periods(0).off_peak());
        QVERIFY(model.removePeriod(1));
        QCOMPARE(model.rowCount(), 1);
    }

    void departures()
    {
        DeparturesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &PolicyListModel::edited);
        QCOMPARE(model.addDeparture(), 0);
        QVERIFY(model.setMinute(0, 420));
        QVERIFY(model.setSocPercent(0, 80));
        QVERIFY(model.setDay(0, 5, true));
        v1::Policy policy;
        model.writeTo(&policy);
        QCOMPARE(policy.departures(0).days_mask(), 31 | 32);
        QCOMPARE(policy.departures(0).minute(), 420);
        QCOMPARE(policy.departures(0).soc_percent(), 80);
        QCOMPARE(edited.count(), 4);
        // Loading is not an edit.
        model.setDepartures(policy.departures());
        QCOMPARE(edited.count(), 4);
    }

    void decimalsAreExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("value");
        QTest::newRow("price") << QStringLiteral("0.32") << 6 << qint64(320000);
        QTest::newRow("comma") << QStringLiteral("0,085") << 6 << qint64(85000);
        QTest::newRow("negative") << QStringLiteral("-0.05") << 6 << qint64(-50000);
        QTest::newRow("whole") << QStringLiteral("8") << 3 << qint64(8000);
        QTest::newRow("no leading digit") << QStringLiteral(".5") << 3 << qint64(500);
        QTest::newRow("huge") << QStringLiteral("2000000") << 6 << qint64(2000000000000);
    }

    void decimalsAreExact()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(qint64, value);
        const QLocale c(QLocale::C);
        QCOMPARE(policytext::parseScaled(text, decimals, c), std::optional<qint64>(value));
        QCOMPARE(policytext::parseScaled(policytext::scaled(value, decimals, 0, c), decimals, c),
                 std::optional<qint64>(value));
    }

    void badDecimalsAreRefused()
    {
        const QLocale c(QLocale::C);
        for (const char *text : {"", "abc", "1.2345678", "1e3", "1.2.3", "--1", "0x10", "12 5"})
            QVERIFY2(!policytext::parseScaled(QString::fromLatin1(text), 6, c), text);
        QCOMPARE(policytext::scaled(320000, 6, 2, c), QStringLiteral("0.32"));
        QCOMPARE(policytext::scaled(-85000, 6, 2, c), QStringLiteral("-0.085"));
        QCOMPARE(policytext::scaled(8000, 3, 0, c), QStringLiteral("8"));
    }

    void minutesAndDays()
    {
        QCOMPARE(policytext::parseMinute(QStringLiteral("7:30"), false), std::optional<int>(450));
        QCOMPARE(policytext::parseMinute(QStringLiteral("2200"), false), std::optional<int>(1320));
        QCOMPARE(policytext::parseMinute(QStringLiteral("24:00"), true), std::optional<int>(1440));
        QVERIFY(!policytext::parseMinute(QStringLiteral("24:00"), false));
        QVERIFY(!policytext::parseMinute(QStringLiteral("12:75"), true));
        QCOMPARE(policytext::minute(1440), QStringLiteral("24:00"));
        QCOMPARE(policytext::rotateDays(64, 1), 1);
        QCOMPARE(policytext::rotateDays(1, -1), 64);
        QCOMPARE(policytext::rotateDays(0, 2), 0);
        const QLocale c(QLocale::C);
        QCOMPARE(policytext::days(1 | 2 | 4 | 16, c), QStringLiteral("Mon–Wed, Fri"));
        QCOMPARE(policytext::days(1 | 64, c), QStringLiteral("Mon, Sun"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyWindows)
#include "test_policywindows.moc"
