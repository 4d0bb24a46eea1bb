#include "languages.h"
#include "navigation.h"
#include "policy/eligibility.h"
#include "reasons.h"
#include "vehiclelistmodel.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace idlefleet;
using namespace idlefleet::app;

namespace {

Vehicle car(const QString &id, double soc)
{
    Vehicle v;
    v.id = id;
    v.name = QStringLiteral("Car ") + id;
    v.status.socPercent = soc;
    v.status.observedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    v.status.lastSeen = v.status.observedAt;
    v.status.online = true;
    return v;
}

} // namespace

class TestVehicleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updatesInPlaceForTheSameCars()
    {
        VehicleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy loaded(&model, &VehicleListModel::loadedChanged);

        model.setVehicles({car(QStringLiteral("a"), 50), car(QStringLiteral("b"), 60)}, now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(model.loaded());

        model.setVehicles({car(QStringLiteral("a"), 51), car(QStringLiteral("b"), 61)}, now);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.data(model.index(0), VehicleListModel::SocPercentRole).toDouble(), 51.0);

        model.setVehicles({car(QStringLiteral("b"), 61)}, now);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.data(model.index(0), VehicleListModel::IdRole).toString(),
                 QStringLiteral("b"));
    }

    void aStreamedStatusUpdatesItsRowAlone()
    {
        VehicleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVehicles({car(QStringLiteral("a"), 50), car(QStringLiteral("b"), 60)},
                          QDateTime::currentDateTimeUtc());
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        VehicleStatus status = car(QStringLiteral("b"), 42).status;
        status.blockingReasons = {QStringLiteral("below_resume_soc")};
        QVERIFY(model.updateStatus(QStringLiteral("b"), status));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1), VehicleListModel::SocPercentRole).toDouble(), 42.0);
        const QVariantList items =
            model.data(model.index(1), VehicleListModel::ReasonItemsRole).toList();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toMap().value(QStringLiteral("field")).toString(),
                 QStringLiteral("resumeSocPercent"));
        QVERIFY(!model.updateStatus(QStringLiteral("not-listed"), status));
        QCOMPARE(changes.count(), 1);
    }

    void anOfflineCarSaysSoFirstAndWhenItWasLastSeen()
    {
        VehicleListModel model;
        Vehicle asleep = car(QStringLiteral("a"), 50);
        asleep.status.online = false;
        asleep.status.lastSeen = QDateTime(QDate(2026, 11, 22), QTime(18, 40), Qt::UTC);
        asleep.status.blockingReasons = {QStringLiteral("outside_schedule")};
        model.setVehicles({asleep, car(QStringLiteral("b"), 60)}, asleep.status.observedAt);
        // When it last reached the backend, not when its row was fetched.
        QCOMPARE(model.data(model.index(0), VehicleListModel::LastSeenRole).toDateTime(),
                 asleep.status.lastSeen);
        const QVariantList items =
            model.data(model.index(0), VehicleListModel::ReasonItemsRole).toList();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toMap().value(QStringLiteral("code")).toString(),
                 QStringLiteral("offline"));
        QCOMPARE(items.at(0).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Out of reach: the car is asleep or has no signal"));
        QCOMPARE(items.at(1).toMap().value(QStringLiteral("code")).toString(),
                 QStringLiteral("outside_schedule"));
        // A car in reach says nothing of it.
        QVERIFY(model.data(model.index(1), VehicleListModel::ReasonItemsRole).toList().isEmpty());
    }

    /// One catalogue holds every reason core's rules give, and the server's "offline": each
    /// with a label, a sentence to the owner and one to anyone else, and no two alike.
    void theCatalogueKnowsEveryReasonOnce()
    {
        const QStringList codes = Reasons::codes();
        QCOMPARE(codes.first(), QStringLiteral("offline"));
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size());
        QCOMPARE(codes.size(), policy::ReasonCount + 1);
        for (int r = 0; r < policy::ReasonCount; ++r)
            QVERIFY2(codes.contains(QLatin1String(policy::reasonCode(policy::Reason(r)))),
                     policy::reasonCode(policy::Reason(r)));
        QSet<QString> labels;
        // Words for someone else's car never say "you" or "your".
        const QRegularExpression second(QStringLiteral("\\byour?\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
        for (const QString &code : codes) {
            const QString label = Reasons::label(code);
            QVERIFY2(!label.isEmpty() && label != code, qPrintable(code));
            labels.insert(label);
            QVERIFY2(!Reasons::sentence(code).isEmpty(), qPrintable(code));
            const QString other = Reasons::sentence(code, Reasons::Audience::Other);
            QVERIFY2(!other.contains(second), qPrintable(other));
            const QString action = Reasons::action(code, Reasons::Audience::Other);
            QVERIFY2(!action.contains(second), qPrintable(action));
            // A reason with something to do about it names the setting that does it.
            QCOMPARE(Reasons::action(code).isEmpty(), Reasons::field(code).isEmpty());
        }
        QCOMPARE(labels.size(), codes.size());
        QVERIFY(Reasons::sentence(QStringLiteral("a_rule_from_later"))
                    .contains(QStringLiteral("a_rule_from_later")));
    }

    /// Every view asks the catalogue whether a car contributes now and why not: a car out of
    /// reach that last said it contributes does not, and says out of reach first; whom the
    /// words are for follows the account's role.
    void contributingAndItsReasonsAreDecidedInOnePlace()
    {
        VehicleStatus status;
        status.online = false;
        status.contributing = true;
        status.blockingReasons = {QStringLiteral("outside_schedule")};
        QVERIFY(!Reasons::contributingNow(status));
        QCOMPARE(Reasons::codesOf(status),
                 (QStringList{QStringLiteral("offline"), QStringLiteral("outside_schedule")}));
        status.online = true;
        QVERIFY(Reasons::contributingNow(status));
        QCOMPARE(Reasons::codesOf(status), QStringList{QStringLiteral("outside_schedule")});
        status.contributing = false;
        QVERIFY(!Reasons::contributingNow(status));

        QCOMPARE(Reasons::audienceFor(1), Reasons::Audience::Owner);
        QCOMPARE(Reasons::audienceFor(2), Reasons::Audience::Other);
        QCOMPARE(Reasons::audienceFor(3), Reasons::Audience::Other);
        QCOMPARE(Reasons::audienceFor(0), Reasons::Audience::Owner);
    }

    /// The catalogue's words are looked up in the app's translations, in every language.
    void theCatalogueSpeaksTheLanguageInUse()
    {
        QVERIFY(installLanguage(QStringLiteral("en")));
        const auto words = [](const QString &code) {
            return QStringList{Reasons::label(code), Reasons::sentence(code),
                               Reasons::sentence(code, Reasons::Audience::Other),
                               Reasons::action(code)};
        };
        QHash<QString, QStringList> english;
        for (const QString &code : Reasons::codes())
            english.insert(code, words(code));
        const auto restore = qScopeGuard([] { installLanguage(QStringLiteral("en")); });
        for (const char *language : {"de", "fr", "es", "ja", "ru"}) {
            QVERIFY(installLanguage(QLatin1String(language)));
            for (const QString &code : Reasons::codes()) {
                const QStringList translated = words(code);
                for (int i = 0; i < translated.size(); ++i)
                    QVERIFY2(translated[i] != english[code][i] || translated[i].isEmpty(),
                             qPrintable(QStringLiteral("%1 %2: %3")
                                            .arg(QLatin1String(language), code, translated[i])));
            }
        }
    }

    /// A manager or support engineer reads about the organisation's or the owner's car, not
    /// "your" car, and is not offered the owner's consent to give.
    void aManagerIsNotSpokenToAsTheOwner()
    {
        VehicleListModel model;
        Vehicle blocked = car(QStringLiteral("a"), 50);
        blocked.status.blockingReasons = {QStringLiteral("outside_schedule"),
                                          QStringLiteral("no_consent")};
        model.setVehicles({blocked}, blocked.status.observedAt);
        const auto items = [&] {
            return model.data(model.index(0), VehicleListModel::ReasonItemsRole).toList();
        };
        QCOMPARE(items().at(0).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Outside your contribution schedule"));
        QCOMPARE(items().at(1).toMap().value(QStringLiteral("action")).toString(),
                 QStringLiteral("Give your consent"));
        QCOMPARE(items().at(1).toMap().value(QStringLiteral("page")).toInt(),
                 int(Navigation::Onboarding));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSpeaksToOwner(false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(items().at(0).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Outside its contribution schedule"));
        QCOMPARE(items().at(0).toMap().value(QStringLiteral("field")).toString(),
                 QStringLiteral("windows"));
        QCOMPARE(items().at(1).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("The owner has not given consent to take part"));
        QVERIFY(items().at(1).toMap().value(QStringLiteral("action")).toString().isEmpty());
        QVERIFY(items().at(1).toMap().value(QStringLiteral("field")).toString().isEmpty());
        QCOMPARE(model.data(model.index(0), VehicleListModel::ReasonsRole).toStringList().first(),
                 QStringLiteral("Outside its contribution schedule"));
    }

    void keepsRowsWhenAFetchFails()
    {
        VehicleListModel model;
        model.setVehicles({car(QStringLiteral("a"), 50)}, QDateTime::currentDateTimeUtc());
        model.setErrorMessage(QStringLiteral("Cannot reach the fleet backend"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.errorMessage(), QStringLiteral("Cannot reach the fleet backend"));
        model.setVehicles({car(QStringLiteral("a"), 50)}, QDateTime::currentDateTimeUtc());
        QVERIFY(model.errorMessage().isEmpty());
    }

    void exposesEveryRoleByName()
    {
        VehicleListModel model;
        const auto names = model.roleNames();
        for (const char *role :
             {"vehicleId", "name", "model", "socPercent", "pluggedIn", "driving", "contributing",
              "chipTempC", "energyTodayWh", "observedAt", "lastSeen", "online"})
            QVERIFY2(names.values().contains(QByteArray(role)), role);
        QVERIFY(!model.data(model.index(5), VehicleListModel::NameRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestVehicleListModel)
#include "test_vehiclelistmodel.moc"
