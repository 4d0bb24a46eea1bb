#pragma once

#include <QString>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet {
class VehicleKeyPair;
}

namespace idlefleet::ctl {

/// The organisation's fleet key, when this home is its administrator's: in the keychain when
/// one runs, else a 0600 file in the home. Invalid when the home holds none (`error` empty) or
/// what it holds is not a key (`error` says so).
VehicleKeyPair homeFleetKey(QString *error);

/// `fleet key create`: makes the organisation's fleet key in this home (once) and prints its
/// public half (PEM) for the operator to enrol (idlefleetd admin organisation add ... --fleet-key
/// or, in a demo world, idlefleetd --demo-fleet-key). `fleet key import FILE` keeps a fleet key
/// made elsewhere (a private key PEM) instead.
int fleetKeyCommand(const QString &action, const QString &file, bool json);
/// `fleet requests`: the managers' keys waiting for a certificate.
int fleetRequestsCommand(client::FleetClient &fleet, bool json);
/// `fleet certify KEY_ID --days N`: certifies a waiting key with this home's fleet key for N
/// days (1 to 90) and hands the certificate to the backend, which relays it to the manager.
int fleetCertifyCommand(client::FleetClient &fleet, const QString &keyId, const QString &days,
                        bool json);

/// This home's own certificate when its fleet key may make it: certifies `publicKey` for
/// DefaultCertificateDays as the administrator would. Empty with `error` set when it cannot.
QByteArray certifyOwnKey(client::FleetClient &fleet, const QByteArray &publicKey,
                         const QString &label, QString *error);

inline constexpr int DefaultCertificateDays = 30;
inline constexpr int MaxCertificateDays = 90;

} // namespace idlefleet::ctl
