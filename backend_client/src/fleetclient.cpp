#include "fleetclient.h"

#include "idlefleet/v1/organisation.pb.h"
#include "pinnedtransport.h"

namespace idlefleet::client {

FleetClient::FleetClient(QObject *parent)
    : QObject(parent)
    , m_transport(new PinnedTransport(this))
{}

FleetClient::~FleetClient()
{
    // Its children go in the order they were made: the transport first, then the calls.
    qDeleteAll(findChildren<FleetJob *>(Qt::FindDirectChildrenOnly));
}

void FleetClient::setEndpoint(const QUrl &baseUrl, const QStringList &pins)
{
    m_transport->setEndpoint(baseUrl, pins);
}

QUrl FleetClient::baseUrl() const
{
    return m_transport->baseUrl();
}

QStringList FleetClient::pins() const
{
    return m_transport->pins();
}

void FleetClient::adoptSession(const Session &session)
{
    m_session = session;
    m_transport->setAccessToken(session.accessToken);
    Q_EMIT sessionChanged();
}

void FleetClient::setSession(const Session &session)
{
    ++m_sessionGeneration;
    adoptSession(session);
}

SessionJob *FleetClient::login(const QString &email, const QString &password, QObject *owner)
{
    const QByteArray body = encodeLogin(email, password);
    auto *job = new SessionJob(
        this, [this, body] { return m_transport->post(QStringLiteral("/v1/auth/login"), body); },
        owner);
    connect(job, &FleetJob::finished, this, [this, job] {
        if (job->error() == FleetJob::NoError) {
            ++m_sessionGeneration;
            adoptSession(job->result());
        }
    });
    return job;
}

EmptyJob *FleetClient::logout(QObject *owner)
{
    auto *job = new EmptyJob(
        this, [this] { return m_transport->post(QStringLiteral("/v1/auth/logout"), {}); }, owner);
    ++m_sessionGeneration; // a refresh still on its way must not sign back in
    connect(job, &FleetJob::finished, this, [this] { adoptSession({}); });
    return job;
}

void FleetClient::refreshSession(QObject *context, std::function<void(bool)> done)
{
    m_waitingForRefresh.emplace_back(context, std::move(done));
    if (m_refreshing)
        return;
    const QByteArray body = encodeRefresh(m_session.refreshToken);
    m_refreshing = new SessionJob(
        this, [this, body] { return m_transport->post(QStringLiteral("/v1/auth/refresh"), body); },
        this);
    const quint64 generation = m_sessionGeneration;
    connect(m_refreshing, &FleetJob::finished, this, [this, generation] {
        SessionJob *job = m_refreshing;
        m_refreshing = nullptr;
        job->deleteLater();
        const bool current = generation == m_sessionGeneration;
        const bool refreshed = current && job->error() == FleetJob::NoError;
        // A refused refresh ends the session; a network failure keeps it for a later try.
        if (refreshed)
            adoptSession(job->result());
        else if (current && job->error() == FleetJob::NotSignedIn)
            adoptSession({});
        auto waiting = std::move(m_waitingForRefresh);
        m_waitingForRefresh.clear();
        for (auto &[receiver, callback] : waiting) {
            if (receiver)
                callback(refreshed);
        }
    });
}

ServerInfoJob *FleetClient::fetchServerInfo(QObject *owner)
{
    return new ServerInfoJob(
        this, [this] { return m_transport->get(QStringLiteral("/v1/info")); }, owner);
}

HistoryJob *FleetClient::fetchHistory(const QString &vehicleId, const QDateTime &from,
                                      const QDateTime &to, Resolution resolution, QObject *owner)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.toUTC().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toUTC().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("resolution"),
                       resolution == Resolution::Minute ? QStringLiteral("minute")
                       : resolution == Resolution::Hour ? QStringLiteral("hour")
                                                        : QStringLiteral("day"));
    const QString path = QStringLiteral("/v1/vehicles/%1/history").arg(vehicleId);
    return new HistoryJob(
        this, [this, path, query] { return m_transport->get(path, query); }, owner);
}

