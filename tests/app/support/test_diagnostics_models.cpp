// EventTimelineModel and DiagnosticsModel against a real idlefleetd with the demo world, signed
// in as the demo support engineer (who holds a grant for veh-alex-1 only).

#include "backendprocess.h"
#include "diagnosticsmodel.h"
#include "eventtimelinemodel.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "policy/explain.h"
#include "reasons.h"
#include "waituntil.h"
#include "worldnow.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <memory>

using namespace idlefleet;
using namespace idlefleet::client;
using idlefleet::app::DiagnosticsModel;
using idlefleet::app::EventTimelineModel;

namespace {

const QString Car = QStringLiteral("veh-alex-1");
const QString CarWithoutGrant = QStringLiteral("veh-alex-2");

/// Waits for a fetch to end (loading goes true, then false).
template<typename Model>
bool waitLoaded(Model &model)
{
    // A fetch that ended at once never shows loading.
    (void)QTest::qWaitFor([&] { return model.loading(); }, 2000);
    return QTest::qWaitFor([&] { return !model.loading(); }, 60000);
}

/// The test's own idea of which kinds a filter covers.
int categoryOfKind(EventInfo::Kind kind)
{
    switch (kind) {
    case EventInfo::ContributionStarted:
    case EventInfo::ContributionStopped:
    case EventInfo::BlockingChanged:
        return EventTimelineModel::Contribution;
    case EventInfo::PluggedIn:
    case EventInfo::Unplugged:
        return EventTimelineModel::Plugging;
    case EventInfo::JobFailed:
        return EventTimelineModel::Jobs;
    case EventInfo::ConnectionLost:
    case EventInfo::ConnectionRestored:
        return EventTimelineModel::Connectivity;
    case EventInfo::KeyAdded:
    case EventInfo::KeyRevoked:
        return EventTimelineModel::AccessKeys;
    case EventInfo::PolicyChanged:
        return EventTimelineModel::Policy;
    default:
        return EventTimelineModel::Other;
    }
}

} // namespace

class TestDiagnosticsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Times as "02:14", whatever the machine's language.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(m_dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                                 {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                  QStringLiteral("0")}),
                 qPrintable(m_backend.error()));
        m_client.setEndpoint(m_backend.url(), {m_backend.pin()});
        QVERIFY(worldNowFrom(m_client).isValid()); // "now" for the models is the world's
        AWAIT_JOB(login, m_client.login(QStringLiteral("support@example.com"),
                                        QStringLiteral("demo-support")));
        QVERIFY2(login->error() == FleetJob::NoError, qPrintable(login->errorString()));
    }

    void theTimelineIsNewestFirstOnTheCarsClock()
    {
        EventTimelineModel model;
        model.setClient(&m_client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setVehicleId(Car);
        QVERIFY(waitLoaded(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QVERIFY(model.count() > 0);
        QCOMPARE(model.count(), model.totalCount());
        WAIT_UNTIL(model.timeZone() == QLatin1String("Europe/Berlin"), model.errorMessage(), 5000);
        const QDateTime weekAgo = worldNowFrom(m_client).addDays(-7).addSecs(-60);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex at = model.index(row);
            const QDateTime when = at.data(EventTimelineModel::AtRole).toDateTime();
            QVERIFY(when >= weekAgo);
            if (row > 0)
                QVERIFY(model.index(row - 1).data(EventTimelineModel::AtRole).toDateTime() >= when);
            QVERIFY(!at.data(EventTimelineModel::TitleRole).toString().isEmpty());
            // Reasons in the app's words, one per code.
            QCOMPARE(at.data(EventTimelineModel::ReasonsRole).toStringList().size(),
                     at.data(EventTimelineModel::ReasonCodesRole).toStringList().size());
        }
        // The car's clock is Berlin's; UTC is shown beside it.
        const QModelIndex first = model.index(0);
        const QDateTime when = first.data(EventTimelineModel::AtRole).toDateTime();
        const QDateTime berlin = when.toTimeZone(QTimeZone("Europe/Berlin"));
        const QString local = first.data(EventTimelineModel::LocalTimeRole).toString();
        const QString utc = first.data(EventTimelineModel::UtcTimeRole).toString();
        QVERIFY2(local.contains(QLocale().toString(berlin.time(), QLocale::ShortFormat)),
                 qPrintable(local));
        QVERIFY2(utc.contains(QLocale().toString(when.toUTC().time(), QLocale::ShortFormat)),
                 qPrintable(utc));
        QVERIFY(local != utc);

        // The same week straight from the backend has as many events.
        const QDateTime now = worldNowFrom(m_client);
        AWAIT_JOB(raw, m_client.fetchEvents(Car, now.addDays(-7), now));
        QVERIFY(qAbs(int(raw->result().size()) - model.totalCount()) <= 3);
    }

    void eachFilterRemovesTheRowsOfItsKind()
    {
        EventTimelineModel model;
        model.setClient(&m_client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setVehicleId(Car);
        QVERIFY(waitLoaded(model));
        QVERIFY(model.totalCount() > 0);
        QHash<int, int> perCategory;
        for (const EventInfo &event : model.events())
            ++perCategory[categoryOfKind(event.kind)];
        // The demo car's week has contribution and plugging events at least.
        QVERIFY(perCategory.value(EventTimelineModel::Contribution) > 0);
        QVERIFY(perCategory.value(EventTimelineModel::Plugging) > 0);

        const int all = model.totalCount();
        for (int category : {EventTimelineModel::Contribution, EventTimelineModel::Plugging,
                             EventTimelineModel::Jobs, EventTimelineModel::Connectivity,
                             EventTimelineModel::AccessKeys, EventTimelineModel::Policy}) {
            model.setCategoryEnabled(EventTimelineModel::Category(category), false);
            QCOMPARE(model.count(), all - perCategory.value(category));
            for (int row = 0; row < model.rowCount(); ++row) {
                const auto kind =
                    EventInfo::Kind(model.index(row).data(EventTimelineModel::KindRole).toInt());
                QVERIFY(categoryOfKind(kind) != category);
            }
            model.setCategoryEnabled(EventTimelineModel::Category(category), true);
            QCOMPARE(model.count(), all);
        }
        // Only plugging left: exactly the plug events.
        model.setCategories(EventTimelineModel::Plugging);
        QCOMPARE(model.count(), perCategory.value(EventTimelineModel::Plugging));
        model.setCategories(EventTimelineModel::AllCategories);
        QCOMPARE(model.count(), all);
    }

    void searchFindsTitlesReasonsAndDetails()
    {
        EventTimelineModel model;
        model.setClient(&m_client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setVehicleId(Car);
        QVERIFY(waitLoaded(model));
        const int all = model.totalCount();
        int unplugged = 0;
        QString someReason;
        for (const EventInfo &event : model.events()) {
            unplugged += event.kind == EventInfo::Unplugged;
            if (someReason.isEmpty() && !event.reasons.isEmpty())
                someReason = event.reasons.front();
        }
        QVERIFY(unplugged > 0);
        // "Unplugged" is a title (and no other event's words contain it).
        model.setSearchText(QStringLiteral("unplugged"));
        QCOMPARE(model.count(), unplugged);
        // A reason, by its code and by the words the app uses for it.
        QVERIFY(!someReason.isEmpty());
        model.setSearchText(someReason);
        QVERIFY(model.count() > 0 && model.count() < all);
        const QString words = app::Reasons::sentence(someReason, app::Reasons::Audience::Other);
        model.setSearchText(words.toUpper());
        const int byWords = model.count();
        QVERIFY(byWords > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row)
                        .data(EventTimelineModel::ReasonsRole)
                        .toStringList()
                        .contains(words));
        model.setSearchText(QStringLiteral("no event says this"));
        QCOMPARE(model.count(), 0);
        model.setSearchText({});
        QCOMPARE(model.count(), all);
    }

    void longerRangesArePagedThroughSeveralCalls()
    {
        EventTimelineModel model;
        model.setClient(&m_client);
        model.setDays(200);
        QCOMPARE(model.days(), EventTimelineModel::MaxDays);
        model.setDays(45);
        model.setVehicleId(Car);
        QVERIFY(waitLoaded(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        // Events from both calls: older than 31 days, and from today.
        const QDateTime now = worldNowFrom(m_client);
        QVERIFY(model.events().front().at > now.addDays(-1));
        QVERIFY(model.events().back().at < now.addDays(-32));
        QVERIFY(model.events().back().at >= now.addDays(-45).addSecs(-60));
        for (std::size_t i = 1; i < model.events().size(); ++i)
            QVERIFY(model.events()[i - 1].at >= model.events()[i].at);
    }

    void diagnosticsAndPolicyHistoryLoad()
    {
        DiagnosticsModel model;
        model.setClient(&m_client);
        model.setVehicleId(Car);
        QVERIFY(waitLoaded(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QVERIFY(model.loaded());
        QVERIFY(!model.firmwareVersion().isEmpty());
        QVERIFY(!model.computeModule().isEmpty());
        QVERIFY(model.confirmedPolicyVersion() >= 1);
        QVERIFY(model.lastSeen().isValid());
        QVERIFY(!model.lastSeenText().isEmpty());
        QVERIFY(qAbs(model.clockSkewMs()) <= 800);
        QVERIFY(!model.clockSkewText().isEmpty());
        QVERIFY(model.connectionLosses24h() >= 0);
        QVERIFY(model.jobFailures24h() >= 0);
        QCOMPARE(model.timeZone(), QStringLiteral("Europe/Berlin"));
        QVERIFY(model.policyVersion() >= 1);
        QVERIFY2(model.policySummary().contains(QStringLiteral("40%")),
                 qPrintable(model.policySummary()));

        AWAIT_JOB(raw, m_client.fetchPolicyHistory(Car));
        QCOMPARE(model.policyVersions().size(), raw->result().revisions_size());
        QVERIFY(!model.policyVersions().isEmpty());
        for (int i = 0; i < model.policyVersions().size(); ++i) {
            const QVariantMap version = model.policyVersions().at(i).toMap();
            const v1::PolicyRevision &revision = raw->result().revisions(i);
            QCOMPARE(version.value(QStringLiteral("version")).toLongLong(),
                     qint64(revision.version()));
            QCOMPARE(version.value(QStringLiteral("keyId")).toString(),
                     QString::fromStdString(revision.key_id()).left(8));
            QVERIFY(version.value(QStringLiteral("keyId")).toString().size() <= 8);
            QVERIFY(!version.value(QStringLiteral("appliedText")).toString().isEmpty());
        }
    }

    void theTraceOfANightMinuteNamesItsFigures()
    {
        DiagnosticsModel model;
        model.setClient(&m_client);
        model.setVehicleId(Car);
        QVERIFY(waitLoaded(model));
        const QTimeZone berlin("Europe/Berlin");
        const QLocale locale;
        // Minutes in which the car was blocked: one minute after each change to a blocked
        // state that lasted a few minutes, night minutes first (the car waits for its resume
        // level or its 07:30 departure's 70% then).
        EventTimelineModel timeline;
        timeline.setClient(&m_client);
        timeline.setVehicleId(Car);
        QVERIFY(waitLoaded(timeline));
        std::vector<QDateTime> blocked;
        const auto &events = timeline.events(); // newest first
        for (std::size_t i = 1; i < events.size(); ++i) {
            const EventInfo &event = events[i];
            if (event.reasons.isEmpty() || (event.kind != EventInfo::BlockingChanged &&
                                            event.kind != EventInfo::ContributionStopped))
                continue;
            const QDateTime minute =
                QDateTime::fromSecsSinceEpoch((event.at.toSecsSinceEpoch() / 60 + 1) * 60, Qt::UTC);
            if (events[i - 1].at.secsTo(minute) < -120)
                blocked.push_back(minute);
        }
        QVERIFY(!blocked.empty());
        std::stable_partition(blocked.begin(), blocked.end(), [&](const QDateTime &at) {
            const int hour = at.toTimeZone(berlin).time().hour();
            return hour >= 19 || hour < 7;
        });
        int explained = 0;
        for (std::size_t i = 0; i < blocked.size() && i < 12 && explained == 0; ++i) {
            {
                const QDateTime at = blocked[i];
                model.traceAt(at);
                QVERIFY(model.traceBusy());
                QVERIFY(QTest::qWaitFor([&] { return !model.traceBusy(); }, 30000));
                QVERIFY2(model.traceError().isEmpty(), qPrintable(model.traceError()));
                const QString sentence = model.traceSentence();
                const QString time =
                    locale.toString(at.toTimeZone(berlin).time(), QLocale::ShortFormat);
                QVERIFY2(sentence.startsWith(QStringLiteral("At %1 ").arg(time)),
                         qPrintable(sentence));
                qInfo("%s", qPrintable(sentence));

                // The same minute straight from the backend, and the figures behind it.
                AWAIT_JOB(raw, m_client.fetchTrace(Car, at));
                const v1::EligibilityTrace &trace = raw->result();
                QCOMPARE(model.traceReasons().size(), trace.reasons_size());
                if (trace.state().contributing()) {
                    QCOMPARE(sentence, QStringLiteral("At %1 it contributed.").arg(time));
                    continue;
                }
                if (trace.reasons_size() == 0)
                    continue;
                QVERIFY2(sentence.contains(QStringLiteral("did not contribute because")),
                         qPrintable(sentence));
                policy::ReasonSet set = 0;
                for (int r = 0; r < policy::ReasonCount; ++r) {
                    for (const std::string &code : trace.reasons())
                        if (code == policy::reasonCode(policy::Reason(r)))
                            set |= policy::ReasonSet(1u << r);
                }
                const auto figures = policy::explainReasons(trace.policy(), trace.state(),
                                                            trace.at().seconds(), set);
                for (const policy::ReasonExplanation &e : figures) {
                    const QString charge = QStringLiteral("%1%").arg(qRound(e.socPercent));
                    switch (e.reason) {
                    case policy::Reason::BelowMinSoc:
                    case policy::Reason::BelowResumeSoc:
                        QVERIFY2(sentence.contains(QStringLiteral("%1%").arg(e.thresholdPercent)),
                                 qPrintable(sentence));
                        QVERIFY2(sentence.contains(charge), qPrintable(sentence));
                        ++explained;
                        break;
                    case policy::Reason::DepartureReserve: {
                        QVERIFY(e.departureAt > 0);
                        const QString leaves =
                            locale.toString(QDateTime::fromSecsSinceEpoch(e.departureAt, Qt::UTC)
                                                .toTimeZone(berlin)
                                                .time(),
                                            QLocale::ShortFormat);
                        QVERIFY2(sentence.contains(QStringLiteral("the %1 departure needs %2%")
                                                       .arg(leaves)
                                                       .arg(e.thresholdPercent)),
                                 qPrintable(sentence));
                        ++explained;
                        break;
                    }
                    case policy::Reason::OutsideSchedule:
                        if (e.until > 0) {
                            const QString opens =
                                locale.toString(QDateTime::fromSecsSinceEpoch(e.until, Qt::UTC)
                                                    .toTimeZone(berlin)
                                                    .time(),
                                                QLocale::ShortFormat);
                            QVERIFY2(sentence.contains(opens), qPrintable(sentence));
                            ++explained;
                        }
                        break;
                    default:
                        break;
                    }
                }
                for (const QVariant &reason : model.traceReasons()) {
                    const QVariantMap map = reason.toMap();
                    QVERIFY(!map.value(QStringLiteral("code")).toString().isEmpty());
                    QCOMPARE(map.value(QStringLiteral("text")).toString(),
                             app::Reasons::sentence(map.value(QStringLiteral("code")).toString(),
                                                    app::Reasons::Audience::Other));
                }
            }
        }
        QVERIFY2(explained > 0, "no blocked minute of the last week was blocked by a charge "
                                "level, a departure or the schedule");

        // A time typed on the car's clock is read on the car's clock.
        QVERIFY(!model.explain(QStringLiteral("yesterday at two")));
        QVERIFY(!model.traceError().isEmpty());
        const QDate yesterday =
            worldNowFrom(m_client).toTimeZone(QTimeZone("Europe/Berlin")).date().addDays(-1);
        QVERIFY(model.explain(yesterday.toString(Qt::ISODate) + QStringLiteral(" 02:14")));
        QVERIFY(QTest::qWaitFor([&] { return !model.traceBusy(); }, 30000));
        QVERIFY2(model.traceError().isEmpty(), qPrintable(model.traceError()));
        QVERIFY2(
            model.traceTimeText().contains(locale.toString(QTime(2, 14), QLocale::ShortFormat)),
            qPrintable(model.traceTimeText()));
    }

    void aCarWithoutAGrantSaysSo()
    {
        DiagnosticsModel diagnostics;
        diagnostics.setClient(&m_client);
        diagnostics.setVehicleId(CarWithoutGrant);
        QVERIFY(waitLoaded(diagnostics));
        QVERIFY(!diagnostics.loaded());
        QVERIFY2(diagnostics.errorMessage().contains(CarWithoutGrant) &&
                     diagnostics.errorMessage().contains(QStringLiteral("grant")),
                 qPrintable(diagnostics.errorMessage()));

        EventTimelineModel timeline;
        timeline.setClient(&m_client);
        timeline.setVehicleId(CarWithoutGrant);
        QVERIFY(waitLoaded(timeline));
        QCOMPARE(timeline.count(), 0);
        QCOMPARE(timeline.errorMessage(), diagnostics.errorMessage());

        QTemporaryDir dir;
        QSignalSpy finished(&diagnostics, &DiagnosticsModel::bundleFinished);
        diagnostics.makeBundle(QUrl::fromLocalFile(dir.filePath(QStringLiteral("b.json"))));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.front().front().toBool(), false);
        QCOMPARE(diagnostics.bundleError(), diagnostics.errorMessage());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.json"))));
    }

    void theBundleHasNothingPersonal()
    {
        DiagnosticsModel model;
        model.setClient(&m_client);
        model.setVehicleId(Car);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.json"));
        QList<double> progress;
        connect(&model, &DiagnosticsModel::bundleChanged, this,
                [&] { progress.append(model.bundleProgress()); });
        QSignalSpy finished(&model, &DiagnosticsModel::bundleFinished);
        model.makeBundle(QUrl::fromLocalFile(path));
        QVERIFY(model.bundleBusy());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.front().front().toBool(), qPrintable(model.bundleError()));
        QVERIFY(!model.bundleBusy());
        QCOMPARE(model.bundleSavedPath(), path);
        QCOMPARE(model.bundleProgress(), 1.0);
        // Progress went up step by step.
        QVERIFY(progress.size() > 3);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(QJsonDocument::fromJson(bytes).isObject());
        QVERIFY(bytes.contains("veh-alex-1"));
        QVERIFY(bytes.contains("\"events\""));
        const QString text = QString::fromUtf8(bytes);
        for (const QString &personal :
             {QStringLiteral("alex@example.com"), QStringLiteral("Alex Example"),
              QStringLiteral("Blue Saloon")})
            QVERIFY2(!text.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
    }

private:
    QTemporaryDir m_dir;
    BackendProcess m_backend;
    FleetClient m_client;
};

QTEST_MAIN(TestDiagnosticsModels)
#include "test_diagnostics_models.moc"
