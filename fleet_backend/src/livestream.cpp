#include "livestream.h"

#include "authservice.h"
#include "http/httpmessage.h"
#include "idlefleet/v1/stream.pb.h"
#include "passwordhash.h"
#include "simulator.h"
#include "worldclock.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>
#include <cmath>
#include <limits>

namespace idlefleet::backend {
namespace {

void setTime(google::protobuf::Timestamp *timestamp, const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    timestamp->set_seconds(ms / 1000);
    timestamp->set_nanos(int(ms % 1000) * 1000000);
}

QByteArray serialize(const v1::StreamFrame &frame)
{
    return QByteArray::fromStdString(frame.SerializeAsString());
}

} // namespace

void fillVehicleStatus(v1::VehicleStatus *out, const VehicleStatus &status)
{
    setTime(out->mutable_observed_at(), status.observedAt);
    out->set_soc_percent(status.socPercent);
    out->set_plugged_in(status.pluggedIn);
    out->set_driving(status.driving);
    out->set_contributing(status.contributing);
    out->set_chip_temp_c(status.chipTempC);
    out->set_compute_power_watts(status.computePowerWatts);
    out->set_energy_today_wh(status.energyTodayWh);
    out->set_online(status.online);
    if (status.lastSeen.isValid())
        setTime(out->mutable_last_seen(), status.lastSeen);
    for (const QString &code : status.blockingReasons)
        out->add_blocking_reasons(code.toStdString());
    out->set_market_rate_micros_per_hour(status.marketRateMicrosPerHour);
    out->set_currency(status.currency.toStdString());
}

LiveStream::LiveStream(Identify identify, const Simulator &simulator, const WorldClock &clock,
                       Visibility visible, quint64 firstSequence, QObject *parent)
    : QObject(parent)
    , m_identify(std::move(identify))
    , m_simulator(simulator)
    , m_clock(clock)
    , m_visible(std::move(visible))
    , m_server(QStringLiteral("idlefleetd"), QWebSocketServer::NonSecureMode)
    , m_sequence(firstSequence)
{
    // TLS is the HTTP server's: the sockets arrive here encrypted already.
    m_server.setMaxPendingConnections(64);
    connect(&m_server, &QWebSocketServer::newConnection, this, &LiveStream::onNewConnection);
    // What is on the cars now is the baseline: only changes are streamed.
    for (const SimulatedVehicle &vehicle : m_simulator.vehicles())
        m_seen.insert(vehicle.id, {});
    publish();
    m_ring.clear();
}

quint64 LiveStream::takeFirstSequence(Store &store)
{
    const quint64 fromClock = quint64(QDateTime::currentMSecsSinceEpoch()) * 1000;
    return store.shared().takeSequenceBlock((fromClock >> SequenceBlockBits) + 1)
           << SequenceBlockBits;
}

LiveStream::~LiveStream()
{
    for (auto &subscriber : m_subscribers) {
        if (subscriber->socket)
            subscriber->socket->abort();
    }
}

void LiveStream::accept(QTcpSocket *socket)
{
    m_server.handleConnection(socket);
}

void LiveStream::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        // Nothing a client sends is read: a large or endless message is cut off at once.
        socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
        socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
        // Queued: a close inside a loop over the subscribers must not erase one under it.
        connect(
            socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); },
            Qt::QueuedConnection);
        if (socket->requestUrl().path() != QLatin1String("/v1/stream")) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("the stream is at /v1/stream"));
            continue;
        }
        // The upgrade request carries the token like any other request; who it signs in is
        // looked up off the event loop.
        m_identify(socket->request().rawHeader("Authorization"),
                   [this, socket = QPointer<QWebSocket>(socket), since = m_epoch](const Who &who) {
                       if (socket)
                           open(socket, who, since);
                   });
    }
}

bool LiveStream::endedSince(const QByteArray &accessDigest, const QString &accountId,
                            quint64 since) const
{
    return m_sessionsEnded.contains(accessDigest) || m_accountsEnded.value(accountId).epoch > since;
}

