#include "fleetjob.h"

#include "apiversion.h"
#include "fleetclient.h"
#include "pinnedtransport.h"
#include "worldtime.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace idlefleet::client {

FleetJob::FleetJob(FleetClient *client, Sender send, QObject *parent, bool mayRefresh)
    : QObject(parent)
    , m_client(client)
    , m_send(std::move(send))
    , m_mayRefresh(mayRefresh)
{
    start();
}

void FleetJob::start()
{
    if (m_reply)
        m_reply->deleteLater();
    m_streamError = NoError;
    m_streamMessage.clear();
    restartBody();
    m_sentToken = m_client ? m_client->session().accessToken : QByteArray();
    m_reply = m_send();
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &FleetJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FleetJob::onReplyFinished);
}

void FleetJob::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!streamsBody() || status < 200 || status >= 300 || m_streamError != NoError)
        return;
    QString problem;
    if (!consume(m_reply->readAll(), &problem)) {
        if (m_streamError == NoError)
            failStream(
                BadResponse,
                tr("The fleet backend sent an answer this app cannot read: %1").arg(problem));
        m_reply->abort();
    }
}

FleetJob::~FleetJob()
{
    // Deleting a job cancels it quietly: finished() is for calls that ended, not abandoned ones.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        if (m_reply->isRunning())
            m_reply->abort();
    }
}

void FleetJob::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
}

void FleetJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpStatus == 401 && m_mayRefresh && m_client &&
        !m_client->session().accessToken.isEmpty() &&
        m_client->session().accessToken != m_sentToken) {
        // Another call's refusal refreshed the session while this one was on its way: send it
        // again with the new token. Refreshing once more would end the token the other calls
        // were just sent again with (a refresh replaces the session), and they would fail.
        m_mayRefresh = false;
        start();
        return;
    }
    if (m_httpStatus == 401 && m_mayRefresh && m_client && m_client->canRefresh()) {
        // The access token expired: refresh the session once, then send the call again.
        m_mayRefresh = false;
        m_client->refreshSession(this, [this](bool refreshed) {
            if (refreshed) {
                start();
            } else {
                fail(NotSignedIn, tr("The session has ended. Sign in again."));
                Q_EMIT finished();
            }
        });
        return;
    }
    if (m_streamError != NoError) {
        fail(m_streamError, m_streamMessage);
        Q_EMIT finished();
        return;
    }
    if (retryLater())
        return;
    const QString server = reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();

    if (PinnedTransport::pinMismatch(reply)) {
        fail(PinMismatch,
             tr("The fleet backend at %1 showed a different security key than the one this app "
                "trusts, so nothing was sent. If the backend's key was replaced on purpose, "
                "connect again with its new key; otherwise someone may be intercepting the "
                "connection.")
                 .arg(server));
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        fail(TimedOut, tr("The fleet backend at %1 did not answer in time.").arg(server));
    } else if (m_httpStatus == 0) {
        fail(ConnectionFailed,
             tr("Cannot reach the fleet backend at %1: %2").arg(server, reply->errorString()));
    } else if (streamsBody() && m_httpStatus >= 200 && m_httpStatus < 300) {
        QString problem;
        if (reply->error() != QNetworkReply::NoError)
            fail(ConnectionFailed, tr("The connection to the fleet backend at %1 broke off: %2")
                                       .arg(server, reply->errorString()));
        else if (!consume(reply->readAll(), &problem) || !decode({}, &problem))
            fail(
                m_streamError != NoError ? m_streamError : BadResponse,
                m_streamError != NoError
                    ? m_streamMessage
                    : tr("The fleet backend sent an answer this app cannot read: %1").arg(problem));
    } else {
        const QByteArray body = reply->readAll();
        if ((m_httpStatus >= 200 && m_httpStatus < 300) || answersWith(m_httpStatus)) {
            QString problem;
            if (!decode(body, &problem))
                fail(BadResponse,
                     tr("The fleet backend sent an answer this app cannot read: %1").arg(problem));
        } else {
            const bool hasServerError = decodeServerError(body, &m_serverError);
            const QString detail =
                hasServerError ? m_serverError.message : tr("HTTP status %1").arg(m_httpStatus);
            if (m_httpStatus == 401)
                fail(NotSignedIn, tr("Not signed in: %1").arg(detail));
            else if (m_httpStatus == 403)
                fail(NotAllowed, tr("Not allowed: %1").arg(detail));
            else if (m_httpStatus == 404)
                fail(NotFound, tr("Not found: %1").arg(detail));
            else if (m_httpStatus >= 500)
                fail(ServerFailed, tr("The fleet backend failed: %1").arg(detail));
            else
                fail(InvalidRequest, tr("The fleet backend refused the request: %1").arg(detail));
        }
    }
    Q_EMIT finished();
}

