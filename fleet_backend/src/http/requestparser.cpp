#include "requestparser.h"

#include <QUrl>

namespace idlefleet::backend::http {

RequestParser::State RequestParser::fail(int status, const QString &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_keepAlive = false;
    return State::Failed;
}

RequestParser::State RequestParser::feed(QByteArray *buffer)
{
    if (!buffer->isEmpty())
        m_started = true;
    if (!m_haveHead) {
        // RFC 9112 2.2: lines end in CRLF; a bare LF is refused as soon as it arrives (it would
        // never make the CRLF CRLF that ends the head, and the client would wait for a 408).
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        const qsizetype headBytes = end < 0 ? buffer->size() : end;
        for (qsizetype i = m_scanned; i < headBytes; ++i) {
            if (buffer->at(i) == '\n' && (i == 0 || buffer->at(i - 1) != '\r'))
                return fail(400, QStringLiteral("request lines must end in CRLF"));
        }
        m_scanned = headBytes;
        if (end < 0) {
            const qsizetype firstLine = buffer->indexOf("\r\n");
            if ((firstLine < 0 && buffer->size() > m_limits.maxRequestLineBytes) ||
                firstLine > m_limits.maxRequestLineBytes)
                return fail(431, QStringLiteral("the request line is too long"));
            if (buffer->size() > m_limits.maxRequestLineBytes + m_limits.maxHeaderBytes)
                return fail(431, QStringLiteral("the request headers are larger than %1 bytes")
                                     .arg(m_limits.maxHeaderBytes));
            return State::NeedMore;
        }
        if (end > m_limits.maxRequestLineBytes + m_limits.maxHeaderBytes)
            return fail(431, QStringLiteral("the request headers are larger than %1 bytes")
                                 .arg(m_limits.maxHeaderBytes));
        const QByteArray head = buffer->left(end);
        buffer->remove(0, end + 4);
        m_scanned = 0;
        if (const State state = parseHead(head); state == State::Failed)
            return state;
        m_haveHead = true;
    }
    if (buffer->size() < m_bodyLength)
        return State::NeedMore;
    m_request.body = buffer->left(m_bodyLength);
    buffer->remove(0, m_bodyLength);
    return State::Complete;
}

RequestParser::State RequestParser::parseHead(const QByteArray &head)
{
    // Lines end in CRLF; a bare LF or CR is how requests get smuggled past proxies.
    for (qsizetype i = 0; i < head.size(); ++i) {
        if ((head[i] == '\n' && (i == 0 || head[i - 1] != '\r')) ||
            (head[i] == '\r' && (i + 1 >= head.size() || head[i + 1] != '\n')))
            return fail(400, QStringLiteral("request lines must end in CRLF"));
    }
    const QList<QByteArray> lines = head.split('\n');
    if (lines.first().size() > m_limits.maxRequestLineBytes)
        return fail(431, QStringLiteral("the request line is too long"));
    const QByteArray requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty())
        return fail(400, QStringLiteral("the request line is not METHOD /path HTTP/1.1"));
    // RFC 9112 3.2: origin form (/path), or absolute form (https://host/path), whose host then
    // stands for the Host header.
    QByteArray target = parts[1];
    QByteArray targetHost;
    if (target.startsWith("https://") || target.startsWith("http://")) {
        const QUrl absolute(QString::fromLatin1(target), QUrl::StrictMode);
        if (!absolute.isValid() || absolute.host().isEmpty())
            return fail(400, QStringLiteral("the request target is not a valid URL"));
        targetHost = absolute.authority().toLatin1();
        target = absolute.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (!absolute.query().isEmpty())
            target += '?' + absolute.query(QUrl::FullyEncoded).toLatin1();
    }
    if (!target.startsWith('/'))
        return fail(400, QStringLiteral("the request line is not METHOD /path HTTP/1.1"));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return fail(505, QStringLiteral("only HTTP/1.1 is served"));
    for (char c : parts[0]) {
        if (c < 'A' || c > 'Z')
            return fail(400, QStringLiteral("the method is not a token"));
    }
    m_request.method = parts[0];
    // The path and the query, read as such: "//host/x" is a path here, never an authority.
    const qsizetype question = target.indexOf('?');
    QUrl url;
    url.setPath(QString::fromLatin1(question < 0 ? target : target.left(question)),
                QUrl::StrictMode);
    if (question >= 0)
        url.setQuery(QString::fromLatin1(target.mid(question + 1)), QUrl::StrictMode);
    if (!url.isValid() || !url.path().startsWith(QLatin1Char('/')))
        return fail(400, QStringLiteral("the request target is not a valid path"));
    m_request.path = url.path();
    m_request.query = QUrlQuery(url.query());
    m_keepAlive = parts[2] == "HTTP/1.1";

    if (lines.size() - 1 > m_limits.maxHeaders)
        return fail(431, QStringLiteral("more than %1 request headers").arg(m_limits.maxHeaders));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("header line %1 is malformed").arg(i));
        const QByteArray name = line.left(colon).toLower();
        if (name.contains(' ') || name.contains('\t'))
            return fail(400, QStringLiteral("header line %1 has white space in its name").arg(i));
        const QByteArray value = line.mid(colon + 1).trimmed();
        // RFC 9110 5.5: no control characters in a field value (HTAB aside).
        for (const char c : value) {
            if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f)
                return fail(400, QStringLiteral("header line %1 has a control character").arg(i));
        }
        if (name == "content-length" && m_request.headers.contains(name) &&
            m_request.headers.value(name) != value)
            return fail(400, QStringLiteral("conflicting Content-Length headers"));
        // RFC 9112 3.2: exactly one Host.
        if (name == "host" && m_request.headers.contains(name))
            return fail(400, QStringLiteral("more than one Host header"));
        m_request.headers.insert(name, value);
    }
    if (!targetHost.isEmpty())
        m_request.headers.insert("host", targetHost);
    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;

    if (m_request.headers.contains("transfer-encoding"))
        return fail(501, QStringLiteral("chunked request bodies are not accepted; send "
                                        "Content-Length"));
    m_bodyLength = 0;
    if (m_request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray text = m_request.header("content-length");
        m_bodyLength = text.toLongLong(&ok);
        if (!ok || m_bodyLength < 0 || text.startsWith('+'))
            return fail(400, QStringLiteral("Content-Length is not a number"));
        if (m_bodyLength > m_limits.maxBodyBytes)
            return fail(413, QStringLiteral("the body of %1 bytes is larger than the limit of %2")
                                 .arg(m_bodyLength)
                                 .arg(m_limits.maxBodyBytes));
    }
    if (parts[2] == "HTTP/1.1" && !m_request.headers.contains("host"))
        return fail(400, QStringLiteral("the request has no Host header"));
    return State::NeedMore;
}

Request RequestParser::takeRequest()
{
    Request request = std::move(m_request);
    m_request = Request();
    m_haveHead = false;
    m_started = false;
    m_bodyLength = 0;
    return request;
}

} // namespace idlefleet::backend::http
