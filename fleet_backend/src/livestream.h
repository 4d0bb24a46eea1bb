#pragma once

#include "store.h"
#include "vehicle.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QWebSocketServer>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTcpSocket;
class QWebSocket;

namespace idlefleet::v1 {
class VehicleStatus;
}

namespace idlefleet::backend {

class Simulator;
class WorldClock;
struct SimulatedVehicle;

/// A car's status as the API shows it.
void fillVehicleStatus(v1::VehicleStatus *out, const VehicleStatus &status);

/// The live stream (stream.proto): WebSocket connections over the server's TLS, each fed the
/// status and events of the cars its account may see, resumable from a sequence number. Frames
/// are kept in a ring of the latest `RingFrames`. Each process numbers its frames in a block of
/// its own, taken from the database at start-up above every block before: numbers keep rising
/// across restarts, and a number another instance (or an earlier process) gave is never taken
/// for one of this process's, so a client that moves resumes with a full picture instead.
class LiveStream : public QObject
{
    Q_OBJECT
public:
    /// The cars an account may see, each until when (support: its grant's end), given to `then`
    /// on the event loop, perhaps later (what support holds is read off the loop); nothing when
    /// it cannot be told now. `opening`: a stream opens, and a look through a grant is audited.
    using Visible = QHash<QString, qint64>;
    using Visibility = std::function<void(const AccountRecord &account, bool opening,
                                          std::function<void(std::optional<Visible>)> then)>;
    /// Who the Authorization header `authorization` signs in, given to `then` on the event loop,
    /// perhaps later: the account and the end of its access token, or nothing with the reason;
    /// `busy` when it cannot be told now.
    struct Who
    {
        std::optional<AccountRecord> account;
        qint64 accessExpiresMs = 0;
        QString why;
        bool busy = false;
    };
    using Identify =
        std::function<void(const QByteArray &authorization, std::function<void(const Who &)> then)>;
    /// Sequences start at `firstSequence` (SharedRepository::takeSequenceBlock()).
    LiveStream(Identify identify, const Simulator &simulator, const WorldClock &clock,
               Visibility visible, quint64 firstSequence, QObject *parent = nullptr);
    ~LiveStream() override;

    /// Takes over a socket whose request asks for an upgrade (nothing read from it yet).
    void accept(QTcpSocket *socket);
    /// Compares every car with what was last sent and streams what changed.
    void publish();
    /// A session ended (logout): its streams close at once.
    void endSession(const QByteArray &accessDigest);
    /// Every session of an account ended (password changed, account deleted).
    void endAccount(const QString &accountId);
    /// Who may see what changed (a grant revoked): streams stop carrying the cars their accounts
    /// no longer see, and those left with none close.
    void recheckVisibility();

    quint64 latestSequence() const { return m_sequence; }
    int subscriberCount() const { return int(m_subscribers.size()); }

    static constexpr std::size_t RingFrames = 50000;
    /// A process's frames are numbered within 2^SequenceBlockBits of its block's start.
    static constexpr int SequenceBlockBits = 32;
    /// The first sequence of a block of this process's own: above every block before, and
    /// above the wall clock's milliseconds x 1,000 (as numbers were given before blocks).
    static quint64 takeFirstSequence(Store &store);
    static constexpr qint64 MaxBacklogBytes = 1 << 20;
    static constexpr int CloseTokenExpired = 4001;
    static constexpr int CloseSessionEnded = 4003;
    static constexpr int CloseTooSlow = 4008;
    static constexpr int CloseTooMany = 4029;
    /// The backend cannot tell who asks or what they see right now (RFC 6455's "try again
    /// later").
    static constexpr int CloseTryAgainLater = 1013;
    /// How long ended sessions are remembered against streams being opened.
    static constexpr qint64 RememberEndsMs = 120 * 1000;
    /// Streams per address, per account and in all (each beyond is closed with CloseTooMany).
    static constexpr int MaxStreamsPerPeer = 64;
    static constexpr int MaxStreamsPerAccount = 16;
    static constexpr int MaxStreams = 4096;
    /// Clients send nothing the protocol reads: a message or frame larger than this is refused.
    static constexpr quint64 MaxIncomingBytes = 4096;

private:
    struct Subscriber
    {
        QPointer<QWebSocket> socket;
        QString peer;
        AccountRecord account;
        QByteArray accessDigest; ///< the session it was opened with
        qint64 accessExpiresMs = 0;
        QHash<QString, qint64> visibleUntilMs; // car -> until when (support: its grant's end)
        /// Looks at what it may see asked since it opened: only the latest one's answer counts
        /// (two look-ups may answer out of order).
        quint64 rechecks = 0;
    };
    struct Frame
    {
        quint64 sequence = 0;
        QString vehicleId;
        QByteArray bytes;
    };
    struct Seen
    {
        int socDeci = -1;
        bool pluggedIn = false;
        bool driving = false;
        bool contributing = false;
        int chipTemp = 0;
        int reasons = 0;
        bool online = true;
    };

    void onNewConnection();
    /// The stream of `socket`, whose look-up began at epoch `since`, opened once who asks
    /// (`who`) is known...
    void open(QWebSocket *socket, const Who &who, quint64 since);
    /// ... and once what they may see is.
    void subscribe(QWebSocket *socket, const AccountRecord &account, qint64 accessExpiresMs,
                   const Visible &visible, quint64 since);
    /// Forgets the ends of sessions and accounts older than RememberEndsMs.
    void forgetOldEnds();
    /// Whether the session `accessDigest`, or every session of `accountId`, ended after epoch
    /// `since` (while a stream of it was being opened).
    bool endedSince(const QByteArray &accessDigest, const QString &accountId, quint64 since) const;
    /// Whether a new stream from `peer` for `accountId` stays within the limits; if not, closes
    /// `socket` saying so.
    bool withinLimits(QWebSocket *socket, const QString &peer, const QString &accountId);
    static bool mayReceive(const Subscriber &subscriber, const QString &vehicleId, qint64 nowMs);
    void send(Subscriber &subscriber, const Frame &frame);
    void drop(QWebSocket *socket);
    /// Closes the streams `which` picks with `code` and `reason`.
    void closeWhere(const std::function<bool(const Subscriber &)> &which, int code,
                    const QString &reason);

    Identify m_identify;
    const Simulator &m_simulator;
    const WorldClock &m_clock;
    Visibility m_visible;
    QWebSocketServer m_server;
    std::vector<std::unique_ptr<Subscriber>> m_subscribers;
    std::deque<Frame> m_ring;
    QHash<QString, Seen> m_seen;
    quint64 m_sequence = 0;
    /// What ended lately, for streams whose look-up began before (and read the session before
    /// it went): sessions (their access digests), and accounts' sessions at the epoch of their
    /// end (m_epoch counts ends; a stream notes the epoch its look-up began at). Kept for
    /// RememberEndsMs, longer than any look-up takes.
    struct Ended
    {
        quint64 epoch = 0;
        qint64 atMs = 0;
    };
    quint64 m_epoch = 0;
    QHash<QByteArray, qint64> m_sessionsEnded;
    QHash<QString, Ended> m_accountsEnded;
};

} // namespace idlefleet::backend