void LiveStream::forgetOldEnds()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - RememberEndsMs;
    m_sessionsEnded.removeIf(
        [before](QHash<QByteArray, qint64>::iterator it) { return it.value() < before; });
    m_accountsEnded.removeIf(
        [before](QHash<QString, Ended>::iterator it) { return it.value().atMs < before; });
}

void LiveStream::open(QWebSocket *socket, const Who &who, quint64 since)
{
    if (who.busy) {
        socket->close(QWebSocketProtocol::CloseCode(CloseTryAgainLater), who.why);
        return;
    }
    if (!who.account) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      QStringLiteral("sign in first: the upgrade request needs a bearer token "
                                     "(%1)")
                          .arg(who.why));
        return;
    }
    if (!withinLimits(socket, socket->peerAddress().toString(), who.account->id))
        return;
    m_visible(*who.account, true,
              [this, socket = QPointer<QWebSocket>(socket), account = *who.account,
               expires = who.accessExpiresMs, since](std::optional<Visible> visible) {
                  if (socket && !visible)
                      socket->close(QWebSocketProtocol::CloseCode(CloseTryAgainLater),
                                    QStringLiteral("the backend is busy; try again in a moment"));
                  else if (socket)
                      subscribe(socket, account, expires, *visible, since);
              });
}

bool LiveStream::withinLimits(QWebSocket *socket, const QString &peer, const QString &accountId)
{
    int fromPeer = 0, ofAccount = 0;
    for (const auto &other : m_subscribers) {
        fromPeer += other->peer == peer ? 1 : 0;
        ofAccount += other->account.id == accountId ? 1 : 0;
    }
    if (fromPeer >= MaxStreamsPerPeer || ofAccount >= MaxStreamsPerAccount ||
        int(m_subscribers.size()) >= MaxStreams) {
        socket->close(QWebSocketProtocol::CloseCode(CloseTooMany),
                      QStringLiteral("too many live streams from here; close one first"));
        return false;
    }
    return true;
}

void LiveStream::subscribe(QWebSocket *socket, const AccountRecord &account, qint64 accessExpiresMs,
                           const Visible &visible, quint64 since)
{
    const QByteArray digest =
        tokenDigest(socket->request().rawHeader("Authorization").mid(7).trimmed());
    // A sign-out, or the end of the account's sessions, that came while this stream was looked
    // up ends it too: the look-up may have read the session before it went.
    if (endedSince(digest, account.id, since)) {
        socket->close(QWebSocketProtocol::CloseCode(CloseSessionEnded),
                      QStringLiteral("the session ended: sign in again"));
        return;
    }
    // Counted again: other streams may have opened while this one was looked up.
    const QString peer = socket->peerAddress().toString();
    if (!withinLimits(socket, peer, account.id))
        return;
    auto subscriber = std::make_unique<Subscriber>();
    subscriber->socket = socket;
    subscriber->peer = peer;
    subscriber->account = account;
    subscriber->accessExpiresMs = accessExpiresMs;
    subscriber->accessDigest = digest;
    subscriber->visibleUntilMs = visible;
    // Incoming messages are not part of the protocol; pings are answered by QWebSocket.
    connect(socket, &QWebSocket::binaryMessageReceived, this, [] {});

    bool ok = false;
    const quint64 after =
        QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("after")).toULongLong(&ok);
    const bool resumable =
        ok && after <= m_sequence &&
        (m_ring.empty() ? after == m_sequence : after + 1 >= m_ring.front().sequence);
    v1::StreamFrame hello;
    hello.mutable_hello()->set_latest_sequence(m_sequence);
    hello.mutable_hello()->set_resumed(resumable);
    setTime(hello.mutable_hello()->mutable_world_time(), m_clock.now());
    socket->sendBinaryMessage(serialize(hello));
    if (resumable) {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        auto first = std::upper_bound(
            m_ring.begin(), m_ring.end(), after,
            [](quint64 sequence, const Frame &frame) { return sequence < frame.sequence; });
        for (auto it = first; it != m_ring.end(); ++it) {
            if (mayReceive(*subscriber, it->vehicleId, nowMs))
                socket->sendBinaryMessage(it->bytes);
        }
    }
    m_subscribers.push_back(std::move(subscriber));
}

