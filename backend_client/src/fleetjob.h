#pragma once

#include "payloads.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkReply;

namespace idlefleet::client {

class FleetClient;

/// One call to the fleet backend. The caller owns it. `finished()` fires exactly once, after
/// which `error()`, `errorString()` (translated, for a person) and the typed result are set.
/// A call refused for an expired access token is retried once after a silent refresh. A read
/// (GET) that could not reach the backend, or met a 502, 503 or 504, is sent again after 0.5, 1,
/// 2 and 4 s (each up to a quarter longer, at random) before it fails.
class FleetJob : public QObject
{
    Q_OBJECT
public:
    enum Error
    {
        NoError,
        PinMismatch,      ///< the server showed a key other than the pinned one
        ConnectionFailed, ///< refused, unreachable, TLS failure
        TimedOut,
        NotSignedIn,        ///< 401
        NotAllowed,         ///< 403
        NotFound,           ///< 404
        InvalidRequest,     ///< 400 and other 4xx
        ServerFailed,       ///< 5xx
        BadResponse,        ///< the body is not what the API promises
        IncompatibleServer, ///< the API versions do not meet
        LocalFailed,        ///< this computer could not keep the answer (a full disk)
    };
    Q_ENUM(Error)

    ~FleetJob() override;

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int httpStatus() const { return m_httpStatus; }
    /// The server's own error, when it sent one.
    ServerError serverError() const { return m_serverError; }
    /// How often an unanswered read is sent again (0: fail at once, for callers that poll or
    /// that act on an unreachable backend themselves).
    void setMaxRetries(int retries) { m_maxRetries = retries; }

Q_SIGNALS:
    void finished();

protected:
    using Sender = std::function<QNetworkReply *()>;
    /// `send` makes the request (again, after a refresh); `client` may refresh the session.
    FleetJob(FleetClient *client, Sender send, QObject *parent, bool mayRefresh = true);
    /// Reads a successful response's body into the typed result.
    virtual bool decode(const QByteArray &body, QString *problem) = 0;
    /// Statuses besides 2xx whose body is a typed answer, not an error (a car's refusal).
    virtual bool answersWith(int httpStatus) const
    {
        Q_UNUSED(httpStatus)
        return false;
    }
    void fail(Error error, const QString &message);

    /// Jobs that read a long answer as it arrives return true: consume() then gets each piece
    /// of a successful answer, and decode() an empty body once it is complete.
    virtual bool streamsBody() const { return false; }
    virtual bool consume(const QByteArray &piece, QString *problem)
    {
        Q_UNUSED(piece)
        Q_UNUSED(problem)
        return true;
    }
    /// The call is sent again (after a refresh or a retry): what was consumed is dropped.
    virtual void restartBody() {}
    /// From consume() or decode() before returning false: the job fails with this error and
    /// message instead of BadResponse.
    void failStream(Error error, const QString &message)
    {
        m_streamError = error;
        m_streamMessage = message;
    }

public:
    static constexpr int MaxRetries = 4;
    static constexpr int FirstRetryDelayMs = 500;

private:
    void start();
    void onReadyRead();
    void onReplyFinished();
    /// True when the call was sent again later.
    bool retryLater();

