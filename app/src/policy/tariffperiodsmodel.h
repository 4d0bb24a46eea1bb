#pragma once

#include "idlefleet/v1/policy.pb.h"
#include "policylistmodel.h"

#include <QtQml/qqmlregistration.h>
#include <functional>
#include <vector>

namespace idlefleet::app {

/// The periods of the owner's tariff, in the order that decides: at an instant the first period
/// that covers it sets the price (spec/policy.md). Prices are integer micros of the currency.
class TariffPeriodsModel : public idlefleet::app::PolicyListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PolicyEditor")

public:
    enum Roles
    {
        DaysMaskRole = Qt::UserRole + 1, ///< the days it starts on (0 = every day)
        StartMinuteRole,                 ///< 0..1439, local
        EndMinuteRole,                   ///< 0..1440; at or before the start: next day
        PriceMicrosRole,                 ///< price per kWh in micros (double for QML)
        PriceTextRole,                   ///< the price in the currency's units ("0.31")
        OffPeakRole,                     ///< counts as off-peak
        SummaryRole,                     ///< "Every day, 00:00 – 15:00", translated
        ErrorsRole,                      ///< the engine's messages by field (QVariantMap)
        ErrorRole,                       ///< the same, one line each
    };
    Q_ENUM(Roles)

    explicit TariffPeriodsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Loads periods (not an edit).
    void setPeriods(const google::protobuf::RepeatedPtrField<v1::TariffPeriod> &periods);
    void writeTo(v1::Tariff *tariff) const;

    /// Adds a period (every day, 00:00–06:00, off-peak at `priceMicros`); its row.
    Q_INVOKABLE int addPeriod(double priceMicros);
    Q_INVOKABLE bool removePeriod(int row);
    /// Moves a period one place up (earlier: it wins over the ones after it) or down.
    Q_INVOKABLE bool movePeriod(int row, int delta);
    Q_INVOKABLE bool setDay(int row, int day, bool on);
    Q_INVOKABLE bool setStartMinute(int row, int minute);
    Q_INVOKABLE bool setEndMinute(int row, int minute);
    Q_INVOKABLE bool setPriceMicros(int row, double micros);
    Q_INVOKABLE bool setOffPeak(int row, bool offPeak);

private:
    bool change(int row, const std::function<void(v1::TariffPeriod &)> &edit);

    std::vector<v1::TariffPeriod> m_periods;
};

} // namespace idlefleet::app