namespace {

QUrlQuery rangeQuery(const QDateTime &from, const QDateTime &to)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.toUTC().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toUTC().toString(Qt::ISODate));
    return query;
}

} // namespace

EarningsJob *FleetClient::fetchSessions(const QString &vehicleId, const QDateTime &from,
                                        const QDateTime &to, QObject *owner, bool withJobs)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/sessions").arg(vehicleId);
    QUrlQuery query = rangeQuery(from, to);
    if (withJobs)
        query.addQueryItem(QStringLiteral("jobs"), QStringLiteral("true"));
    return new EarningsJob(
        EarningsJob::Kind::Sessions, this,
        [this, path, query] { return m_transport->get(path, query); }, owner);
}

EarningsJob *FleetClient::fetchEarnings(const QString &vehicleId, const QDateTime &from,
                                        const QDateTime &to, Period by, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/earnings").arg(vehicleId);
    QUrlQuery query = rangeQuery(from, to);
    query.addQueryItem(QStringLiteral("by"), by == Period::Hour   ? QStringLiteral("hour")
                                             : by == Period::Day  ? QStringLiteral("day")
                                             : by == Period::Week ? QStringLiteral("week")
                                                                  : QStringLiteral("month"));
    return new EarningsJob(
        EarningsJob::Kind::Earnings, this,
        [this, path, query] { return m_transport->get(path, query); }, owner);
}

ForecastJob *FleetClient::fetchForecast(const QString &vehicleId, int days, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/forecast").arg(vehicleId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("days"), QString::number(days));
    return new ForecastJob(
        decodeForecast, this, [this, path, query] { return m_transport->get(path, query); }, owner);
}

PayoutsJob *FleetClient::fetchPayouts(const QString &vehicleId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/payouts").arg(vehicleId);
    return new PayoutsJob(
        decodePayouts, this, [this, path] { return m_transport->get(path); }, owner);
}

PolicyHistoryJob *FleetClient::fetchPolicyHistory(const QString &vehicleId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/policy/history").arg(vehicleId);
    return new PolicyHistoryJob(
        decodePolicyHistory, this, [this, path] { return m_transport->get(path); }, owner);
}

TraceJob *FleetClient::fetchTrace(const QString &vehicleId, const QDateTime &at, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/trace").arg(vehicleId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("at"), at.toUTC().toString(Qt::ISODate));
    return new TraceJob(
        decodeTrace, this, [this, path, query] { return m_transport->get(path, query); }, owner);
}

DiagnosticsJob *FleetClient::fetchDiagnostics(const QString &vehicleId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/diagnostics").arg(vehicleId);
    return new DiagnosticsJob(
        decodeDiagnostics, this, [this, path] { return m_transport->get(path); }, owner);
}

OrganisationSummaryJob *FleetClient::fetchOrganisationSummary(const QDateTime &from,
                                                              const QDateTime &to, QObject *owner)
{
    const QUrlQuery query = rangeQuery(from, to);
    return new OrganisationSummaryJob(
        decodeOrganisationSummary, this,
        [this, query] {
            return m_transport->get(QStringLiteral("/v1/organisation/summary"), query);
        },
        owner);
}

EmptyJob *FleetClient::setGroup(const QStringList &vehicleIds, const QString &group, QObject *owner)
{
    v1::SetGroupRequest request;
    for (const QString &id : vehicleIds)
        request.add_vehicle_ids(id.toStdString());
    request.set_group(group.toStdString());
    const QByteArray body = QByteArray::fromStdString(request.SerializeAsString());
    return new EmptyJob(
        this,
        [this, body] { return m_transport->post(QStringLiteral("/v1/organisation/groups"), body); },
        owner);
}