bool FleetJob::retryLater()
{
    QNetworkReply *reply = m_reply;
    const bool unreachable = m_httpStatus == 0 && !PinnedTransport::pinMismatch(reply) &&
                             reply->error() != QNetworkReply::OperationCanceledError &&
                             reply->error() != QNetworkReply::TimeoutError;
    const bool overloaded = m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    // Only reads: a change is retried by its own idempotency key (the outbox), not here.
    if (reply->operation() != QNetworkAccessManager::GetOperation || m_retries >= m_maxRetries ||
        !(unreachable || overloaded))
        return false;
    const int delay = FirstRetryDelayMs << m_retries;
    ++m_retries;
    QTimer::singleShot(delay + int(QRandomGenerator::global()->bounded(delay / 4 + 1)), this,
                       [this] { start(); });
    return true;
}

ServerInfoJob::ServerInfoJob(FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent, false)
{}

bool ServerInfoJob::decode(const QByteArray &body, QString *problem)
{
    if (!decodeServerInfo(body, &m_result, problem))
        return false;
    // From here on, "now" for the cars is the world's time (a test may pin it far from today).
    WorldTime::observe(m_result.worldTime, m_result.clockSpeed);
    if (m_result.apiVersion < MinServerApiVersion) {
        fail(IncompatibleServer,
             tr("The fleet backend (version %1) is too old for this app: it speaks API version "
                "%2 and this app needs %3 or newer. Update the backend.")
                 .arg(m_result.serverVersion)
                 .arg(m_result.apiVersion)
                 .arg(MinServerApiVersion));
    } else if (m_result.minClientApiVersion > ApiVersion) {
        fail(IncompatibleServer,
             tr("This app is too old for the fleet backend (version %1): the backend needs API "
                "version %2 or newer and this app speaks %3. Update the app.")
                 .arg(m_result.serverVersion)
                 .arg(m_result.minClientApiVersion)
                 .arg(ApiVersion));
    }
    return true;
}

SessionJob::SessionJob(FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent, false)
{}

bool SessionJob::decode(const QByteArray &body, QString *problem)
{
    return decodeSession(body, &m_result, problem);
}

EmptyJob::EmptyJob(FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent)
{}

VehiclePolicyJob::VehiclePolicyJob(FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent)
{}

bool VehiclePolicyJob::decode(const QByteArray &body, QString *problem)
{
    return decodeVehiclePolicy(body, &m_result, problem);
}

HistoryJob::HistoryJob(FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent)
{}

bool HistoryJob::decode(const QByteArray &body, QString *problem)
{
    return decodeHistory(body, &m_result, problem);
}

EarningsJob::EarningsJob(Kind kind, FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent)
    , m_kind(kind)
{}

bool EarningsJob::decode(const QByteArray &body, QString *problem)
{
    return m_kind == Kind::Sessions ? decodeSessions(body, &m_result, problem)
                                    : decodeEarnings(body, &m_result, problem);
}

ListVehiclesJob::ListVehiclesJob(FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent)
{}

bool ListVehiclesJob::decode(const QByteArray &body, QString *problem)
{
    return decodeVehiclePage(body, &m_result, problem);
}

} // namespace idlefleet::client
