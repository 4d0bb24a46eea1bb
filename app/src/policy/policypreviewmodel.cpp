#include "policypreviewmodel.h"

#include "policy/schedule.h"
#include "policy/zonerules.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace idlefleet::app {
namespace {

constexpr int DaysShown = 7;

QVariantMap spanMap(const PolicyPreviewModel::Span &span)
{
    return {{QStringLiteral("start"), span.start},
            {QStringLiteral("end"), span.end},
            {QStringLiteral("priceMicros"), double(span.priceMicros)},
            {QStringLiteral("offPeak"), span.offPeak},
            {QStringLiteral("level"), span.level}};
}

} // namespace

PolicyPreviewModel::PolicyPreviewModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int PolicyPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

QVariant PolicyPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Day &day = m_days[std::size_t(index.row())];
    switch (role) {
    case DateRole:
        return day.date;
    case DayLabelRole:
        return QLocale().toString(day.date, QStringLiteral("ddd d MMM"));
    case WeekdayRole:
        return day.date.dayOfWeek() - 1;
    case AllowedRole:
    case TariffRole: {
        QVariantList out;
        for (const Span &span : role == AllowedRole ? day.allowed : day.tariff)
            out.append(spanMap(span));
        return out;
    }
    case AllowedMinutesRole:
        return day.allowedMinutes;
    case DayMinutesRole:
        return int((day.endUtc - day.startUtc) / 60);
    case NowMinuteRole:
        return day.nowMinute;
    default:
        return {};
    }
}

QHash<int, QByteArray> PolicyPreviewModel::roleNames() const
{
    return {{DateRole, "date"},
            {DayLabelRole, "dayLabel"},
            {WeekdayRole, "weekday"},
            {AllowedRole, "allowed"},
            {TariffRole, "tariff"},
            {AllowedMinutesRole, "allowedMinutes"},
            {DayMinutesRole, "dayMinutes"},
            {NowMinuteRole, "nowMinute"}};
}

void PolicyPreviewModel::compute(const v1::Policy &policy, qint64 nowUtc)
{
    const auto rules = policy::ZoneRules::forZone(QByteArray::fromStdString(policy.time_zone()));
    if (!rules) {
        clear(tr("The preview needs a known time zone."));
        return;
    }
    const qint64 today = rules->localDay(nowUtc);
    const qint64 from = rules->boundary(today, 0);
    const qint64 to = rules->boundary(today + DaysShown, 0);
    const auto allowed = policy::allowedWindows(policy, from, to);
    const auto segments = policy::tariffSegments(policy, *rules, from, to);

    // Local clock minutes of an instant on a local day; an end is placed by the offset just
    // before it, so a stretch that ends when the clocks jump ends where the clock stood.
    auto localMinute = [&](qint64 utc, qint64 day, bool isEnd) {
        const qint64 probe = isEnd ? utc - 1 : utc;
        const qint64 local = utc + rules->offsetAt(probe);
        return std::clamp(double(local - day * 86400) / 60.0, 0.0, 1440.0);
    };
    qint64 lowest = 0;
    qint64 highest = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        lowest = i == 0 ? segments[i].priceMicrosPerKwh
                        : std::min(lowest, segments[i].priceMicrosPerKwh);
        highest = i == 0 ? segments[i].priceMicrosPerKwh
                         : std::max(highest, segments[i].priceMicrosPerKwh);
    }

    beginResetModel();
    m_days.clear();
    m_allowedMinutes = 0;
    m_offPeakMinutes = 0;
    m_now = nowUtc;
    m_hasTariff = policy.has_tariff();
    for (qint64 d = today; d < today + DaysShown; ++d) {
        Day day;
        day.date = QDate(1970, 1, 1).addDays(d);
        day.startUtc = rules->boundary(d, 0);
        day.endUtc = rules->boundary(d + 1, 0);
        qint64 seconds = 0;
        for (const auto &interval : policy::clip(allowed, day.startUtc, day.endUtc)) {
            day.allowed.push_back({localMinute(interval.start, d, false),
                                   localMinute(interval.end, d, true), 0, false, 0});
            seconds += interval.end - interval.start;
        }
        day.allowedMinutes = int(seconds / 60);
        m_allowedMinutes += day.allowedMinutes;
        for (const auto &segment : segments) {
            const qint64 start = std::max(segment.start, day.startUtc);
            const qint64 end = std::min(segment.end, day.endUtc);
            if (start >= end)
                continue;
            const double level = highest == lowest ? 0.0
                                                   : double(segment.priceMicrosPerKwh - lowest) /
                                                         double(highest - lowest);
            day.tariff.push_back({localMinute(start, d, false), localMinute(end, d, true),
                                  segment.priceMicrosPerKwh, segment.offPeak, level});
            if (segment.offPeak)
                m_offPeakMinutes += int((end - start) / 60);
        }
        if (nowUtc >= day.startUtc && nowUtc < day.endUtc)
            day.nowMinute = int(localMinute(nowUtc, d, false));
        m_days.push_back(std::move(day));
    }
    m_available = true;
    m_reason.clear();
    endResetModel();
    Q_EMIT computed();
}

void PolicyPreviewModel::clear(const QString &reason)
{
    beginResetModel();
    m_days.clear();
    m_available = false;
    m_reason = reason;
    m_allowedMinutes = 0;
    m_offPeakMinutes = 0;
    endResetModel();
    Q_EMIT computed();
}

QString PolicyPreviewModel::summary() const
{
    if (!m_available || m_days.empty())
        return {};
    const QLocale locale;
    const QString first = locale.toString(m_days.front().date, QStringLiteral("ddd d MMM"));
    const QString last = locale.toString(m_days.back().date, QStringLiteral("ddd d MMM"));
    const int hours = m_allowedMinutes / 60;
    const int minutes = m_allowedMinutes % 60;
    const QString amount =
        minutes == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 allowed from %2 to %3").arg(amount, first, last);
}

QDateTime PolicyPreviewModel::now() const
{
    return QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC);
}

} // namespace idlefleet::app
