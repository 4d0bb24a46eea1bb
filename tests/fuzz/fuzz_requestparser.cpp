// Fuzz target: idlefleetd's HTTP/1.1 request parser (fleet_backend/src/http/requestparser.h).
// The input is bytes off the network, fed whole and again in pieces whose sizes its first byte
// picks. Traps on a crash, on the two feedings disagreeing, on a refusal without a status of its
// own or with a message over several lines, and on an accepted request that breaks what the
// parser promises: an upper-case token method, a path that starts with '/', no control
// characters in header values, one Host, and a body of exactly its Content-Length.

#include "http/requestparser.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using idlefleet::backend::http::Request;
using idlefleet::backend::http::RequestParser;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct Outcome
{
    QList<Request> requests;
    int errorStatus = 0;
    bool failed = false;
};

/// Feeds `wire` in pieces of `piece` bytes (0: whole), reading every request it completes.
Outcome parse(const QByteArray &wire, int piece)
{
    RequestParser parser;
    Outcome outcome;
    QByteArray buffer;
    qsizetype at = 0;
    while (at < wire.size() && !outcome.failed) {
        const qsizetype take = piece > 0 ? piece : wire.size();
        buffer += wire.mid(at, take);
        at += take;
        for (int guard = 0;; ++guard) {
            check(guard < 100000); // the parser always makes progress
            const auto state = parser.feed(&buffer);
            if (state == RequestParser::State::NeedMore)
                break;
            if (state == RequestParser::State::Failed) {
                outcome.failed = true;
                outcome.errorStatus = parser.errorStatus();
                check(parser.errorStatus() >= 400 && parser.errorStatus() < 600);
                check(!parser.errorMessage().isEmpty());
                check(!parser.errorMessage().contains(QLatin1Char('\n')));
                check(!parser.keepAlive());
                break;
            }
            outcome.requests.append(parser.takeRequest());
        }
    }
    return outcome;
}

void checkRequest(const Request &request)
{
    check(!request.method.isEmpty());
    for (const char c : request.method)
        check(c >= 'A' && c <= 'Z');
    check(request.path.startsWith(QLatin1Char('/')));
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        check(it.key() == it.key().toLower());
        for (const char c : it.value())
            check(!((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f));
    }
    const QByteArray length = request.header("content-length");
    check(request.body.size() == (length.isEmpty() ? 0 : length.toLongLong()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int piece = 1 + data[0] % 17;
    const QByteArray wire(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Outcome whole = parse(wire, 0);
    const Outcome pieces = parse(wire, piece);
    // The network's cuts change nothing.
    check(whole.failed == pieces.failed);
    check(whole.errorStatus == pieces.errorStatus);
    check(whole.requests.size() == pieces.requests.size());
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        checkRequest(whole.requests[i]);
        check(whole.requests[i].method == pieces.requests[i].method);
        check(whole.requests[i].path == pieces.requests[i].path);
        check(whole.requests[i].body == pieces.requests[i].body);
        check(whole.requests[i].headers == pieces.requests[i].headers);
    }
    return 0;
}
