#pragma once

#include "httpmessage.h"

namespace idlefleet::backend::http {

/// Limits that keep one client from taking the server's memory or time.
struct Limits
{
    int maxRequestLineBytes = 8 * 1024;
    int maxHeaderBytes = 32 * 1024;
    int maxHeaders = 100;
    qint64 maxBodyBytes = 1024 * 1024;
};

/// Reads HTTP/1.1 requests from a byte stream, incrementally, within the limits. It never holds
/// more than the limits allow: a body over the limit is refused from its Content-Length alone.
class RequestParser
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        Failed
    };

    explicit RequestParser(Limits limits = {})
        : m_limits(limits)
    {}

    /// Consumes bytes from `buffer` (what it uses is removed) and says where the request stands.
    State feed(QByteArray *buffer);

    /// Set when Complete: the request (take it before feeding again).
    Request takeRequest();
    /// Set when Failed: the status to answer with and a message for the Error body.
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    /// Whether the connection may carry another request after this one.
    bool keepAlive() const { return m_keepAlive; }
    /// True once any byte of the current request has arrived.
    bool started() const { return m_started; }

private:
    State fail(int status, const QString &message);
    State parseHead(const QByteArray &head);

    Limits m_limits;
    Request m_request;
    bool m_haveHead = false;
    qsizetype m_scanned = 0; ///< bytes of the head checked for bare LF so far
    bool m_started = false;
    bool m_keepAlive = true;
    qint64 m_bodyLength = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace idlefleet::backend::http
