#pragma once

#include "idlefleet/v1/policy.pb.h"
#include "policylistmodel.h"

#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::app {

/// The policy's weekly windows as the week grid edits them. A window starts on every day its
/// mask selects (bit 0 = Monday; 0 = every day) and runs [startMinute, endMinute) in local time,
/// into the next day when endMinute <= startMinute (spec/policy.md). The grid draws each
/// window as blocks, one per day it touches.
class WeekWindowsModel : public idlefleet::app::PolicyListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Every block of every window, for drawing and hit-testing: a list of
    /// {window, day (0 = Monday), start, end (minutes of that day), first, last} where `first`
    /// holds the window's start and `last` its end.
    Q_PROPERTY(QVariantList blocks READ blocks NOTIFY blocksChanged)

public:
    enum Roles
    {
        DaysMaskRole = Qt::UserRole + 1, ///< the days it starts on
        StartMinuteRole,                 ///< 0..1439, local
        EndMinuteRole,                   ///< 0..1440, local; at or before the start: next day
        CrossesMidnightRole,             ///< ends on the following day
        DurationMinutesRole,             ///< 15..1440
        BlocksRole,                      ///< this window's blocks (as in `blocks`)
        SummaryRole,                     ///< "Mon–Fri, 22:00 – 06:00 (next day)", translated
        ErrorsRole,                      ///< the engine's messages by field (QVariantMap)
        ErrorRole,                       ///< the same, one line each
    };
    Q_ENUM(Roles)

    /// The smallest step of the grid, in minutes.
    static constexpr int Step = 15;

    explicit WeekWindowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Loads the policy's windows (not an edit).
    void setWindows(const google::protobuf::RepeatedPtrField<v1::Window> &windows);
    void writeTo(v1::Policy *policy) const;
    const std::vector<v1::Window> &windows() const { return m_windows; }
    QVariantList blocks() const;

    /// Adds a window; its row.
    Q_INVOKABLE int addWindow(int daysMask, int startMinute, int endMinute);
    Q_INVOKABLE bool setWindow(int row, int daysMask, int startMinute, int endMinute);
    Q_INVOKABLE bool removeWindow(int row);
    /// Moves a window by minutes (crossing midnight moves its days) and by whole days.
    Q_INVOKABLE bool moveWindow(int row, int deltaMinutes, int deltaDays);
    /// Moves a window's start and end edges (at least Step, at most a day long).
    Q_INVOKABLE bool resizeWindow(int row, int deltaStartMinutes, int deltaEndMinutes);
    /// Selects or clears one day (0 = Monday) of a window; the last day stays.
    Q_INVOKABLE bool setDay(int row, int day, bool on);
    /// {daysMask, startMinute, endMinute} of a row (empty for none).
    Q_INVOKABLE QVariantMap get(int row) const;
    /// What moveWindow and resizeWindow would make of a window, without changing anything:
    /// {daysMask, startMinute, endMinute}.
    Q_INVOKABLE QVariantMap shifted(int daysMask, int startMinute, int endMinute, int deltaMinutes,
                                    int deltaDays) const;
    Q_INVOKABLE QVariantMap resized(int daysMask, int startMinute, int endMinute,
                                    int deltaStartMinutes, int deltaEndMinutes) const;
    /// The row of the window that covers `minute` of `day`, or -1.
    Q_INVOKABLE int windowAt(int day, int minute) const;

    /// The same rules on plain values, for the tests and the grid.
    static v1::Window reshape(const v1::Window &window, int deltaStart, int deltaEnd,
                              int deltaDays);
    static int durationOf(const v1::Window &window);

Q_SIGNALS:
    void blocksChanged();

private:
    QVariantList blocksOf(int row) const;
    bool replace(int row, const v1::Window &window);

    std::vector<v1::Window> m_windows;
};

} // namespace idlefleet::app
