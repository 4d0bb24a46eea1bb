#include "pairing.h"

#include "idlefleet/v1/keys.pb.h"
#include "protobufhttp.h"
#include "vehiclekey.h"

#include <QDateTime>
#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace idlefleet::backend {
namespace {

QString newCode()
{
    // Six digits, uniform: reject the top of the range so that modulo does not skew.
    quint32 value = 0;
    do {
        RAND_bytes(reinterpret_cast<unsigned char *>(&value), sizeof value);
    } while (value >= 4294000000u);
    return QStringLiteral("%1").arg(value % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

void fillVehicleKey(v1::VehicleKey *out, const KeyRecord &key)
{
    out->set_key_id(key.keyId.toStdString());
    out->set_label(key.label.toStdString());
    out->set_role(v1::KeyRole(key.role));
    setMs(out->mutable_added_at(), key.addedMs);
    if (key.lastUsedMs > 0)
        setMs(out->mutable_last_used_at(), key.lastUsedMs);
    out->set_revoked(key.revoked);
    out->set_public_key(key.publicKey.toStdString());
}

Pairing::Pairing(Executor &executor)
    : m_executor(executor)
{}

http::Response Pairing::start(const QString &vehicleId, const http::Request &request)
{
    v1::PairingRequest pairing;
    http::Response bad;
    if (!parseProtobufBody(request, &pairing, &bad))
        return bad;
    const QByteArray publicKey = QByteArray::fromStdString(pairing.public_key());
    if (!isP256PublicKey(publicKey))
        return errorResponse(
            400, QStringLiteral("invalid_key"),
            QStringLiteral("public_key must be a P-256 SubjectPublicKeyInfo (DER)"),
            QStringLiteral("public_key"));
    const QString label = QString::fromStdString(pairing.label()).trimmed().left(80);
    if (label.isEmpty())
        return errorResponse(
            400, QStringLiteral("invalid_argument"),
            QStringLiteral("label must name the device, such as \"Alex's laptop\""),
            QStringLiteral("label"));
    return m_executor.write([vehicleId, publicKey, label](Store &store) {
        return keep(store, vehicleId, publicKey, label);
    });
}

http::Response Pairing::keep(Store &store, const QString &vehicleId, const QByteArray &publicKey,
                             const QString &label)
{
    const auto existing = store.keys().key(vehicleId, keyIdOf(publicKey));
    if (existing && !existing->revoked)
        return errorResponse(409, QStringLiteral("already_paired"),
                             QStringLiteral("this key is already paired with the car"));
    // Revoked keys stay listed (what was used, when) but hold no place: a car can always be
    // paired again after revoking.
    const auto keys = store.keys().keysOf(vehicleId);
    if (std::count_if(keys.begin(), keys.end(), [](const KeyRecord &k) { return !k.revoked; }) >=
        MaxKeysPerVehicle)
        return errorResponse(
            409, QStringLiteral("too_many_keys"),
            QStringLiteral("the car holds %1 keys; revoke one first").arg(MaxKeysPerVehicle));
    const SharedRepository::PendingPairing pending{
        publicKey, label, newCode(), QDateTime::currentMSecsSinceEpoch() + CodeLifetimeMs, Tries};
    if (!store.shared().putPairing(vehicleId, pending))
        return errorResponse(503, QStringLiteral("unavailable"),
                             QStringLiteral("the pairing could not be kept; start it again"));
    v1::PairingStarted started;
    setMs(started.mutable_expires_at(), pending.expiresMs);
    started.set_tries_left(pending.triesLeft);
    return protobufResponse(started, 201);
}

http::Response Pairing::confirm(const QString &vehicleId, const http::Request &request)
{
    v1::PairingConfirmation confirmation;
    http::Response bad;
    if (!parseProtobufBody(request, &confirmation, &bad))
        return bad;
    return m_executor.write(
        [vehicleId, confirmation](Store &store) { return pair(store, vehicleId, confirmation); });
}

http::Response Pairing::pair(Store &store, const QString &vehicleId,
                             const v1::PairingConfirmation &confirmation)
{
    const QByteArray publicKey = QByteArray::fromStdString(confirmation.public_key());
    const auto pending = store.shared().pairing(vehicleId);
    if (!pending || pending->publicKey != publicKey)
        return errorResponse(404, QStringLiteral("no_pairing"),
                             QStringLiteral("no pairing is waiting for this key; start one first"));
    if (pending->expiresMs <= QDateTime::currentMSecsSinceEpoch()) {
        store.shared().takePairing(vehicleId, publicKey);
        return errorResponse(410, QStringLiteral("code_expired"),
                             QStringLiteral("the code has expired; start pairing again"));
    }
    const QByteArray given = QByteArray::fromStdString(confirmation.code()).trimmed();
    const QByteArray expected = pending->code.toLatin1();
    const bool matches =
        given.size() == expected.size() &&
        CRYPTO_memcmp(given.constData(), expected.constData(), std::size_t(expected.size())) == 0;
    if (!matches) {
        const int triesLeft = store.shared().spendPairingTry(vehicleId, publicKey);
        if (triesLeft <= 0)
            return errorResponse(429, QStringLiteral("too_many_tries"),
                                 QStringLiteral("too many wrong codes; start pairing again"));
        return errorResponse(403, QStringLiteral("wrong_code"),
                             QStringLiteral("the code does not match what the car shows; %1 "
                                            "tries left")
                                 .arg(triesLeft),
                             QStringLiteral("code"));
    }
    // Used once: of two confirmations at once (on two instances), one pairs the key.
    if (!store.shared().takePairing(vehicleId, publicKey))
        return errorResponse(404, QStringLiteral("no_pairing"),
                             QStringLiteral("no pairing is waiting for this key; start one first"));
    KeyRecord key;
    key.vehicleId = vehicleId;
    key.keyId = keyIdOf(publicKey);
    key.publicKey = publicKey;
    key.label = pending->label;
    key.role = v1::KEY_ROLE_OWNER;
    key.addedMs = QDateTime::currentMSecsSinceEpoch();
    // A key revoked before comes back only through a new pairing like this one, and keeps its
    // counter so that its old commands cannot be replayed.
    const bool stored =
        store.keys().key(vehicleId, key.keyId)
            ? store.keys().reinstateKey(vehicleId, key.keyId, key.label, key.addedMs)
            : store.keys().insertKey(key);
    if (!stored)
        return errorResponse(500, QStringLiteral("internal"),
                             QStringLiteral("cannot store the key"));
    v1::VehicleKey out;
    fillVehicleKey(&out, key);
    return protobufResponse(out, 201);
}

http::Response Pairing::screen(const QString &vehicleId)
{
    return m_executor.read([vehicleId](const Store &store) { return screenOf(store, vehicleId); });
}

http::Response Pairing::screenOf(const Store &store, const QString &vehicleId)
{
    v1::CarScreen screen;
    const auto pending = store.shared().pairing(vehicleId);
    if (pending && pending->expiresMs > QDateTime::currentMSecsSinceEpoch()) {
        screen.set_pairing_code(pending->code.toStdString());
        screen.set_text(QStringLiteral("Pair \"%1\"? Enter code %2 in the app.")
                            .arg(pending->label, pending->code)
                            .toStdString());
    } else {
        screen.set_text("Parked");
    }
    return protobufResponse(screen);
}

http::Response Pairing::listKeys(const QString &vehicleId)
{
    return m_executor.read([vehicleId](const Store &store) {
        v1::KeyList list;
        for (const KeyRecord &key : store.keys().keysOf(vehicleId))
            fillVehicleKey(list.add_keys(), key);
        return protobufResponse(list);
    });
}

http::Response Pairing::revoke(const QString &vehicleId, const QString &keyId)
{
    return m_executor.write([vehicleId, keyId](Store &store) {
        if (!store.keys().revokeKey(vehicleId, keyId))
            return errorResponse(404, QStringLiteral("not_found"),
                                 QStringLiteral("the car has no key %1").arg(keyId));
        v1::VehicleKey out;
        fillVehicleKey(&out, *store.keys().key(vehicleId, keyId));
        return protobufResponse(out);
    });
}

} // namespace idlefleet::backend
