#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace idlefleet::backend::http {

/// One parsed HTTP/1.1 request. Header names are lower case.
struct Request
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;
    QHash<QString, QString> pathParameters; ///< {name} segments of the matched route
    QString route;  ///< the matched route's pattern ("/v1/vehicles/{id}"), empty if none
    quint64 id = 0; ///< this server's number for the request (X-Request-Id, the request log)

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

/// One response. The server adds Content-Length, Date-free caching headers and Connection.
struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// A body too large to hold at once, sent in chunks (Transfer-Encoding: chunked) instead of
    /// `body`: each call appends the next piece to `*chunk` and returns true, or returns false at
    /// the end. It is called only while the client keeps up, one piece per turn of the event
    /// loop, so other clients are served in between; it is dropped when the client goes away.
    /// A piece left empty (true returned) is not ready yet: the stream calls `wake` (any number
    /// of times, from the server's thread, never from within the call) when it may be, and is
    /// asked again then. `wake` does nothing once the connection is gone.
    using Wake = std::function<void()>;
    std::function<bool(QByteArray *chunk, const Wake &wake)> stream;
    /// An answer that comes later, from work done off the event loop: the connection calls
    /// `later` with the function that delivers the answer (on the server's thread, once), reads
    /// no further request until then, and forgets the call when the client goes away first. The
    /// delivered answer may itself come later again.
    using Deliver = std::function<void(Response)>;
    std::function<void(Deliver)> later;
    /// Who asked, when a signed-in account did (for the request log only; never sent).
    QString accountId;
};

/// An answer to be worked out off the event loop: returns the Response to hand back now and the
/// function that delivers its final answer later (from the server's thread), whichever of the
/// connection's wait and the delivery comes first.
std::pair<Response, Response::Deliver> deferred();

/// `response` with `step` applied to it once it is final: at once, or when it is delivered.
Response afterwards(Response response, std::function<void(Response &)> step);

/// The reason phrase of a status code.
QByteArray reasonPhrase(int status);

} // namespace idlefleet::backend::http
