#pragma once

#include "idlefleet/v1/policy.pb.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::app {

/// The coming week as the policy engine sees it: one row per local day of the policy's zone,
/// from today, with the instants the time-based rules allow (allowedWindows) and the tariff
/// (tariffSegments), placed at their local clock minutes so they line up with the week grid.
class PolicyPreviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PolicyEditor")
    Q_PROPERTY(int count READ rowCount NOTIFY computed)
    Q_PROPERTY(bool available READ available NOTIFY computed)
    /// Why there is no preview (an invalid zone, window or tariff), translated.
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY computed)
    Q_PROPERTY(int allowedMinutes READ allowedMinutes NOTIFY computed)
    Q_PROPERTY(int offPeakMinutes READ offPeakMinutes NOTIFY computed)
    /// "31 h 30 min allowed from Tue 24 Nov to Mon 30 Nov", translated.
    Q_PROPERTY(QString summary READ summary NOTIFY computed)
    /// The instant "now" the preview was computed for (UTC).
    Q_PROPERTY(QDateTime now READ now NOTIFY computed)
    Q_PROPERTY(bool hasTariff READ hasTariff NOTIFY computed)

public:
    enum Roles
    {
        DateRole = Qt::UserRole + 1, ///< the local date (QDate)
        DayLabelRole,                ///< "Tue 24 Nov", in the person's language
        WeekdayRole,                 ///< 0 = Monday
        AllowedRole, ///< [{start, end}] local minutes (0..1440) when contributing is allowed
        TariffRole,  ///< [{start, end, priceMicros, offPeak, level}] level: 0 cheapest..1 dearest
        AllowedMinutesRole, ///< minutes allowed on that day
        DayMinutesRole,     ///< how long the local day is: 1380 or 1500 when the clocks change
        NowMinuteRole,      ///< the local minute of now on today's row, else -1
    };
    Q_ENUM(Roles)

    explicit PolicyPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Recomputes for the 7 local days from the day of `nowUtc` (seconds). With a reason, shows
    /// no preview and says why.
    void compute(const v1::Policy &policy, qint64 nowUtc);
    void clear(const QString &reason);

    bool available() const { return m_available; }
    QString unavailableReason() const { return m_reason; }
    int allowedMinutes() const { return m_allowedMinutes; }
    int offPeakMinutes() const { return m_offPeakMinutes; }
    QString summary() const;
    QDateTime now() const;
    bool hasTariff() const { return m_hasTariff; }

    struct Span
    {
        double start = 0; ///< local minutes
        double end = 0;
        qint64 priceMicros = 0;
        bool offPeak = false;
        double level = 0;
    };
    struct Day
    {
        QDate date;
        qint64 startUtc = 0;
        qint64 endUtc = 0;
        std::vector<Span> allowed;
        std::vector<Span> tariff;
        int allowedMinutes = 0;
        int nowMinute = -1;
    };
    const std::vector<Day> &days() const { return m_days; }

Q_SIGNALS:
    void computed();

private:
    std::vector<Day> m_days;
    bool m_available = false;
    bool m_hasTariff = false;
    QString m_reason;
    int m_allowedMinutes = 0;
    int m_offPeakMinutes = 0;
    qint64 m_now = 0;
};

} // namespace idlefleet::app
