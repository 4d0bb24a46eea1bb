#include "weekwindowsmodel.h"

#include "policyformat.h"

namespace idlefleet::app {
namespace {

constexpr int DayMinutes = 1440;

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

v1::Window makeWindow(int daysMask, int startMinute, int endMinute)
{
    v1::Window window;
    window.set_days_mask(daysMask);
    window.set_start_minute(startMinute);
    window.set_end_minute(endMinute);
    return window;
}

QVariantMap toMap(const v1::Window &window)
{
    return {{QStringLiteral("daysMask"), window.days_mask()},
            {QStringLiteral("startMinute"), window.start_minute()},
            {QStringLiteral("endMinute"), window.end_minute()}};
}

} // namespace

WeekWindowsModel::WeekWindowsModel(QObject *parent)
    : PolicyListModel(parent)
{
    m_errorsRole = ErrorsRole;
    m_errorRole = ErrorRole;
    connect(this, &QAbstractItemModel::dataChanged, this, &WeekWindowsModel::blocksChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &WeekWindowsModel::blocksChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &WeekWindowsModel::blocksChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &WeekWindowsModel::blocksChanged);
}

int WeekWindowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int WeekWindowsModel::durationOf(const v1::Window &window)
{
    const int start = window.start_minute();
    const int end = window.end_minute();
    return end <= start ? end + DayMinutes - start : end - start;
}

QVariant WeekWindowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !validRow(index.row()))
        return {};
    const v1::Window &w = m_windows[std::size_t(index.row())];
    switch (role) {
    case DaysMaskRole:
        return w.days_mask();
    case StartMinuteRole:
        return w.start_minute();
    case EndMinuteRole:
        return w.end_minute();
    case CrossesMidnightRole:
        return w.end_minute() <= w.start_minute();
    case DurationMinutesRole:
        return durationOf(w);
    case BlocksRole:
        return blocksOf(index.row());
    case SummaryRole: {
        const QString days = policytext::days(w.days_mask());
        const QString start = policytext::minute(w.start_minute());
        const QString end = policytext::minute(w.end_minute());
        if (w.end_minute() == w.start_minute())
            return tr("%1, %2 for 24 hours").arg(days, start);
        return w.end_minute() < w.start_minute()
                   ? tr("%1, %2 – %3 (next day)").arg(days, start, end)
                   : tr("%1, %2 – %3").arg(days, start, end);
    }
    case ErrorsRole:
    case ErrorRole:
        return errorData(index.row(), role);
    default:
        return {};
    }
}

QHash<int, QByteArray> WeekWindowsModel::roleNames() const
{
    return {{DaysMaskRole, "daysMask"},
            {StartMinuteRole, "startMinute"},
            {EndMinuteRole, "endMinute"},
            {CrossesMidnightRole, "crossesMidnight"},
            {DurationMinutesRole, "durationMinutes"},
            {BlocksRole, "blocks"},
            {SummaryRole, "summary"},
            {ErrorsRole, "errors"},
            {ErrorRole, "error"}};
}

void WeekWindowsModel::setWindows(const google::protobuf::RepeatedPtrField<v1::Window> &windows)
{
    beginResetModel();
    m_windows.assign(windows.begin(), windows.end());
    rowsChangedShape();
    endResetModel();
}

void WeekWindowsModel::writeTo(v1::Policy *policy) const
{
    policy->clear_windows();
    for (const auto &window : m_windows)
        *policy->add_windows() = window;
}

QVariantList WeekWindowsModel::blocksOf(int row) const
{
    QVariantList out;
    const v1::Window &w = m_windows[std::size_t(row)];
    const int mask = (w.days_mask() & 127) == 0 ? 127 : w.days_mask() & 127;
    const int start = qBound(0, w.start_minute(), DayMinutes);
    const int end = qBound(0, w.end_minute(), DayMinutes);
    auto block = [&](int day, int from, int to, bool first, bool last) {
        out.append(QVariantMap{{QStringLiteral("window"), row},
                               {QStringLiteral("day"), day},
                               {QStringLiteral("start"), from},
                               {QStringLiteral("end"), to},
                               {QStringLiteral("first"), first},
                               {QStringLiteral("last"), last}});
    };
    for (int day = 0; day < 7; ++day) {
        if (!((mask >> day) & 1))
            continue;
        if (end > start) {
            block(day, start, end, true, true);
        } else {
            block(day, start, DayMinutes, true, end == 0);
            if (end > 0)
                block((day + 1) % 7, 0, end, false, true);
        }
    }
    return out;
}

