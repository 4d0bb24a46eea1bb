#pragma once

#include "payloads.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace idlefleet::client {

/// One call to the fleet backend. The caller owns it. `finished()` fires exactly once, after
/// which `error()`, `errorString()` (translated, for a person) and the typed result are set.
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
    };
    Q_ENUM(Error)

    ~FleetJob() override;

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int httpStatus() const { return m_httpStatus; }
    /// The server's own error, when it sent one.
    ServerError serverError() const { return m_serverError; }

Q_SIGNALS:
    void finished();

protected:
    explicit FleetJob(QNetworkReply *reply, QObject *parent);
    /// Reads a successful response's body into the typed result.
    virtual bool decode(const QByteArray &body, QString *problem) = 0;
    void fail(Error error, const QString &message);

private:
    void onReplyFinished();

    QPointer<QNetworkReply> m_reply;
    Error m_error = NoError;
    QString m_errorString;
    int m_httpStatus = 0;
    ServerError m_serverError;
};

/// GET /v1/info, checked against the API versions this client speaks.
class ServerInfoJob : public FleetJob
{
    Q_OBJECT
public:
    ServerInfoJob(QNetworkReply *reply, QObject *parent);
    ServerInfo result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override;

private:
    ServerInfo m_result;
};

/// GET /v1/vehicles: one page of the cars the caller may see.
class ListVehiclesJob : public FleetJob
{
    Q_OBJECT
public:
    ListVehiclesJob(QNetworkReply *reply, QObject *parent);
    const VehiclePage &result() const { return m_result; }

protected:
    bool decode(const QByteArray &body, QString *problem) override;

private:
    VehiclePage m_result;
};

} // namespace idlefleet::client
