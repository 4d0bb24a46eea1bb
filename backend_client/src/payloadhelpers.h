#pragma once

// Shared by the payload decoders (payloads.cpp, accesspayloads.cpp): reading protobuf bytes the
// server sent, without trusting them.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <google/protobuf/timestamp.pb.h>
#include <string>

namespace idlefleet::v1 {
class Amounts;
}

namespace idlefleet::client {
struct Amounts;
}

namespace idlefleet::client::payloadhelpers {

inline constexpr qint64 MaxTimestampSeconds = 253402300799; // 9999-12-31T23:59:59Z
inline constexpr qint64 MinTimestampSeconds = -62135596800; // 0001-01-01T00:00:00Z

inline QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// The instant, or an invalid one outside 0001..9999.
inline QDateTime instantOf(const google::protobuf::Timestamp &timestamp)
{
    if (timestamp.seconds() < MinTimestampSeconds || timestamp.seconds() > MaxTimestampSeconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(timestamp.seconds(), Qt::UTC);
}

template<typename Message>
bool parse(const QByteArray &bytes, Message *message, const char *name, QString *problem)
{
    if (!message->ParseFromArray(bytes.constData(), int(bytes.size()))) {
        *problem = QStringLiteral("the server's %1 is not a valid message (%2 bytes)")
                       .arg(QLatin1String(name))
                       .arg(bytes.size());
        return false;
    }
    return true;
}

/// Whether the server's sums of entries are consistent with one another and in range; the
/// problem names `where` (earningspayloads.cpp).
bool checkAmounts(const v1::Amounts &in, const QString &where, QString *problem);

/// The amounts as the client holds them (after checkAmounts: nothing is checked here).
Amounts amountsOf(const v1::Amounts &in);

} // namespace idlefleet::client::payloadhelpers