    QPointer<FleetClient> m_client;
    Sender m_send;
    QPointer<QNetworkReply> m_reply;
    bool m_mayRefresh;
    QByteArray m_sentToken; ///< the access token the call was last sent with
    int m_retries = 0;
    int m_maxRetries = MaxRetries;
    Error m_error = NoError;
    QString m_errorString;
    int m_httpStatus = 0;
    ServerError m_serverError;
    Error m_streamError = NoError; ///< why a streamed answer was given up
    QString m_streamMessage;
};

/// GET /v1/info, checked against the API versions this client speaks.
class ServerInfoJob : public FleetJob
{
    Q_OBJECT
public:
    ServerInfoJob(FleetClient *client, Sender send, QObject *parent);
    ServerInfo result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override;

private:
    ServerInfo m_result;
};

/// POST /v1/auth/login or /v1/auth/refresh: a new session.
class SessionJob : public FleetJob
{
    Q_OBJECT
public:
    SessionJob(FleetClient *client, Sender send, QObject *parent);
    const Session &result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override;

private:
    Session m_result;
};

/// A call whose answer has no body worth reading (logout).
class EmptyJob : public FleetJob
{
    Q_OBJECT
public:
    EmptyJob(FleetClient *client, Sender send, QObject *parent);

protected:
    bool decode(const QByteArray &, QString *) override { return true; }
};

/// GET /v1/vehicles/{id}/policy.
class VehiclePolicyJob : public FleetJob
{
    Q_OBJECT
public:
    VehiclePolicyJob(FleetClient *client, Sender send, QObject *parent);
    const VehiclePolicy &result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override;

private:
    VehiclePolicy m_result;
};

/// GET /v1/vehicles/{id}/history.
class HistoryJob : public FleetJob
{
    Q_OBJECT
public:
    HistoryJob(FleetClient *client, Sender send, QObject *parent);
    const std::vector<HistoryPoint> &result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override;

private:
    std::vector<HistoryPoint> m_result;
};

/// GET /v1/vehicles/{id}/sessions or /earnings.
class EarningsJob : public FleetJob
{
    Q_OBJECT
public:
    enum class Kind
    {
        Sessions,
        Earnings
    };
    EarningsJob(Kind kind, FleetClient *client, Sender send, QObject *parent);
    const EarningsReport &result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override;

private:
    Kind m_kind;
    EarningsReport m_result;
};

/// A call whose answer one decoder reads into a `Result`.
template<typename Result>
class DecodingJob : public FleetJob
{
public:
    using Decoder = bool (*)(const QByteArray &, Result *, QString *);
    DecodingJob(Decoder decoder, FleetClient *client, Sender send, QObject *parent)
        : FleetJob(client, std::move(send), parent)
        , m_decoder(decoder)
    {}
    const Result &result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override
    {
        return m_decoder(body, &m_result, problem);
    }

private:
    Decoder m_decoder;
    Result m_result;
};

/// POST /v1/vehicles/{id}/commands: the car's answer (applied, conflict or rejected) is the
/// result; error() is set only when no answer came.
class CommandJob : public DecodingJob<CommandOutcome>
{
public:
    using DecodingJob::DecodingJob;

protected:
    bool answersWith(int httpStatus) const override
    {
        return httpStatus == 409 || httpStatus == 422;
    }
};

using KeyJob = DecodingJob<KeyInfo>;
using ForecastJob = DecodingJob<policy::Forecast>;
using EventsJob = DecodingJob<std::vector<EventInfo>>;
using AccountJob = DecodingJob<v1::AccountDetails>;
using KeyListJob = DecodingJob<std::vector<KeyInfo>>;
using PairingJob = DecodingJob<PairingInfo>;
using CarScreenJob = DecodingJob<CarScreenInfo>;
using GrantJob = DecodingJob<GrantInfo>;
using GrantListJob = DecodingJob<std::vector<GrantInfo>>;
using AuditLogJob = DecodingJob<std::vector<AuditEntryInfo>>;
using CertificateJob = DecodingJob<CertificateInfo>;
using PendingCertificatesJob = DecodingJob<PendingCertificates>;
using OrganisationSummaryJob = DecodingJob<v1::OrganisationSummary>;
using TraceJob = DecodingJob<v1::EligibilityTrace>;
using DiagnosticsJob = DecodingJob<v1::VehicleDiagnostics>;
using PolicyHistoryJob = DecodingJob<v1::PolicyHistory>;
using PayoutsJob = DecodingJob<v1::PayoutsResponse>;

/// GET /v1/vehicles: one page of the cars the caller may see.
class ListVehiclesJob : public FleetJob
{
    Q_OBJECT
public:
    ListVehiclesJob(FleetClient *client, Sender send, QObject *parent);
    const VehiclePage &result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override;

private:
    VehiclePage m_result;
};

} // namespace idlefleet::client
