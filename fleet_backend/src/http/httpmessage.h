#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>
#include <functional>

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
    std::function<bool(QByteArray *chunk)> stream;
};

/// The reason phrase of a status code.
QByteArray reasonPhrase(int status);

} // namespace idlefleet::backend::http