DiagnosticsJob *FleetClient::simulateSleep(const QString &vehicleId, int minutes, QObject *owner)
{
    const QString path = QStringLiteral("/v1/sim/vehicles/%1/sleep").arg(vehicleId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("minutes"), QString::number(minutes));
    // Setting a sleep again from now is harmless: the call may be retried.
    return new DiagnosticsJob(
        decodeDiagnostics, this, [this, path, query] { return m_transport->post(path, {}, query); },
        owner);
}

PairingJob *FleetClient::startPairing(const QString &vehicleId, const QByteArray &publicKey,
                                      const QString &label, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/pairings").arg(vehicleId);
    const QByteArray body = encodePairingRequest(publicKey, label);
    return new PairingJob(
        decodePairing, this, [this, path, body] { return m_transport->post(path, body); }, owner);
}

KeyJob *FleetClient::confirmPairing(const QString &vehicleId, const QByteArray &publicKey,
                                    const QString &code, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/pairings/confirm").arg(vehicleId);
    const QByteArray body = encodePairingConfirmation(publicKey, code);
    return new KeyJob(
        decodeKey, this, [this, path, body] { return m_transport->post(path, body); }, owner);
}

KeyListJob *FleetClient::listKeys(const QString &vehicleId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/keys").arg(vehicleId);
    return new KeyListJob(
        decodeKeyList, this, [this, path] { return m_transport->get(path); }, owner);
}

KeyJob *FleetClient::revokeKey(const QString &vehicleId, const QString &keyId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/keys/%2/revoke").arg(vehicleId, keyId);
    return new KeyJob(
        decodeKey, this, [this, path] { return m_transport->post(path, {}); }, owner);
}

CarScreenJob *FleetClient::carScreen(const QString &vehicleId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/sim/vehicles/%1/screen").arg(vehicleId);
    return new CarScreenJob(
        decodeCarScreen, this, [this, path] { return m_transport->get(path); }, owner);
}

CommandJob *FleetClient::sendCommand(const QString &vehicleId, const QByteArray &command,
                                     const QByteArray &signature, QObject *owner,
                                     const QByteArray &certificate)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/commands").arg(vehicleId);
    const QByteArray body = encodeSignedCommand(command, signature, certificate);
    return new CommandJob(
        decodeCommandOutcome, this, [this, path, body] { return m_transport->post(path, body); },
        owner);
}

GrantJob *FleetClient::grantSupport(const QString &vehicleId, const QString &supportEmail,
                                    int hours, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/grants").arg(vehicleId);
    const QByteArray body = encodeGrantRequest(supportEmail, hours);
    return new GrantJob(
        decodeGrant, this, [this, path, body] { return m_transport->post(path, body); }, owner);
}

GrantListJob *FleetClient::listGrants(const QString &vehicleId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/grants").arg(vehicleId);
    return new GrantListJob(
        decodeGrantList, this, [this, path] { return m_transport->get(path); }, owner);
}

GrantListJob *FleetClient::listMyGrants(QObject *owner)
{
    return new GrantListJob(
        decodeGrantList, this, [this] { return m_transport->get(QStringLiteral("/v1/grants")); },
        owner);
}

GrantJob *FleetClient::revokeGrant(const QString &grantId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/grants/%1/revoke").arg(grantId);
    return new GrantJob(
        decodeGrant, this, [this, path] { return m_transport->post(path, {}); }, owner);
}

AuditLogJob *FleetClient::fetchAudit(const QString &vehicleId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/audit").arg(vehicleId);
    return new AuditLogJob(
        decodeAuditLog, this, [this, path] { return m_transport->get(path); }, owner);
}

CertificateJob *FleetClient::certifyKey(const QByteArray &publicKey, const QString &label,
                                        QObject *owner)
{
    const QByteArray body = encodeCertificateRequest(publicKey, label);
    return new CertificateJob(
        decodeCertificate, this,
        [this, body] {
            return m_transport->post(QStringLiteral("/v1/organisation/certificates"), body);
        },
        owner);
}