QVariantList WeekWindowsModel::blocks() const
{
    QVariantList out;
    for (int row = 0; row < rowCount(); ++row)
        out.append(blocksOf(row));
    return out;
}

int WeekWindowsModel::addWindow(int daysMask, int startMinute, int endMinute)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_windows.push_back(makeWindow(daysMask, startMinute, endMinute));
    rowsChangedShape();
    endInsertRows();
    Q_EMIT edited();
    return row;
}

bool WeekWindowsModel::replace(int row, const v1::Window &window)
{
    if (!validRow(row))
        return false;
    v1::Window &current = m_windows[std::size_t(row)];
    if (current.days_mask() == window.days_mask() &&
        current.start_minute() == window.start_minute() &&
        current.end_minute() == window.end_minute())
        return true;
    current = window;
    changedRow(row);
    return true;
}

bool WeekWindowsModel::setWindow(int row, int daysMask, int startMinute, int endMinute)
{
    return replace(row, makeWindow(daysMask, startMinute, endMinute));
}

bool WeekWindowsModel::removeWindow(int row)
{
    if (!validRow(row))
        return false;
    beginRemoveRows({}, row, row);
    m_windows.erase(m_windows.begin() + row);
    rowsChangedShape();
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

v1::Window WeekWindowsModel::reshape(const v1::Window &window, int deltaStart, int deltaEnd,
                                     int deltaDays)
{
    const int duration = durationOf(window);
    int start = window.start_minute() + deltaStart;
    int end = window.start_minute() + duration + deltaEnd;
    if (deltaStart != deltaEnd) {
        // A resize: at least one step and at most a day long, the edge not moved stays put.
        if (deltaEnd == 0)
            start = qBound(end - DayMinutes, start, end - Step);
        else
            end = qBound(start + Step, end, start + DayMinutes);
    }
    const int length = end - start;
    const int shift = floorDiv(start, DayMinutes);
    start -= shift * DayMinutes;
    int newEnd = start + length;
    if (length >= DayMinutes)
        newEnd = start == 0 ? DayMinutes : start;
    else if (newEnd > DayMinutes)
        newEnd -= DayMinutes;
    return makeWindow(policytext::rotateDays(window.days_mask(), shift + deltaDays), start, newEnd);
}

bool WeekWindowsModel::moveWindow(int row, int deltaMinutes, int deltaDays)
{
    if (!validRow(row))
        return false;
    return replace(row,
                   reshape(m_windows[std::size_t(row)], deltaMinutes, deltaMinutes, deltaDays));
}

bool WeekWindowsModel::resizeWindow(int row, int deltaStartMinutes, int deltaEndMinutes)
{
    if (!validRow(row))
        return false;
    return replace(row,
                   reshape(m_windows[std::size_t(row)], deltaStartMinutes, deltaEndMinutes, 0));
}

bool WeekWindowsModel::setDay(int row, int day, bool on)
{
    if (!validRow(row) || day < 0 || day > 6)
        return false;
    v1::Window window = m_windows[std::size_t(row)];
    int mask = (window.days_mask() & 127) == 0 ? 127 : window.days_mask() & 127;
    mask = on ? mask | (1 << day) : mask & ~(1 << day);
    if (mask == 0)
        return false;
    window.set_days_mask(mask);
    return replace(row, window);
}

QVariantMap WeekWindowsModel::get(int row) const
{
    return validRow(row) ? toMap(m_windows[std::size_t(row)]) : QVariantMap();
}

QVariantMap WeekWindowsModel::shifted(int daysMask, int startMinute, int endMinute,
                                      int deltaMinutes, int deltaDays) const
{
    return toMap(reshape(makeWindow(daysMask, startMinute, endMinute), deltaMinutes, deltaMinutes,
                         deltaDays));
}

QVariantMap WeekWindowsModel::resized(int daysMask, int startMinute, int endMinute,
                                      int deltaStartMinutes, int deltaEndMinutes) const
{
    return toMap(reshape(makeWindow(daysMask, startMinute, endMinute), deltaStartMinutes,
                         deltaEndMinutes, 0));
}

int WeekWindowsModel::windowAt(int day, int minute) const
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        for (const QVariant &b : blocksOf(row)) {
            const QVariantMap block = b.toMap();
            if (block.value(QStringLiteral("day")).toInt() == day &&
                minute >= block.value(QStringLiteral("start")).toInt() &&
                minute < block.value(QStringLiteral("end")).toInt())
                return row;
        }
    }
    return -1;
}

} // namespace idlefleet::app
