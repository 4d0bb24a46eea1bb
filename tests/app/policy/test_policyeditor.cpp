// The policy editor's C++ model without a backend: loading, editing, per-field messages, the
// week's preview computed by the engine (a daylight-saving week in Berlin), JSON files.

#include "policy/policydocument.h"
#include "policy/schedule.h"
#include "policyeditor.h"
#include "rfc3339.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <google/protobuf/util/message_differencer.h>

using namespace idlefleet;
using namespace idlefleet::app;

namespace {

// The spec's example policy (spec/policy.md).
const char *const SpecExample = R"({
  "enabled": true,
  "timeZone": "Europe/Berlin",
  "windows": [
    {"daysMask": 31, "startMinute": 1320, "endMinute": 360},
    {"daysMask": 96, "startMinute": 0, "endMinute": 1440}
  ],
  "minSocPercent": 40,
  "resumeSocPercent": 45,
  "requirePluggedIn": true,
  "tariff": {
    "currency": "EUR",
    "defaultPriceMicrosPerKwh": "320000",
    "periods": [{"daysMask": 127, "startMinute": 0, "endMinute": 360,
                 "priceMicrosPerKwh": "120000", "offPeak": true}]
  },
  "offPeakOnly": false,
  "maxPriceMicrosPerKwh": "0",
  "requireProfitable": true,
  "departures": [{"daysMask": 31, "minute": 450, "socPercent": 70}],
  "maxChipTempC": 85,
  "maxDailyWh": "8000",
  "pausedUntil": "2026-11-30T08:00:00Z"
})";

v1::Policy specPolicy()
{
    v1::Policy policy;
    QString error;
    if (!policy::parsePolicyJson(SpecExample, &policy, &error))
        qFatal("%s", qPrintable(error));
    return policy;
}

v1::Policy berlinNights()
{
    v1::Policy policy;
    policy.set_enabled(true);
    policy.set_time_zone("Europe/Berlin");
    auto *w = policy.add_windows();
    w->set_start_minute(60); // 01:00–03:00 every day: one hour on the spring change
    w->set_end_minute(180);
    return policy;
}

