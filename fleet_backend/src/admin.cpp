#include "admin.h"

#include "authservice.h"
#include "demoworld.h"
#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/keys.pb.h"
#include "passwordhash.h"
#include "passwordprompt.h"
#include "policy/policydocument.h"
#include "policy/zonerules.h"
#include "simulator.h"
#include "store.h"
#include "vehiclekey.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

namespace idlefleet::backend {
namespace {

constexpr int ExitFailed = 1;
constexpr int ExitBadInput = 2;

int complain(int status, const QString &message)
{
    std::fprintf(stderr, "idlefleetd admin: %s\n", qPrintable(message));
    return status;
}

void print(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
}

QString newId(const QString &prefix)
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    return prefix + QString::fromLatin1(
                        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    return pattern.match(text).hasMatch();
}

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s\\x00-\\x1f]+@[^@\\s\\x00-\\x1f]+$"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

QString roleName(int role)
{
    switch (role) {
    case v1::ROLE_OWNER:
        return QStringLiteral("owner");
    case v1::ROLE_FLEET_MANAGER:
        return QStringLiteral("fleet");
    case v1::ROLE_SUPPORT:
        return QStringLiteral("support");
    default:
        return QStringLiteral("unknown");
    }
}

/// Everything a command needs: its words after the command's own, its options, the store.
struct Invocation
{
    QCommandLineParser &parser;
    QStringList words;
    Store &store;
    bool json = false;
};

int addAccount(Invocation &in)
{
    if (in.words.size() != 1)
        return complain(ExitBadInput, QStringLiteral("account add needs one EMAIL"));
    const QString email = in.words.first();
    if (!isEmail(email))
        return complain(ExitBadInput, QStringLiteral("'%1' is not an e-mail address").arg(email));
    const QString role = in.parser.value(QStringLiteral("role"));
    AccountRecord account;
    account.id = newId(QStringLiteral("acc-"));
    account.email = email;
    account.displayName = in.parser.isSet(QStringLiteral("name"))
                              ? in.parser.value(QStringLiteral("name"))
                              : email.section(QLatin1Char('@'), 0, 0);
    if (role == QLatin1String("owner"))
        account.role = v1::ROLE_OWNER;
    else if (role == QLatin1String("fleet"))
        account.role = v1::ROLE_FLEET_MANAGER;
    else if (role == QLatin1String("support"))
        account.role = v1::ROLE_SUPPORT;
    else
        return complain(ExitBadInput,
                        QStringLiteral("--role: '%1' is not owner, fleet or support").arg(role));
    const QString organisation = in.parser.value(QStringLiteral("organisation"));
    if (account.role == v1::ROLE_FLEET_MANAGER) {
        if (organisation.isEmpty())
            return complain(ExitBadInput,
                            QStringLiteral("a fleet manager needs --organisation ID"));
        if (!in.store.organisations().organisation(organisation))
            return complain(ExitBadInput,
                            QStringLiteral("--organisation: no organisation %1 (organisation "
                                           "add %1 --fleet-key PUBLIC.pem makes it)")
                                .arg(organisation));
        account.organisationId = organisation;
    } else if (!organisation.isEmpty()) {
        return complain(ExitBadInput, QStringLiteral("--organisation is for fleet managers only"));
    }
    if (in.store.accounts().accountByEmail(email))
        return complain(ExitBadInput,
                        QStringLiteral("an account for %1 exists already").arg(email));
    QString error;
    const QString password =
        readPassword(QStringLiteral("New password for %1: ").arg(email), &error);
    if (password.isEmpty())
        return complain(ExitBadInput, error);
    if (password.size() < AuthService::MinPasswordLength)
        return complain(ExitBadInput, QStringLiteral("the password needs at least %1 characters")
                                          .arg(AuthService::MinPasswordLength));
    account.password = makePasswordRecord(password);
    if (!in.store.accounts().insertAccount(account, &error))
        return complain(ExitFailed, error);
    std::fprintf(stderr, "idlefleetd admin: account %s (%s) added as %s\n", qPrintable(account.id),
                 qPrintable(email), qPrintable(role));
    return 0;
}

int addOrganisation(Invocation &in)
{
    if (in.words.size() != 1)
        return complain(ExitBadInput, QStringLiteral("organisation add needs one ID"));
    const QString id = in.words.first();
    if (!isIdentifier(id))
        return complain(ExitBadInput, QStringLiteral("'%1' is not an organisation id (a-z, 0-9 "
                                                     "and -, at most 63)")
                                          .arg(id));
    const QString path = in.parser.value(QStringLiteral("fleet-key"));
    if (path.isEmpty())
        return complain(ExitBadInput, QStringLiteral("organisation add needs --fleet-key "
                                                     "PUBLIC.pem (idlefleetctl fleet key create "
                                                     "prints it)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return complain(
            ExitBadInput,
            QStringLiteral("--fleet-key: cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray pem = file.read(8192);
    if (pem.contains("PRIVATE KEY"))
        return complain(ExitBadInput,
                        QStringLiteral("--fleet-key: %1 holds a private key; give only the public "
                                       "half, which stays with the organisation's administrator")
                            .arg(path));
    const QByteArray der = publicKeyDerFromPem(pem);
    if (der.isEmpty() || !isP256PublicKey(der))
        return complain(ExitBadInput, QStringLiteral("--fleet-key: %1 is not a P-256 public key in "
                                                     "PEM (-----BEGIN PUBLIC KEY-----)")
                                          .arg(path));
    if (in.store.organisations().organisation(id))
        return complain(ExitBadInput, QStringLiteral("the organisation %1 exists already").arg(id));
    QString error;
    if (!in.store.organisations().insertOrganisation({id, keyIdOf(der), der}, &error))
        return complain(ExitFailed, error);
    std::fprintf(stderr, "idlefleetd admin: organisation %s added with fleet key %s\n",
                 qPrintable(id), qPrintable(keyIdOf(der)));
    return 0;
}

int addCar(Invocation &in)
{
    if (in.words.size() != 1)
        return complain(ExitBadInput, QStringLiteral("car add needs one ID"));
    SimulatedVehicle car;
    car.id = in.words.first();
    if (!isIdentifier(car.id))
        return complain(
            ExitBadInput,
            QStringLiteral("'%1' is not a car id (a-z, 0-9 and -, at most 63)").arg(car.id));
    const QString ownerEmail = in.parser.value(QStringLiteral("owner"));
    const QString organisationId = in.parser.value(QStringLiteral("organisation"));
    if (ownerEmail.isEmpty() == organisationId.isEmpty())
        return complain(ExitBadInput,
                        QStringLiteral("car add needs one of --owner EMAIL or --organisation ID"));
    std::optional<OrganisationRecord> organisation;
    if (!ownerEmail.isEmpty()) {
        const auto owner = in.store.accounts().accountByEmail(ownerEmail);
        if (!owner || owner->role != v1::ROLE_OWNER)
            return complain(ExitBadInput, QStringLiteral("--owner: no owner account %1 (account "
                                                         "add %1 --role owner makes it)")
                                              .arg(ownerEmail));
        car.owner = owner->email;
    } else {
        organisation = in.store.organisations().organisation(organisationId);
        if (!organisation)
            return complain(
                ExitBadInput,
                QStringLiteral("--organisation: no organisation %1").arg(organisationId));
        car.owner = organisationOwner(organisationId);
        car.group = in.parser.value(QStringLiteral("group"));
    }
    car.timeZone = in.parser.value(QStringLiteral("zone"));
    if (car.timeZone.isEmpty() || !policy::ZoneRules::forZone(car.timeZone.toUtf8()))
        return complain(ExitBadInput, QStringLiteral("--zone: '%1' is not an IANA time zone (such "
                                                     "as Europe/Berlin)")
                                          .arg(car.timeZone));
    const QString currency = in.parser.value(QStringLiteral("currency"));
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(currency).hasMatch())
        return complain(
            ExitBadInput,
            QStringLiteral("--currency: '%1' is not a currency code (such as EUR)").arg(currency));
    car.name =
        in.parser.isSet(QStringLiteral("name")) ? in.parser.value(QStringLiteral("name")) : car.id;
    car.model = in.parser.value(QStringLiteral("model"));
    if (in.store.world().hasVehicle(car.id))
        return complain(ExitBadInput, QStringLiteral("the car %1 exists already").arg(car.id));

    // The house rule in the car's zone, in its owner's currency (the tariff's prices are the
    // owner's to set).
    car.policy = demoPolicyFor(car.id, car.timeZone);
    car.policy.mutable_tariff()->set_currency(currency.toStdString());
    car.policyVersion = 1;
    QString error;
    if (const QString problem = policy::validatePolicy(car.policy); !problem.isEmpty())
        return complain(ExitFailed, problem);
    const QByteArray token = newToken();
    if (!in.store.world().insertVehicles({car}, &error) ||
        !in.store.policies().savePolicy(car.id, car.policyVersion, car.policy) ||
        !in.store.devices().addDeviceToken(car.id, tokenDigest(token), &error))
        return complain(ExitFailed,
                        error.isEmpty() ? QStringLiteral("cannot store %1").arg(car.id) : error);
    if (organisation && !organisation->fleetPublicKey.isEmpty()) {
        KeyRecord enrolment;
        enrolment.vehicleId = car.id;
        enrolment.keyId = organisation->fleetKeyId;
        enrolment.publicKey = organisation->fleetPublicKey;
        enrolment.label = organisationId + QStringLiteral(" fleet key");
        enrolment.role = v1::KEY_ROLE_FLEET;
        enrolment.addedMs = QDateTime::currentMSecsSinceEpoch();
        if (!in.store.keys().insertKeys({enrolment}, &error))
            return complain(ExitFailed, error);
    }
    // The telematics unit's credential, shown this once (only its digest is kept).
    print(QJsonDocument(QJsonObject{{QStringLiteral("vehicle"), car.id},
                                    {QStringLiteral("token"), QString::fromLatin1(token)}})
              .toJson(QJsonDocument::Compact) +
          '\n');
    std::fprintf(stderr,
                 "idlefleetd admin: car %s added; its telematics unit reports with the token "
                 "above (POST /v1/telemetry, Authorization: Device TOKEN), shown only now\n",
                 qPrintable(car.id));
    return 0;
}

int list(Invocation &in)
{
    const QString what = in.words.value(0);
    if (in.words.size() != 1 ||
        (what != QLatin1String("accounts") && what != QLatin1String("organisations") &&
         what != QLatin1String("cars")))
        return complain(ExitBadInput,
                        QStringLiteral("list needs one of accounts, organisations, cars"));
    QJsonArray items;
    QByteArray text;
    if (what == QLatin1String("accounts")) {
        for (const AccountRecord &account : in.store.accounts().accounts()) {
            items.append(QJsonObject{{QStringLiteral("id"), account.id},
                                     {QStringLiteral("email"), account.email},
                                     {QStringLiteral("name"), account.displayName},
                                     {QStringLiteral("role"), roleName(account.role)},
                                     {QStringLiteral("organisation"), account.organisationId}});
            text +=
                QStringLiteral("%1  %2  %3  %4\n")
                    .arg(account.id, account.email, roleName(account.role), account.organisationId)
                    .trimmed()
                    .toUtf8() +
                '\n';
        }
    } else if (what == QLatin1String("organisations")) {
        for (const OrganisationRecord &organisation : in.store.organisations().organisations()) {
            items.append(QJsonObject{{QStringLiteral("id"), organisation.id},
                                     {QStringLiteral("fleetKeyId"), organisation.fleetKeyId}});
            text += QStringLiteral("%1  %2\n")
                        .arg(organisation.id, organisation.fleetKeyId.isEmpty()
                                                  ? QStringLiteral("(no fleet key)")
                                                  : organisation.fleetKeyId)
                        .toUtf8();
        }
    } else {
        for (const SimulatedVehicle &car : in.store.world().loadVehicles()) {
            items.append(QJsonObject{{QStringLiteral("id"), car.id},
                                     {QStringLiteral("owner"), car.owner},
                                     {QStringLiteral("name"), car.name},
                                     {QStringLiteral("zone"), car.timeZone},
                                     {QStringLiteral("currency"), car.currency()},
                                     {QStringLiteral("group"), car.group}});
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(car.id, car.owner, car.timeZone, car.currency())
                        .toUtf8();
        }
    }
    if (in.json)
        print(QJsonDocument(QJsonObject{{what, items}}).toJson(QJsonDocument::Compact) + '\n');
    else
        print(text);
    return 0;
}

} // namespace

QString adminHelp()
{
    return QStringLiteral(
        "Usage: idlefleetd admin --data DIR [--database URL] COMMAND\n"
        "An operator's accounts, organisations and cars, beside a running idlefleetd or not\n"
        "(a running one sees them within 10 s).\n"
        "\n"
        "Commands:\n"
        "  account add EMAIL --role owner|fleet|support [--organisation ID] [--name NAME]\n"
        "      a person who signs in; the password comes from IDLEFLEET_PASSWORD or a prompt\n"
        "      (at least 10 characters); a fleet manager needs --organisation\n"
        "  organisation add ID --fleet-key PUBLIC.pem\n"
        "      an organisation and the public half of its fleet key (the administrator keeps\n"
        "      the private half: idlefleetctl fleet key create)\n"
        "  car add ID (--owner EMAIL | --organisation ID) --zone ZONE --currency CODE\n"
        "          [--name NAME] [--model MODEL] [--group GROUP]\n"
        "      a car; prints its telematics unit's credential once, as one JSON line\n"
        "  list accounts|organisations|cars [--json]\n"
        "\n"
        "Options:\n"
        "  --data DIR        the server's data folder\n"
        "  --database URL    sqlite: (the default, the database file in DIR) or\n"
        "                    postgresql://USER@HOST:PORT/DB (also ?host=/socket/dir)\n"
        "  --json            list prints one JSON object\n"
        "  -h, --help        shows this help\n");
}

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const auto valueOption = [](const char *name, const char *value) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(value));
    };
    parser.addOptions(
        {valueOption("data", "DIR"), valueOption("database", "URL"), valueOption("role", "ROLE"),
         valueOption("organisation", "ID"), valueOption("name", "NAME"),
         valueOption("fleet-key", "FILE"), valueOption("owner", "EMAIL"),
         valueOption("zone", "ZONE"), valueOption("currency", "CODE"),
         valueOption("model", "MODEL"), valueOption("group", "GROUP"),
         QCommandLineOption(QStringLiteral("json")),
         QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")})});
    if (!parser.parse(QStringList{QStringLiteral("idlefleetd admin")} + arguments))
        return complain(ExitBadInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(adminHelp().toUtf8());
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return complain(ExitBadInput, QStringLiteral("a command is missing: account add, "
                                                     "organisation add, car add or list (see "
                                                     "idlefleetd admin --help)"));
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty())
        return complain(ExitBadInput, QStringLiteral("--data DIR is required"));
    DatabaseUrl database;
    QString error;
    if (!parseDatabaseUrl(parser.value(QStringLiteral("database")), dataDir, &database, &error))
        return complain(ExitBadInput, error);

    using Handler = int (*)(Invocation &);
    struct Command
    {
        QStringList name;
        Handler run;
    };
    static const Command commands[] = {
        {{QStringLiteral("account"), QStringLiteral("add")}, addAccount},
        {{QStringLiteral("organisation"), QStringLiteral("add")}, addOrganisation},
        {{QStringLiteral("car"), QStringLiteral("add")}, addCar},
        {{QStringLiteral("list")}, list},
    };
    const Command *found = nullptr;
    for (const Command &command : commands) {
        if (words.mid(0, command.name.size()) == command.name)
            found = &command;
    }
    if (!found)
        return complain(ExitBadInput, QStringLiteral("unknown command '%1': account add, "
                                                     "organisation add, car add or list")
                                          .arg(words.join(QLatin1Char(' '))));

    if (!QDir().mkpath(dataDir))
        return complain(ExitFailed,
                        QStringLiteral("cannot create the data folder %1").arg(dataDir));
    Store store;
    if (!store.open(database, &error))
        return complain(ExitFailed, error);
    Invocation invocation{parser, words.mid(int(found->name.size())), store,
                          parser.isSet(QStringLiteral("json"))};
    return found->run(invocation);
}

} // namespace idlefleet::backend
