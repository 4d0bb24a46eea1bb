#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

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
};

/// The reason phrase of a status code.
QByteArray reasonPhrase(int status);

} // namespace idlefleet::backend::http
