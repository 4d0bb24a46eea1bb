#pragma once

#include "database.h"
#include "simulator.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace idlefleet::backend {

/// A person who signs in.
struct AccountRecord
{
    QString id;
    QString email;
    QString displayName;
    int role = 0; // v1::Role
    QString organisationId;
    QByteArray password; // makePasswordRecord()
};

/// A signed-in session: both tokens are kept only as digests.
struct SessionRecord
{
    QByteArray accessDigest;
    QByteArray refreshDigest;
    QString accountId;
    qint64 accessExpiresMs = 0;
    qint64 refreshExpiresMs = 0;
    QString family; ///< the sign-in it descends from, through refreshes
};

/// One bucket of status history as the store keeps it (integers: centi-percent, deci-degrees).
struct HistoryBucket
{
    qint64 start = 0; // UTC seconds
    int minutes = 0;
    qint64 socCentiSum = 0;
    int socCentiMin = 0;
    int socCentiMax = 0;
    int contributingMinutes = 0;
    int pluggedMinutes = 0;
    qint64 computeWattMinutes = 0;
    int chipDeciMax = 0;
    qint64 priceWattMinutes = 0; // price x watts over contributing minutes: cost x 60,000
    qint64 grossRateMinutes = 0; // gross micros per hour over contributing minutes: gross x 60
};

/// A key a car accepts signed commands from.
struct KeyRecord
{
    QString vehicleId;
    QString keyId;
    QByteArray publicKey; // SPKI DER
    QString label;
    int role = 1; // v1::KeyRole
    qint64 addedMs = 0;
    qint64 lastUsedMs = 0; // 0: never
    bool revoked = false;
    quint64 lastCounter = 0;
    qint64 revokedMs = 0; // 0: not revoked, or revoked before the time was kept
};

/// A support engineer's read-only access to one car's diagnostics, until an instant.
struct GrantRecord
{
    QString id;
    QString vehicleId;
    QString supportAccountId;
    QString grantedBy; // email
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    qint64 revokedMs = 0; // 0: not revoked

    bool activeAt(qint64 ms) const { return revokedMs == 0 && ms < expiresMs; }
};

/// One use of a support grant.
struct AuditRecord
{
    QString grantId;
    QString vehicleId;
    QString accountId;
    qint64 atMs = 0;
    QString action;
};

/// A fleet manager's key waiting for the organisation's administrator to certify it.
struct PendingCertificateRecord
{
    QString keyId;
    QByteArray publicKey;
    QString label;
    QString managerEmail;
    qint64 requestedMs = 0;
};

/// An organisation's fleet key (the public half; its cars enrol it when they join).
struct OrganisationRecord
{
    QString id;
    QString fleetKeyId;
    QByteArray fleetPublicKey; // SPKI DER
};

/// What a car's telematics unit last reported (integers: centi-percent, deci-degrees).
struct ReportRecord
{
    QString vehicleId;
    qint64 observedMs = 0;
    int socCenti = 0;
    bool pluggedIn = false;
    bool driving = false;
    int chipDeci = 0;
    int computeWatts = 0;
    qint64 energyTodayWh = 0;
    qint64 receivedMs = 0;
};

/// One version of a car's policy as the car confirmed it.
struct PolicyRevisionRecord
{
    qint64 version = 0;
    qint64 appliedMs = 0;
    QString keyId;
    v1::Policy policy;
};

/// idlefleetd's SQLite database in the data folder: versioned schema, WAL journal.