EmptyJob *FleetClient::revokeCertificate(const QString &keyId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/organisation/certificates/%1/revoke").arg(keyId);
    return new EmptyJob(
        this, [this, path] { return m_transport->post(path, {}); }, owner);
}

PendingCertificatesJob *FleetClient::pendingCertificates(QObject *owner)
{
    return new PendingCertificatesJob(
        decodePendingCertificates, this,
        [this] {
            return m_transport->get(QStringLiteral("/v1/organisation/certificates/requests"));
        },
        owner);
}

EmptyJob *FleetClient::uploadCertificate(const QString &keyId, const QByteArray &certificate,
                                         QObject *owner)
{
    const QString path = QStringLiteral("/v1/organisation/certificates/%1")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(keyId)));
    return new EmptyJob(
        this, [this, path, certificate] { return m_transport->put(path, certificate); }, owner);
}

EventsJob *FleetClient::fetchEvents(const QString &vehicleId, const QDateTime &from,
                                    const QDateTime &to, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/events").arg(vehicleId);
    const QUrlQuery query = rangeQuery(from, to);
    return new EventsJob(
        decodeEvents, this, [this, path, query] { return m_transport->get(path, query); }, owner);
}

AccountJob *FleetClient::fetchAccount(QObject *owner)
{
    return new AccountJob(
        decodeAccountDetails, this,
        [this] { return m_transport->get(QStringLiteral("/v1/account")); }, owner);
}

AccountJob *FleetClient::recordConsent(const QString &termsVersion, bool withdraw, QObject *owner)
{
    const QByteArray body = encodeConsent(termsVersion, withdraw);
    return new AccountJob(
        decodeAccountDetails, this,
        [this, body] { return m_transport->post(QStringLiteral("/v1/account/consent"), body); },
        owner);
}

DataExportJob *FleetClient::exportMyData(QObject *owner)
{
    return new DataExportJob(
        this, [this] { return m_transport->get(QStringLiteral("/v1/account/export")); }, owner);
}

ExportFileJob *FleetClient::exportMyDataTo(const QString &path, QObject *owner)
{
    return new ExportFileJob(
        path, this, [this] { return m_transport->get(QStringLiteral("/v1/account/export")); },
        owner);
}

EmptyJob *FleetClient::deleteAccount(const QString &password, QObject *owner)
{
    const QByteArray body = encodeDeleteAccount(password);
    auto *job = new EmptyJob(
        this,
        [this, body] { return m_transport->post(QStringLiteral("/v1/account/delete"), body); },
        owner);
    connect(job, &FleetJob::finished, this, [this, job] {
        if (job->error() == FleetJob::NoError) {
            ++m_sessionGeneration;
            adoptSession({});
        }
    });
    return job;
}

VehiclePolicyJob *FleetClient::fetchPolicy(const QString &vehicleId, QObject *owner)
{
    const QString path = QStringLiteral("/v1/vehicles/%1/policy").arg(vehicleId);
    return new VehiclePolicyJob(
        this, [this, path] { return m_transport->get(path); }, owner);
}

ListVehiclesJob *FleetClient::listVehicles(int pageSize, const QString &pageToken, QObject *owner)
{
    return listVehicles(VehicleQuery{}, pageSize, pageToken, owner);
}

ListVehiclesJob *FleetClient::listVehicles(const VehicleQuery &filter, int pageSize,
                                           const QString &pageToken, QObject *owner)
{
    QUrlQuery query;
    for (const auto &[name, value] :
         {std::pair<QString, QString>{QStringLiteral("q"), filter.search},
          {QStringLiteral("group"), filter.group},
          {QStringLiteral("state"), filter.state},
          {QStringLiteral("reason"), filter.reason},
          {QStringLiteral("sort"), filter.sort},
          {QStringLiteral("id"), filter.id}}) {
        if (!value.isEmpty())
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    return new ListVehiclesJob(
        this, [this, query] { return m_transport->get(QStringLiteral("/v1/vehicles"), query); },
        owner);
}

} // namespace idlefleet::client
