#pragma once

#include "payloads.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace idlefleet::client {

class FleetClient;

/// Follows the backend's live stream (stream.proto) for the signed-in session: the server's key
/// is checked against the client's pins before the token is sent; after a drop it reconnects
/// with growing, jittered delays (1 s doubling to 30 s) and resumes from the last sequence it
/// handled; an expired access token is refreshed first.
class LiveStreamClient : public QObject
{
    Q_OBJECT
public:
    explicit LiveStreamClient(FleetClient *client, QObject *parent = nullptr);
    ~LiveStreamClient() override;

    /// Connects, resuming after `afterSequence` when it is not 0.
    void start(quint64 afterSequence = 0);
    void stop();

    bool isConnected() const { return m_connected; }
    quint64 lastSequence() const { return m_lastSequence; }
    /// The delay before the next reconnection attempt (for tests and the status line).
    int reconnectDelayMs() const { return m_delayMs; }

Q_SIGNALS:
    /// The stream (re)opened. `resumed` false: frames were missed: fetch the vehicles again.
    void opened(bool resumed, quint64 latestSequence);
    void statusReceived(const QString &vehicleId, const idlefleet::VehicleStatus &status);
    void eventReceived(const QString &vehicleId, const idlefleet::client::EventInfo &event);
    /// The stream dropped; `reason` for a person. It reconnects on its own unless stopped.
    void closed(const QString &reason);
    void connectedChanged();

private:
    void open();
    void onMessage(const QByteArray &bytes);
    void onDisconnected();
    void scheduleReconnect();

    FleetClient *m_client;
    QPointer<QWebSocket> m_socket;
    QTimer m_reconnect;
    quint64 m_lastSequence = 0;
    bool m_running = false;
    bool m_connected = false;
    int m_delayMs = 0;
};

} // namespace idlefleet::client