bool LiveStream::mayReceive(const Subscriber &subscriber, const QString &vehicleId, qint64 nowMs)
{
    const auto found = subscriber.visibleUntilMs.constFind(vehicleId);
    return found != subscriber.visibleUntilMs.constEnd() && nowMs < *found;
}

void LiveStream::send(Subscriber &subscriber, const Frame &frame)
{
    QWebSocket *socket = subscriber.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (socket->bytesToWrite() > MaxBacklogBytes) {
        socket->close(QWebSocketProtocol::CloseCode(CloseTooSlow),
                      QStringLiteral("reading too slowly: reconnect with ?after="));
        return;
    }
    socket->sendBinaryMessage(frame.bytes);
}

void LiveStream::drop(QWebSocket *socket)
{
    m_subscribers.erase(std::remove_if(m_subscribers.begin(), m_subscribers.end(),
                                       [socket](const auto &s) { return s->socket == socket; }),
                        m_subscribers.end());
    socket->deleteLater();
}

void LiveStream::closeWhere(const std::function<bool(const Subscriber &)> &which, int code,
                            const QString &reason)
{
    // Picked first, closed after: a close may drop its subscriber.
    QList<QPointer<QWebSocket>> closing;
    for (const auto &subscriber : m_subscribers) {
        if (subscriber->socket && which(*subscriber) &&
            subscriber->socket->state() == QAbstractSocket::ConnectedState)
            closing.append(subscriber->socket);
    }
    for (const QPointer<QWebSocket> &socket : std::as_const(closing)) {
        if (socket)
            socket->close(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void LiveStream::endSession(const QByteArray &accessDigest)
{
    forgetOldEnds();
    m_sessionsEnded.insert(accessDigest, QDateTime::currentMSecsSinceEpoch());
    closeWhere([&](const Subscriber &s) { return s.accessDigest == accessDigest; },
               CloseSessionEnded, QStringLiteral("signed out"));
}

void LiveStream::endAccount(const QString &accountId)
{
    forgetOldEnds();
    m_accountsEnded.insert(accountId, {++m_epoch, QDateTime::currentMSecsSinceEpoch()});
    closeWhere([&](const Subscriber &s) { return s.account.id == accountId; }, CloseSessionEnded,
               QStringLiteral("the account's sessions ended: sign in again"));
}

void LiveStream::recheckVisibility()
{
    // Asked for each stream open now; an answer may come at once and close its stream, so the
    // streams are not walked while answers come.
    struct Ask
    {
        QPointer<QWebSocket> socket;
        AccountRecord account;
        quint64 asked = 0;
    };
    std::vector<Ask> asks;
    for (auto &subscriber : m_subscribers)
        asks.push_back({subscriber->socket, subscriber->account, ++subscriber->rechecks});
    for (const Ask &ask : asks) {
        m_visible(ask.account, false,
                  [this, socket = ask.socket, asked = ask.asked](std::optional<Visible> visible) {
                      if (!socket)
                          return;
                      const auto it =
                          std::find_if(m_subscribers.begin(), m_subscribers.end(),
                                       [&socket](const auto &s) { return s->socket == socket; });
                      // Gone, or a later look is under way: its answer is the one that counts.
                      if (it == m_subscribers.end() || (*it)->rechecks != asked)
                          return;
                      if (!visible) {
                          // What it may see cannot be told now (a grant may have gone): it
                          // stops, and reconnects with ?after= in a moment.
                          closeWhere([&socket](const Subscriber &s) { return s.socket == socket; },
                                     CloseTryAgainLater,
                                     QStringLiteral("the backend is busy; reconnect in a moment "
                                                    "with ?after="));
                          return;
                      }
                      (*it)->visibleUntilMs = *visible;
                      if (visible->isEmpty())
                          closeWhere([&socket](const Subscriber &s) { return s.socket == socket; },
                                     CloseSessionEnded,
                                     QStringLiteral("no car of this stream may be seen any more"));
                  });
    }
}

void LiveStream::publish()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    // Sessions end on the wall clock: a stream lasts as long as its access token.
    closeWhere([nowMs](const Subscriber &s) { return s.accessExpiresMs <= nowMs; },
               CloseTokenExpired,
               QStringLiteral("the access token expired: refresh it and reconnect with ?after="));
    const QDateTime now = m_clock.now();
    std::vector<Frame> frames;
    for (const SimulatedVehicle &vehicle : m_simulator.vehicles()) {
        auto seen = m_seen.find(vehicle.id);
        if (seen == m_seen.end())
            continue;
        const Seen next{
            int(std::lround(1000.0 * vehicle.batteryWh / double(vehicle.batteryCapacityWh))),
            vehicle.pluggedIn,
            vehicle.driving,
            vehicle.contributing,
            int(std::lround(vehicle.chipTempC)),
            int(vehicle.reasons),
            vehicle.online};
        const Seen before = *seen;
        if (next.socDeci == before.socDeci && next.pluggedIn == before.pluggedIn &&
            next.driving == before.driving && next.contributing == before.contributing &&
            next.chipTemp == before.chipTemp && next.reasons == before.reasons &&
            next.online == before.online && !vehicle.jobFailed)
            continue;
        const VehicleStatus status = Simulator::statusOf(vehicle, now);
        *seen = next;
        const bool first = before.socDeci < 0;
        auto event = [&](v1::VehicleEvent::Kind kind) {
            v1::StreamFrame frame;
            frame.set_sequence(++m_sequence);
            v1::VehicleEvent *e = frame.mutable_event()->mutable_event();
            frame.mutable_event()->set_vehicle_id(vehicle.id.toStdString());
            setTime(e->mutable_at(), now);
            e->set_kind(kind);
            for (const QString &code : status.blockingReasons)
                e->add_reasons(code.toStdString());
            e->set_soc_percent(status.socPercent);
            frames.push_back({m_sequence, vehicle.id, serialize(frame)});
        };
        if (!first) {
            if (next.online != before.online)
                event(next.online ? v1::VehicleEvent::CONNECTION_RESTORED
                                  : v1::VehicleEvent::CONNECTION_LOST);
            if (vehicle.jobFailed) {
                event(v1::VehicleEvent::JOB_FAILED);
                v1::StreamFrame detailed;
                detailed.ParseFromArray(frames.back().bytes.constData(),
                                        int(frames.back().bytes.size()));
                detailed.mutable_event()->mutable_event()->set_detail(
                    vehicle.chipTempC >= 70 ? "thermal_throttle" : "job_timeout");
                frames.back().bytes = serialize(detailed);
            }
            if (next.pluggedIn != before.pluggedIn)
                event(next.pluggedIn ? v1::VehicleEvent::PLUGGED_IN : v1::VehicleEvent::UNPLUGGED);
            if (next.contributing != before.contributing)
                event(next.contributing ? v1::VehicleEvent::CONTRIBUTION_STARTED
                                        : v1::VehicleEvent::CONTRIBUTION_STOPPED);
            else if (!next.contributing && next.reasons != before.reasons)
                event(v1::VehicleEvent::BLOCKING_CHANGED);
        }
        v1::StreamFrame frame;
        frame.set_sequence(++m_sequence);
        frame.mutable_status()->set_vehicle_id(vehicle.id.toStdString());
        fillVehicleStatus(frame.mutable_status()->mutable_status(), status);
        frames.push_back({m_sequence, vehicle.id, serialize(frame)});
    }
    for (Frame &frame : frames) {
        for (auto &subscriber : m_subscribers) {
            if (mayReceive(*subscriber, frame.vehicleId, nowMs))
                send(*subscriber, frame);
        }
        m_ring.push_back(std::move(frame));
    }
    while (m_ring.size() > RingFrames)
        m_ring.pop_front();
}

} // namespace idlefleet::backend
