#pragma once

#include "storerecords.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace idlefleet::backend {

class Store;

/// The keys each car accepts signed commands from (keyrepository.cpp), with each key's counter
/// and last use, and the answers the car gave to commands, kept so that a retry gets them again.
class KeyRepository
{
public:
    explicit KeyRepository(Store &store);

    bool insertKey(const KeyRecord &key);
    std::vector<KeyRecord> keysOf(const QString &vehicleId) const;
    std::optional<KeyRecord> key(const QString &vehicleId, const QString &keyId) const;
    bool revokeKey(const QString &vehicleId, const QString &keyId);
    bool reinstateKey(const QString &vehicleId, const QString &keyId, const QString &label,
                      qint64 addedMs);
    /// Enrols a key in many cars in one transaction (provisioning an organisation's cars).
    bool insertKeys(const std::vector<KeyRecord> &keys, QString *error);

    /// The answer a car gave to a command, kept so that a retry of the same bytes gets it.
    struct CommandAnswer
    {
        int status = 0;
        QByteArray body;
        QByteArray commandSha256; ///< of the signed command bytes it answered
    };
    std::optional<CommandAnswer> commandResult(const QString &vehicleId,
                                               const QString &idempotencyKey) const;
    /// What a command the car accepted as authentic does, kept in one transaction: its key's
    /// counter and last use, the policy it applied (if any, `version` > 0) and its answer.
    struct CommandCommit
    {
        QString vehicleId;
        QString keyId;
        quint64 counter = 0;
        qint64 whenMs = 0;
        qint64 version = 0; ///< 0: no policy applied
        v1::Policy policy;
        QString idempotencyKey; ///< empty: no answer kept
        CommandAnswer answer;
    };
    bool commitCommand(const CommandCommit &commit, QString *error);

private:
    Store &m_store;
};

} // namespace idlefleet::backend