class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (or creates) `path` and brings its schema up to date.
    bool open(const QString &path, QString *error); ///< a SQLite file
    bool open(const DatabaseUrl &url, QString *error);
    /// Opens another connection to a database open() brought up to date, for reads alone (a
    /// reading thread's own: Executor::read()).
    bool openReader(const DatabaseUrl &url, QString *error);
    Dialect dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }
    /// Calls `observer` with the run time of every SQL statement this store runs from now on
    /// (SQLite's profile trace), for the operator's metrics.
    void setStatementObserver(std::function<void(qint64 nanoseconds)> observer);

    int schemaVersion() const;
    bool isEmpty() const;
    /// Whether the world is simulated (made with --demo-world): only then does the backend show
    /// what a car's own screen shows, or put cars to sleep.
    bool isSimulated() const;

    bool insertVehicles(const std::vector<SimulatedVehicle> &vehicles, QString *error);
    /// A new world in one transaction: its cars, their policies and states, simulated up to
    /// `simulatedUntil` (where its backfill starts), its clock at `worldNow`. A crash before the
    /// commit leaves an empty folder, after it a world that resumes where its clock stood.
    bool createWorld(const std::vector<SimulatedVehicle> &vehicles, const QDateTime &simulatedUntil,
                     const QDateTime &worldNow, QString *error);
    std::vector<SimulatedVehicle> loadVehicles() const;
    /// Keeps every car's state, how far the world is simulated, and where the world's clock
    /// stands (`worldNow`, with the wall clock's instant), in one transaction.
    bool saveStates(const std::vector<SimulatedVehicle> &vehicles, const QDateTime &simulatedUntil,
                    const QDateTime &worldNow, QString *error);
    /// Keeps the simulated minutes' status rows, the ledger's changed rows, every car's state
    /// and the world's clock in one transaction (spec/ledger.md, Durability): after a crash at
    /// any moment the world restarts from a commit, and nothing is counted twice or lost.
    bool commitWorld(const std::vector<SimulatedVehicle> &vehicles,
                     const std::vector<MinuteSample> &samples, const LedgerChanges &ledger,
                     const QDateTime &simulatedUntil, const QDateTime &worldNow, QString *error);
    QDateTime simulatedUntil() const;
    /// Where the world's clock stood at the last saveStates(), and the wall clock then.
    struct WorldMark
    {
        QDateTime world;
        qint64 wallMs = 0;
    };
    std::optional<WorldMark> worldMark() const;
    /// Keeps the policy a car runs, with its version, and adds it to the car's policy history
    /// (signed by `keyId`; empty for the policy the car came with).
    bool savePolicy(const QString &vehicleId, qint64 version, const v1::Policy &policy,
                    const QString &keyId = {}, qint64 appliedMs = 0);
    /// Puts cars into a group (empty: none), in one transaction.
    bool setGroup(const QStringList &vehicleIds, const QString &group, QString *error);
    /// The newest `limit` versions of a car's policy, newest first.
    std::vector<PolicyRevisionRecord> policyHistory(const QString &vehicleId, int limit) const;
    /// The policies of many cars (those with a version) in one transaction.
    bool savePolicies(const std::vector<SimulatedVehicle> &vehicles, QString *error);

    // Status history (storehistory.cpp): minutes, with hour and local-day roll-ups.
    enum class Resolution
    {
        Minute = 1,
        Hour = 2,
        Day = 3
    };
    std::vector<HistoryBucket> history(const SimulatedVehicle &vehicle, Resolution resolution,
                                       qint64 from, qint64 to) const;
    /// One minute of a car's past as kept, for the events timeline.
    struct MinuteRow
    {
        qint64 minute = 0;
        int socCenti = 0;
        bool pluggedIn = false;
        bool contributing = false;
        int reasons = 0;
        bool online = true;
        bool jobFailed = false;
        int chipDeci = 0;
    };
    std::vector<MinuteRow> minutes(const QString &vehicleId, qint64 fromMinute,
                                   qint64 toMinute) const;
    /// The instant (UTC seconds) of the oldest minute or ledger entry kept of a car; nullopt
    /// when nothing is kept.
    std::optional<qint64> historyStart(const QString &vehicleId) const;

    // The ledger (storeledger.cpp).
    /// The sessions, entries and jobs still open at `simulatedUntil` (UTC seconds), to continue.
    std::vector<LedgerOpenState> openLedger(qint64 simulatedUntil) const;
    /// A car's entries that start in [from, to), in time order.
    std::vector<LedgerEntry> entries(const QString &vehicleId, qint64 from, qint64 to) const;
    /// A car's sessions that overlap [from, to) (they have an entry that starts in it).
    std::vector<LedgerSession> sessions(const QString &vehicleId, qint64 from, qint64 to) const;
    /// The entries of a car's sessions that start in [sessionFrom, sessionTo), in time order.
    std::vector<LedgerEntry> entriesOfSessions(const QString &vehicleId, qint64 sessionFrom,
                                               qint64 sessionTo) const;
    /// The net of each of a car's entries, by entry start, in time order.
    std::vector<std::pair<qint64, qint64>> entryNets(const QString &vehicleId) const;
    /// A car's jobs of the entries that start in [from, to), in time order.
    std::vector<LedgerJob> jobs(const QString &vehicleId, qint64 from, qint64 to) const;
    /// Sums of whole entries of an organisation's cars that start in [from, to) (both rounded up
    /// to whole UTC hours), by currency and UTC hour, from totals kept with the entries.
    struct OwnerHour
    {
        QString currency;
        qint64 hour = 0; // Unix hour
        qint64 minutes = 0;
        qint64 energyWh = 0;
        qint64 costMicros = 0;
        qint64 grossMicros = 0;
        qint64 ownerMicros = 0;
        qint64 netMicros = 0;
    };
    std::vector<OwnerHour> ownerHours(const QString &owner, qint64 from, qint64 to) const;
    /// A world made before the ledger: its entries are rebuilt from the kept minutes.
    bool needsLedgerRebuild() const;
    bool rebuildLedger(QString *error);

    // Vehicle keys (storekeys.cpp).
    bool insertKey(const KeyRecord &key);
    std::vector<KeyRecord> keysOf(const QString &vehicleId) const;
    std::optional<KeyRecord> key(const QString &vehicleId, const QString &keyId) const;
    bool revokeKey(const QString &vehicleId, const QString &keyId);
    bool reinstateKey(const QString &vehicleId, const QString &keyId, const QString &label,
                      qint64 addedMs);

    /// The answer a car gave to a command, kept so that a retry of the same bytes gets it.
    struct CommandAnswer
    {
        int status = 0;
        QByteArray body;
        QByteArray commandSha256; ///< of the signed command bytes it answered
    };
    std::optional<CommandAnswer> commandResult(const QString &vehicleId,
                                               const QString &idempotencyKey) const;
    /// What a command the car accepted as authentic does, kept in one transaction: its key's
    /// counter and last use, the policy it applied (if any, `version` > 0) and its answer.
    struct CommandCommit
    {
        QString vehicleId;
        QString keyId;
        quint64 counter = 0;
        qint64 whenMs = 0;
        qint64 version = 0; ///< 0: no policy applied
        v1::Policy policy;
        QString idempotencyKey; ///< empty: no answer kept
        CommandAnswer answer;
    };
    bool commitCommand(const CommandCommit &commit, QString *error);

    // Data rights (storeaccounts.cpp).
    /// Records an agreement to `termsVersion`, or its withdrawal.
    bool insertConsent(const QString &accountId, const QString &termsVersion, qint64 atMs,
                       bool withdrawn = false);
    struct ConsentRecord
    {
        QString termsVersion;
        qint64 atMs = 0;
        bool withdrawn = false;
    };
    /// The emails (lower case) of the people whose latest word is an agreement.
    QSet<QString> consentingOwners() const;
    /// Every agreement and withdrawal, oldest first.
    std::vector<ConsentRecord> consentsOf(const QString &accountId) const;
    /// Deletes an account with everything kept about it and its cars, in one transaction.
    bool deleteAccount(const QString &accountId, const QStringList &vehicleIds, QString *error);

    // Support grants and their audit (storegrants.cpp).
    bool insertGrant(const GrantRecord &grant);
    std::optional<GrantRecord> grant(const QString &grantId) const;
    std::vector<GrantRecord> grantsOfVehicle(const QString &vehicleId) const;
    /// Grants on the cars whose `owner` column is `owner` (a person's email or an organisation).
    std::vector<GrantRecord> grantsOnCarsOf(const QString &owner) const;
    std::vector<GrantRecord> grantsHeldBy(const QString &supportAccountId) const;
    bool revokeGrant(const QString &grantId, qint64 whenMs);
    bool appendAudit(const AuditRecord &entry);
    /// The newest `limit` uses of grants on a car, newest first.
    std::vector<AuditRecord> auditOf(const QString &vehicleId, int limit) const;

    // Organisations and their fleet keys (storegrants.cpp).
    bool insertOrganisation(const OrganisationRecord &organisation, QString *error);
    std::optional<OrganisationRecord> organisation(const QString &id) const;
    /// A manager's key waiting for the administrator (kept once per key, for whoever asked
    /// first; false when the organisation already has MaxCertificateRequests waiting, or the
    /// manager MaxCertificateRequestsPerManager).
    bool addCertificateRequest(const QString &organisationId,
                               const PendingCertificateRecord &request);
    std::vector<PendingCertificateRecord> certificateRequests(const QString &organisationId) const;
    /// Keeps the administrator's certificate of a key (replacing an earlier one) and ends the
    /// key's request, in one transaction.
    bool storeCertificate(const QString &organisationId, const QString &keyId,
                          const QByteArray &certificate, qint64 notAfterMs);
    /// The certificate kept for a key, if it is in force at `nowMs`.
    std::optional<QByteArray> certificate(const QString &organisationId, const QString &keyId,
                                          qint64 nowMs) const;
    static constexpr int MaxCertificateRequests = 1000;
    static constexpr int MaxCertificateRequestsPerManager = 20;
    bool revokeCertificate(const QString &organisationId, const QString &keyId, qint64 whenMs);
    bool certificateRevoked(const QString &organisationId, const QString &keyId) const;
    /// Enrols a key in many cars in one transaction (provisioning an organisation's cars).
    bool insertKeys(const std::vector<KeyRecord> &keys, QString *error);

    // Cars' telematics units (storegrants.cpp): device credentials and their last reports.
    /// Gives each car in `digests` (vehicle id, token digest) that credential, replacing any older.
    bool replaceDeviceTokens(const std::vector<std::pair<QString, QByteArray>> &digests,
                             QString *error);
    std::optional<QString> vehicleForDevice(const QByteArray &digest) const;
    std::optional<ReportRecord> lastReport(const QString &vehicleId) const;
    bool saveReport(const ReportRecord &report);

    // Accounts and sessions (storeaccounts.cpp).
    bool insertAccount(const AccountRecord &account, QString *error);
    std::optional<AccountRecord> accountByEmail(const QString &email) const;
    std::optional<AccountRecord> accountById(const QString &id) const;
    bool hasAccounts() const;
    /// Every account, organisation and car id, oldest first (`idlefleetd admin list`).
    std::vector<AccountRecord> accounts() const;
    std::vector<OrganisationRecord> organisations() const;
    /// How many cars the database holds (a running server compares it with its own).
    int vehicleCount() const;
    bool hasVehicle(const QString &id) const;
    /// One more device credential (its digest) for a car's telematics unit.
    bool addDeviceToken(const QString &vehicleId, const QByteArray &digest, QString *error);
    bool setPassword(const QString &accountId, const QByteArray &password);
    bool insertSession(const SessionRecord &session);
    std::optional<SessionRecord> sessionByAccess(const QByteArray &accessDigest) const;
    std::optional<SessionRecord> sessionByRefresh(const QByteArray &refreshDigest) const;
    bool deleteSession(const QByteArray &accessDigest);
    bool deleteSessionsOf(const QString &accountId);
    /// Replaces a session by its refresh (one transaction): the old one goes, its refresh token
    /// is remembered as spent, the new one of the same family comes.
    bool rotateSession(const SessionRecord &old, const SessionRecord &next);
    /// The family of a spent refresh token, if it was spent and has not expired.
    std::optional<QString> spentRefreshFamily(const QByteArray &refreshDigest) const;
    /// Ends a family: its sessions go; returns their access digests.
    QList<QByteArray> deleteFamily(const QString &family);
    /// Forgets sessions whose refresh token has expired.
    void deleteExpiredSessions(qint64 nowMs);

    // What several instances on one database share (storeshared.cpp).
    /// A pairing waiting for the code the car shows (one per car).
    struct PendingPairing
    {
        QByteArray publicKey;
        QString label;
        QString code;
        qint64 expiresMs = 0;
        int triesLeft = 0;
    };
    /// Starts a car's pairing, replacing one that waited.
    bool putPairing(const QString &vehicleId, const PendingPairing &pairing);
    std::optional<PendingPairing> pairing(const QString &vehicleId) const;
    /// Counts one wrong code against the car's pairing of `publicKey`; returns the tries left
    /// (at 0 the pairing is gone), -1 if none waits.
    int spendPairingTry(const QString &vehicleId, const QByteArray &publicKey);
    /// Ends the car's pairing of `publicKey`; true only for the one call that ended it, so a
    /// code is used once whichever instance it reaches.
    bool takePairing(const QString &vehicleId, const QByteArray &publicKey);
    /// Failed password checks under `key` after `sinceMs`: how many, and when the oldest was.
    int failuresSince(const QString &key, qint64 sinceMs, qint64 *oldestMs) const;
    bool addFailure(const QString &key, qint64 atMs);
    bool clearFailures(const QString &key);
    /// When the account of `key` last signed in from its address (0: never).
    qint64 knownAddress(const QString &key) const;
    bool rememberAddress(const QString &key, qint64 atMs);
    /// Forgets failures, addresses and changes older than their use (`nowMs`: the wall clock).
    void forgetStale(qint64 nowMs, qint64 failureWindowMs, qint64 knownAddressMs, qint64 changesMs);

    /// One change another instance must know of (what it keeps in memory: a car's report,
    /// policy or sleep, an owner's consent, a removed car, ended sessions, revoked grants).
    struct Change
    {
        qint64 seq = 0;
        QString kind;
        QString subject;
        QString detail;
        QString origin; ///< the instance that made it
    };
    /// Adds a change from `origin` (PostgreSQL tells the listening instances at once).
    bool addChange(const QString &origin, const QString &kind, const QString &subject,
                   const QString &detail = {});
    /// Changes numbered above `afterSeq`, oldest first, at most `limit`.
    std::vector<Change> changesAfter(qint64 afterSeq, int limit) const;
    qint64 latestChange() const;
    /// Calls `changed` whenever another connection adds a change (PostgreSQL's LISTEN; SQLite,
    /// served by one process, has none to tell). False if the database could not listen.
    bool listenForChanges(QObject *context, std::function<void()> changed);
    /// Whether this connection holds, or now takes, the lease of the world's leader (the one
    /// instance that runs the simulator and market): a PostgreSQL advisory lock held as long as
    /// the connection lives, so a leader that dies gives it up at once. Always true on SQLite.
    bool holdLeadership();

    // How long minute rows are kept (storeretention.cpp).
    /// PostgreSQL: makes the monthly partitions of status_minutes that cover [fromMinute,
    /// toMinute) (Unix minutes), moving any rows the default partition held for them.
    bool preparePartitions(qint64 fromMinute, qint64 toMinute, QString *error);
    /// Deletes the minute rows before `beforeMinute` (whole partitions first on PostgreSQL) and
    /// records that edge; returns how many went, -1 on failure.
    qint64 pruneMinutes(qint64 beforeMinute, QString *error);
    /// The first minute (Unix) minute rows are kept from; 0 while none was pruned.
    qint64 minutesKeptFrom() const;
    /// A block of live-stream sequences no process on this database had before: above every
    /// earlier block, and at least `atLeast`.
    quint64 takeSequenceBlock(quint64 atLeast);
    /// The TLS public-key pin every instance on the database serves; the first to ask records
    /// `pin` and gets it back.
    QString sharedTlsPin(const QString &pin);

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName); }
    bool migrate(QString *error);
    bool writeHistory(const std::vector<SimulatedVehicle> &vehicles,
                      const std::vector<MinuteSample> &samples, QString *error);
    bool writeLedger(const LedgerChanges &changes, QString *error);
    bool writeVehicles(const std::vector<SimulatedVehicle> &vehicles, QString *error);
    bool writePolicies(const std::vector<SimulatedVehicle> &vehicles, QString *error);
    bool writeStates(const std::vector<SimulatedVehicle> &vehicles, const QDateTime &simulatedUntil,
                     const QDateTime &worldNow, QString *error);
    bool exec(const QString &sql, QString *error);
    /// Runs `work` in one transaction: committed if it returns true, else rolled back; false
    /// with the reason in `error` (may be null) when it failed or the commit did.
    bool inTransaction(const std::function<bool()> &work, QString *error);

    QString m_connectionName;
    DatabaseUrl m_url;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_leader = false; ///< holds the leader's lease (holdLeadership())
    std::function<void(qint64)> m_statementObserver;
};

} // namespace idlefleet::backend
