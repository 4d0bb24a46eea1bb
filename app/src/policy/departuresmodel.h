#pragma once

#include "idlefleet/v1/policy.pb.h"
#include "policylistmodel.h"

#include <QtQml/qqmlregistration.h>
#include <functional>
#include <vector>

namespace idlefleet::app {

/// Planned trips: on the days selected, at a local minute, the battery must hold a state of
/// charge; the car keeps that reserve from 12 hours before (spec/policy.md).
class DeparturesModel : public idlefleet::app::PolicyListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PolicyEditor")

public:
    enum Roles
    {
        DaysMaskRole = Qt::UserRole + 1, ///< the days of the trip (0 = every day)
        MinuteRole,                      ///< 0..1439, local
        SocPercentRole,                  ///< 1..100 needed at that time
        SummaryRole,                     ///< "Weekdays at 07:30, 70 %", translated
        ErrorsRole,                      ///< the engine's messages by field (QVariantMap)
        ErrorRole,                       ///< the same, one line each
    };
    Q_ENUM(Roles)

    explicit DeparturesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Loads departures (not an edit).
    void setDepartures(const google::protobuf::RepeatedPtrField<v1::Departure> &departures);
    void writeTo(v1::Policy *policy) const;

    /// Adds a departure (weekdays at 07:30 with 70 %); its row.
    Q_INVOKABLE int addDeparture();
    Q_INVOKABLE bool removeDeparture(int row);
    Q_INVOKABLE bool setDay(int row, int day, bool on);
    Q_INVOKABLE bool setMinute(int row, int minute);
    Q_INVOKABLE bool setSocPercent(int row, int socPercent);

private:
    bool change(int row, const std::function<void(v1::Departure &)> &edit);

    std::vector<v1::Departure> m_departures;
};

} // namespace idlefleet::app
