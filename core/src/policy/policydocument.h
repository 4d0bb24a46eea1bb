#pragma once

#include "idlefleet/v1/policy.pb.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace idlefleet::policy {

/// Reads the canonical proto3 JSON of a Policy (unknown fields rejected) and validates it.
/// On failure returns false with one line such as
/// `policy.windows[1].startMinute: 1500 is out of range 0..1439` in `error`.
bool parsePolicyJson(const QByteArray &json, v1::Policy *policy, QString *error);

/// The same for a VehicleState (`state.chipTempC: NaN is not a finite number`).
bool parseVehicleStateJson(const QByteArray &json, v1::VehicleState *state, QString *error);

/// Reads the canonical proto3 JSON of any message (unknown fields rejected); errors name
/// `document` and, where protobuf says it, the field.
bool parseDocumentJson(const QByteArray &json, google::protobuf::Message *message,
                       const char *document, QString *error);

/// A value from a document, quoted for a one-line message (control characters escaped).
QString quotedValue(const QString &value);
/// A list longer than a document allows, or nothing: "policy.windows: 201 windows; at most 200".
QString tooMany(const char *path, int count, int limit, const char *what);

/// The longest lists a policy may hold (beyond, it is refused with the list named): more than
/// any week grid, tariff or set of trips a person makes, and small enough that a policy stays a
/// few kilobytes.
inline constexpr int MaxPolicyWindows = 200;
inline constexpr int MaxTariffPeriods = 64;
inline constexpr int MaxDepartures = 32;

/// Checks every field of `policy` against the contract; the first problem, or empty.
/// Shared by the app's editor, idlefleetctl and idlefleetd.
QString validatePolicy(const v1::Policy &policy);
QString validateVehicleState(const v1::VehicleState &state);

/// One problem of one field: where (`policy.windows[1].startMinute`), the message (the same
/// words validatePolicy would use for it, for files and the command line), and what kind of
/// problem it is with its figures, for a person's sentence in the app's language.
struct FieldProblem
{
    enum Kind
    {
        OutOfRange,          ///< not within low..high
        TooLarge,            ///< an amount beyond high (MaxMoneyMicros) in magnitude
        TooMany,             ///< more entries than high
        Required,            ///< empty (the time zone)
        UnknownTimeZone,     ///< not an IANA zone this computer knows
        NotACurrency,        ///< not a three-letter ISO 4217 code
        NeedsCurrency,       ///< an amount without the tariff's currency to count it in
        ResumeNotAboveFloor, ///< a resume level not above the floor (low) or above 100
    };

    QString path;
    QString message;
    Kind kind = OutOfRange;
    qint64 low = 0;
    qint64 high = 0;
};

/// Every problem of `policy`, one per field, in the order validatePolicy checks them, so the
/// first one's message is what validatePolicy returns. The app's editor shows each beside its
/// field. A resume level is checked against the floor even when the floor is itself invalid.
std::vector<FieldProblem> validatePolicyFields(const v1::Policy &policy);

/// The canonical JSON of `policy` (for export), indented.
QByteArray policyToJson(const v1::Policy &policy);

/// Largest magnitude of any money amount, in micros (spec: 10^12).
inline constexpr qint64 MaxMoneyMicros = 1000000000000LL;

} // namespace idlefleet::policy