QDateTime at(const char *text)
{
    qint64 seconds = 0;
    if (!parseRfc3339(QString::fromLatin1(text), &seconds))
        qFatal("bad instant %s", text);
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

class TestPolicyEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Texts with dates and numbers in one named locale, whatever the machine's.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void loadsAPolicyIntoFieldsAndLists()
    {
        PolicyEditor editor;
        editor.loadPolicy(specPolicy(), 7);
        QCOMPARE(editor.version(), 7);
        QVERIFY(editor.enabled());
        QCOMPARE(editor.timeZone(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(editor.minSocPercent(), 40);
        QCOMPARE(editor.resumeSocPercent(), 45);
        QVERIFY(editor.requirePluggedIn());
        QVERIFY(editor.hasTariff());
        QCOMPARE(editor.currency(), QStringLiteral("EUR"));
        QCOMPARE(editor.defaultPriceMicrosPerKwh(), 320000.0);
        QCOMPARE(editor.maxChipTempC(), 85);
        QCOMPARE(editor.maxDailyWh(), 8000.0);
        QCOMPARE(editor.pausedUntil(), at("2026-11-30T08:00:00Z"));
        QCOMPARE(editor.windows()->rowCount(), 2);
        QCOMPARE(editor.tariffPeriods()->rowCount(), 1);
        QCOMPARE(editor.departures()->rowCount(), 1);
        QVERIFY(editor.valid());
        QVERIFY(!editor.dirty());
        QVERIFY(google::protobuf::util::MessageDifferencer::Equals(editor.policy(), specPolicy()));
    }

    void editsMakeItDirtyAndRevertUndoesThem()
    {
        PolicyEditor editor;
        editor.loadPolicy(specPolicy(), 7);
        // Not loaded from a car: Apply stays off, but the edits are tracked.
        QSignalSpy fields(&editor, &PolicyEditor::fieldsChanged);
        editor.setMinSocPercent(30);
        editor.setOffPeakOnly(true);
        editor.setMaxPriceMicrosPerKwh(250000);
        editor.windows()->moveWindow(0, 15, 0);
        editor.departures()->setSocPercent(0, 80);
        QVERIFY(fields.count() >= 5);
        QVERIFY(editor.dirty());
        QVERIFY(editor.valid());
        const v1::Policy edited = editor.policy();
        QCOMPARE(edited.min_soc_percent(), 30);
        QVERIFY(edited.off_peak_only());
        QCOMPARE(edited.max_price_micros_per_kwh(), 250000);
        QCOMPARE(edited.windows(0).start_minute(), 1335);
        QCOMPARE(edited.departures(0).soc_percent(), 80);
        editor.revert();
        QCOMPARE(editor.minSocPercent(), 40);
        QVERIFY(!editor.dirty());
        QVERIFY(google::protobuf::util::MessageDifferencer::Equals(editor.policy(), specPolicy()));
        // The tariff switched off and on again keeps its periods.
        editor.setHasTariff(false);
        QVERIFY(!editor.policy().has_tariff());
        editor.setHasTariff(true);
        QCOMPARE(editor.policy().tariff().periods_size(), 1);
    }

    void everyInvalidFieldHasItsOwnMessage()
    {
        PolicyEditor editor;
        editor.loadPolicy(specPolicy(), 7);
        QSignalSpy validity(&editor, &PolicyEditor::validityChanged);
        editor.setMinSocPercent(99);
        editor.setResumeSocPercent(30);
        editor.setCurrency(QStringLiteral("EU"));
        editor.setMaxChipTempC(200);
        editor.departures()->setSocPercent(0, 0);
        editor.windows()->setWindow(1, 96, 1500, 1440);
        QVERIFY(validity.count() > 0);
        QVERIFY(!editor.valid());
        QVERIFY(!editor.canApply());
        const QVariantMap errors = editor.errors();
        // Sentences for a person, beside each field: no JSON paths (those stay for files and
        // the command line).
        QCOMPARE(errors.value(QStringLiteral("minSocPercent")).toString(),
                 QStringLiteral("Choose a level from 0% to 95%."));
        QCOMPARE(errors.value(QStringLiteral("resumeSocPercent")).toString(),
                 QStringLiteral("Choose a level above the battery floor (99%) and at most 100%, "
                                "or 0 to start again at the floor + 5%."));
        QCOMPARE(errors.value(QStringLiteral("tariff.currency")).toString(),
                 QStringLiteral("Choose a three-letter currency code, such as EUR."));
        QCOMPARE(errors.value(QStringLiteral("maxChipTempC")).toString(),
                 QStringLiteral("Choose a temperature from 0 to 150 °C."));
        QCOMPARE(errors.value(QStringLiteral("departures[0].socPercent")).toString(),
                 QStringLiteral("Choose a level from 1% to 100%."));
        QCOMPARE(errors.value(QStringLiteral("windows[1].startMinute")).toString(),
                 QStringLiteral("Choose a time from 00:00 to 23:59."));
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            QVERIFY2(!it.value().toString().contains(QLatin1String("policy.")),
                     qPrintable(it.value().toString()));
        QCOMPARE(errors.value(QStringLiteral("windows")),
                 errors.value(QStringLiteral("windows[1].startMinute")));
        QCOMPARE(editor.errorCount(), 6);
        // The rows carry their own messages.
        QCOMPARE(editor.windows()
                     ->data(editor.windows()->index(1), WeekWindowsModel::ErrorsRole)
                     .toMap()
                     .value(QStringLiteral("startMinute")),
                 errors.value(QStringLiteral("windows[1].startMinute")));
        QVERIFY(editor.windows()
                    ->data(editor.windows()->index(0), WeekWindowsModel::ErrorRole)
                    .toString()
                    .isEmpty());
        QVERIFY(editor.departures()->errorSummary().contains(
            QStringLiteral("Choose a level from 1% to 100%.")));
        // The same first problem as the engine's one-line check.
        QCOMPARE(policy::validatePolicyFields(editor.policy()).front().message,
                 policy::validatePolicy(editor.policy()));

        // Corrected one by one, the messages go away.
        editor.setMinSocPercent(20);
        QVERIFY(!editor.errors().contains(QStringLiteral("minSocPercent")));
        QVERIFY(!editor.errors().contains(QStringLiteral("resumeSocPercent")));
        editor.setCurrency(QStringLiteral("EUR"));
        editor.setMaxChipTempC(90);
        editor.departures()->setSocPercent(0, 60);
        editor.windows()->setWindow(1, 96, 0, 1440);
        QVERIFY(editor.valid());
        QCOMPARE(editor.errorCount(), 0);
    }

    void textThatIsNoValueBlocksToo()
    {
        PolicyEditor editor;
        editor.loadPolicy(specPolicy(), 7);
        editor.setInputError(QStringLiteral("maxDailyWh"), QStringLiteral("Enter a number"));
        QVERIFY(!editor.valid());
        QCOMPARE(editor.errors().value(QStringLiteral("maxDailyWh")).toString(),
                 QStringLiteral("Enter a number"));
        editor.setInputError(QStringLiteral("maxDailyWh"), {});
        QVERIFY(editor.valid());
        // Loading another policy forgets what was typed.
        editor.setInputError(QStringLiteral("windows[0].endMinute"), QStringLiteral("Not a time"));
        QCOMPARE(editor.windows()->errorsAt(0).value(QStringLiteral("endMinute")).toString(),
                 QStringLiteral("Not a time"));
        editor.loadPolicy(specPolicy(), 8);
        QVERIFY(editor.valid());
    }

    void validationMatchesTheEngineOnManyPolicies()
    {
        // validatePolicyFields' first message is validatePolicy's, whatever is wrong.
        const v1::Policy base = specPolicy();
        QList<std::function<void(v1::Policy &)>> breakers{
            [](v1::Policy &p) { p.set_time_zone("Mars/Olympus"); },
            [](v1::Policy &p) { p.clear_time_zone(); },
            [](v1::Policy &p) { p.mutable_windows(0)->set_days_mask(200); },
            [](v1::Policy &p) { p.mutable_windows(1)->set_end_minute(1441); },
            [](v1::Policy &p) { p.set_min_soc_percent(-1); },
            [](v1::Policy &p) { p.set_resume_soc_percent(101); },
            [](v1::Policy &p) { p.mutable_tariff()->set_currency("eur"); },
            [](v1::Policy &p) {
                p.mutable_tariff()->set_default_price_micros_per_kwh(-2000000000000);
            },
            [](v1::Policy &p) { p.mutable_tariff()->mutable_periods(0)->set_start_minute(-5); },
            [](v1::Policy &p) { p.set_max_price_micros_per_kwh(1000000000001); },
            [](v1::Policy &p) { p.mutable_departures(0)->set_minute(1440); },
            [](v1::Policy &p) { p.set_max_chip_temp_c(-3); },
            [](v1::Policy &p) { p.set_max_daily_wh(-1); },
        };
        for (int i = 0; i < breakers.size(); ++i) {
            for (int j = i; j < breakers.size(); ++j) {
                v1::Policy p = base;
                breakers[i](p);
                breakers[j](p);
                const auto problems = policy::validatePolicyFields(p);
                QVERIFY(!problems.empty());
                QCOMPARE(problems.front().message, policy::validatePolicy(p));
                for (const auto &problem : problems)
                    QVERIFY2(problem.message.startsWith(problem.path + QStringLiteral(":")),
                             qPrintable(problem.message));
            }
        }
        QVERIFY(policy::validatePolicyFields(base).empty());
    }

    void previewOfADaylightSavingWeekInBerlin()
    {
        PolicyEditor editor;
        QSignalSpy computed(editor.preview(), &PolicyPreviewModel::computed);
        editor.setPreviewNow(at("2026-03-26T12:00:00Z")); // Thursday; clocks change on Sunday
        editor.loadPolicy(berlinNights(), 1);
        QVERIFY(computed.wait(2000));
        PolicyPreviewModel *preview = editor.preview();
        QVERIFY(preview->available());
        QCOMPARE(preview->rowCount(), 7);
        const auto &days = preview->days();
        QCOMPARE(days.front().date, QDate(2026, 3, 26));
        QCOMPARE(days.back().date, QDate(2026, 4, 1));
        // 01:00–03:00 every day, but on 29 March 02:00 does not exist: one hour.
        for (const auto &day : days) {
            const bool change = day.date == QDate(2026, 3, 29);
            QCOMPARE(day.allowedMinutes, change ? 60 : 120);
            QCOMPARE(int(day.allowed.size()), 1);
            QCOMPARE(day.allowed.front().start, 60.0);
            QCOMPARE(day.allowed.front().end, change ? 120.0 : 180.0);
            QCOMPARE(preview
                         ->data(preview->index(int(&day - &days.front())),
                                PolicyPreviewModel::DayMinutesRole)
                         .toInt(),
                     change ? 1380 : 1440);
        }
        QCOMPARE(preview->allowedMinutes(), 6 * 120 + 60);
        QVERIFY(preview->summary().contains(QStringLiteral("13")));
        QCOMPARE(days.front().nowMinute, 13 * 60); // 12:00Z is 13:00 in Berlin in winter
        QCOMPARE(days[1].nowMinute, -1);

        // The rows are exactly the engine's allowedWindows over the same week.
        const qint64 from = days.front().startUtc;
        const qint64 to = days.back().endUtc;
        qint64 engineSeconds = 0;
        for (const auto &interval : policy::allowedWindows(editor.policy(), from, to))
            engineSeconds += interval.end - interval.start;
        QCOMPARE(qint64(preview->allowedMinutes()) * 60, engineSeconds);
        QCOMPARE(days[3].startUtc, at("2026-03-28T23:00:00Z").toSecsSinceEpoch());
        QCOMPARE(days[3].endUtc, at("2026-03-29T22:00:00Z").toSecsSinceEpoch());
    }

    void previewFollowsEditsAndTheTariff()
    {
        PolicyEditor editor;
        editor.setPreviewNow(at("2026-03-26T12:00:00Z"));
        editor.loadPolicy(berlinNights(), 1);
        QSignalSpy computed(editor.preview(), &PolicyPreviewModel::computed);
        QVERIFY(computed.wait(2000));

        // Octopus Go's cheap rate 00:30–05:30, off-peak only, any time: 5 hours a night, four
        // in the night the clocks go forward.
        editor.windows()->removeWindow(0);
        QVERIFY(editor.applyTariffPreset(QStringLiteral("octopus-go")));
        QCOMPARE(editor.currency(), QStringLiteral("GBP"));
        editor.setOffPeakOnly(true);
        QVERIFY(computed.wait(2000));
        PolicyPreviewModel *preview = editor.preview();
        QCOMPARE(preview->offPeakMinutes(), 6 * 300 + 240);
        QCOMPARE(preview->allowedMinutes(), 6 * 300 + 240);
        QVERIFY(preview->hasTariff());
        const QVariantList tariff =
            preview->data(preview->index(0), PolicyPreviewModel::TariffRole).toList();
        QCOMPARE(tariff.size(), 3); // standard, cheap, standard
        QCOMPARE(tariff[1].toMap().value(QStringLiteral("start")).toDouble(), 30.0);
        QCOMPARE(tariff[1].toMap().value(QStringLiteral("end")).toDouble(), 330.0);
        QVERIFY(tariff[1].toMap().value(QStringLiteral("offPeak")).toBool());
        QCOMPARE(tariff[1].toMap().value(QStringLiteral("level")).toDouble(), 0.0);
        QCOMPARE(tariff[0].toMap().value(QStringLiteral("level")).toDouble(), 1.0);

        // Paused for the whole week: nothing allowed.
        editor.snoozeIndefinitely();
        QVERIFY(computed.wait(2000));
        QCOMPARE(preview->allowedMinutes(), 0);
        QCOMPARE(editor.pausedUntilText(), PolicyEditor::tr("Paused until you resume it"));
        editor.resume();
        QVERIFY(!editor.pausedUntil().isValid());

        // An unknown zone: no preview, with the reason; and the field's message.
        editor.setTimeZone(QStringLiteral("Mars/Olympus"));
        QVERIFY(computed.wait(2000));
        QVERIFY(!preview->available());
        QVERIFY(!preview->unavailableReason().isEmpty());
        QVERIFY(editor.errors().contains(QStringLiteral("timeZone")));
    }

    void tariffPresetsHaveTheirRealShapes()
    {
        PolicyEditor editor;
        editor.loadPolicy(berlinNights(), 1);
        QCOMPARE(editor.tariffPresets().size(), 3);
        QVERIFY(editor.applyTariffPreset(QStringLiteral("pge-ev2a")));
        const v1::Tariff tariff = editor.policy().tariff();
        QCOMPARE(QString::fromStdString(tariff.currency()), QStringLiteral("USD"));
        QCOMPARE(tariff.periods_size(), 4);
        QCOMPARE(tariff.periods(0).end_minute(), 900); // off-peak until 15:00
        QVERIFY(tariff.periods(0).off_peak());
        QCOMPARE(tariff.periods(2).start_minute(), 960); // peak 16:00–21:00
        QCOMPARE(tariff.periods(2).end_minute(), 1260);
        QVERIFY(tariff.periods(2).price_micros_per_kwh() >
                tariff.periods(1).price_micros_per_kwh());
        editor.setDefaultPriceMicrosPerKwh(400000);
        QVERIFY(editor.applyTariffPreset(QStringLiteral("flat")));
        QCOMPARE(editor.policy().tariff().periods_size(), 0);
        QCOMPARE(editor.policy().tariff().default_price_micros_per_kwh(), 400000);
        QCOMPARE(editor.currency(), QStringLiteral("USD"));
        QVERIFY(!editor.applyTariffPreset(QStringLiteral("nonsense")));
        QVERIFY(editor.valid());
    }

    void snoozeInTheCarsZone()
    {
        PolicyEditor editor;
        editor.loadPolicy(berlinNights(), 1);
        QVERIFY(editor.snoozeUntilText(QStringLiteral("2026-11-30 08:00")));
        QCOMPARE(editor.pausedUntil(), at("2026-11-30T07:00:00Z"));
        QVERIFY(editor.pausedUntilText().contains(QStringLiteral("08:00")));
        QVERIFY(!editor.snoozeUntilText(QStringLiteral("soon")));
        editor.snoozeUntilTomorrow(360);
        QVERIFY(editor.pausedUntil() > QDateTime::currentDateTimeUtc());
        QVERIFY(editor.pausedUntil() < QDateTime::currentDateTimeUtc().addDays(2));
    }

    void jsonRoundTrip()
    {
        PolicyEditor editor;
        editor.loadPolicy(berlinNights(), 3);
        QVERIFY(editor.importJson(SpecExample));
        QVERIFY(editor.importError().isEmpty());
        QVERIFY(editor.dirty()); // edits on top of version 3
        QCOMPARE(editor.version(), 3);
        QVERIFY(google::protobuf::util::MessageDifferencer::Equals(editor.policy(), specPolicy()));

        QTemporaryDir dir;
        const QUrl file = QUrl::fromLocalFile(dir.filePath(QStringLiteral("policy.json")));
        QVERIFY(editor.exportFile(file));
        QVERIFY(!editor.exportFailed());
        QVERIFY(editor.exportMessage().contains(QStringLiteral("policy.json")));
        PolicyEditor other;
        QVERIFY(other.importFile(file));
        QVERIFY(google::protobuf::util::MessageDifferencer::Equals(other.policy(), specPolicy()));
        QCOMPARE(other.exportJson(), editor.exportJson());
        // The same bytes as idlefleetctl's own policyToJson.
        QCOMPARE(editor.exportJson().toUtf8(), policy::policyToJson(specPolicy()));
    }

    void aBadFileSaysWhyAndChangesNothing()
    {
        PolicyEditor editor;
        editor.loadPolicy(specPolicy(), 3);
        QVERIFY(!editor.importJson(R"({"timeZone": "Europe/Berlin", "minSocPercent": 120})"));
        QCOMPARE(editor.importError(),
                 QStringLiteral("policy.minSocPercent: 120 is out of range 0..95"));
        QCOMPARE(editor.minSocPercent(), 40);
        QVERIFY(!editor.importJson(R"({"timeZone": "Europe/Berlin", "colour": "red"})"));
        QVERIFY(editor.importError().contains(QStringLiteral("colour")));
        QVERIFY(!editor.importJson("not json"));
        QVERIFY(!editor.importError().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"timeZone": "Europe/Berlin", "windows": [{"startMinute": 1500}]})");
        broken.close();
        QVERIFY(!editor.importFile(QUrl::fromLocalFile(path)));
        QCOMPARE(editor.importError(),
                 QStringLiteral("broken.json: policy.windows[0].startMinute: 1500 is out of "
                                "range 0..1439"));
        QVERIFY(!editor.importFile(QUrl::fromLocalFile(dir.filePath(QStringLiteral("none")))));
        QVERIFY(editor.importError().startsWith(QStringLiteral("Cannot read none")));
        QVERIFY(google::protobuf::util::MessageDifferencer::Equals(editor.policy(), specPolicy()));

        // An invalid policy is not exported.
        editor.setMinSocPercent(99);
        QVERIFY(!editor.exportFile(QUrl::fromLocalFile(dir.filePath(QStringLiteral("x.json")))));
        QVERIFY(editor.exportFailed());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.json"))));
    }

    void applyNeedsAnOutbox()
    {
        // No AppState and no services: nothing to load from, so nothing to apply.
        PolicyEditor editor;
        editor.loadPolicy(specPolicy(), 3);
        editor.setMinSocPercent(30);
        QVERIFY(!editor.canApply());
        QVERIFY(!editor.apply());
        QCOMPARE(editor.change()->state(), PolicyChange::None);
    }
};

QTEST_GUILESS_MAIN(TestPolicyEditor)
#include "test_policyeditor.moc"
