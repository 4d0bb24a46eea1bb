// PolicyEditor: validation field by field, the week's preview, and applying the edits through
// the outbox with what the car answers (confirmed, conflict).

#include "localclient.h"
#include "policy/policydocument.h"
#include "policyeditor.h"
#include "worldtime.h"

#include <QLocale>
#include <QRegularExpression>
#include <google/protobuf/util/message_differencer.h>

namespace idlefleet::app {

void PolicyEditor::setInputError(const QString &field, const QString &message)
{
    if (m_inputErrors.value(field).toString() == message)
        return;
    if (message.isEmpty())
        m_inputErrors.remove(field);
    else
        m_inputErrors.insert(field, message);
    revalidate();
}

QString PolicyEditor::describeProblem(const policy::FieldProblem &problem)
{
    using Kind = policy::FieldProblem::Kind;
    const QLocale locale;
    const QString field = problem.path.section(QLatin1Char('.'), -1);
    switch (problem.kind) {
    case Kind::OutOfRange:
        if (field == QLatin1String("minSocPercent") || field == QLatin1String("socPercent"))
            return tr("Choose a level from %1% to %2%.")
                .arg(locale.toString(problem.low), locale.toString(problem.high));
        if (field == QLatin1String("maxChipTempC"))
            return tr("Choose a temperature from %1 to %2 °C.")
                .arg(locale.toString(problem.low), locale.toString(problem.high));
        if (field == QLatin1String("maxCarbonGramsPerKwh"))
            return tr("Choose a limit from %1 to %2 g/kWh.")
                .arg(locale.toString(problem.low), locale.toString(problem.high));
        if (field.endsWith(QLatin1String("Minute")) || field == QLatin1String("minute"))
            return problem.high == 1440 ? tr("Choose a time from 00:00 to 24:00.")
                                        : tr("Choose a time from 00:00 to 23:59.");
        if (field == QLatin1String("daysMask"))
            return tr("Choose the days again: these are not days of the week.");
        if (field == QLatin1String("maxDailyWh"))
            return tr("Choose an amount of energy that is 0 or more.");
        return tr("Choose an amount that is 0 or more.");
    case Kind::TooLarge:
        return tr("This amount is far too large for a price; check its decimal point.");
    case Kind::TooMany:
        return tr("At most %1 here: remove one before adding another.")
            .arg(locale.toString(problem.high));
    case Kind::Required:
        return tr("Choose the time zone the car's times are in.");
    case Kind::UnknownTimeZone:
        return tr("This computer does not know this time zone: choose one from the list.");
    case Kind::NotACurrency:
        return tr("Choose a three-letter currency code, such as EUR.");
    case Kind::NeedsCurrency:
        return tr("Choose the tariff's currency first: this amount is counted in it.");
    case Kind::ResumeNotAboveFloor:
        return tr("Choose a level above the battery floor (%1%) and at most %2%, or 0 to start "
                  "again at the floor + 5%.")
            .arg(locale.toString(problem.low), locale.toString(problem.high));
    }
    return problem.message;
}

void PolicyEditor::revalidate()
{
    static const QRegularExpression listField(
        QStringLiteral("^(windows|tariff\\.periods|departures)\\[(\\d+)\\]\\.(\\w+)$"));
    const QStringList lists{QStringLiteral("windows"), QStringLiteral("tariff.periods"),
                            QStringLiteral("departures")};
    std::vector<QVariantMap> rows[3] = {
        std::vector<QVariantMap>(std::size_t(m_windows.rowCount())),
        std::vector<QVariantMap>(std::size_t(m_periods.rowCount())),
        std::vector<QVariantMap>(std::size_t(m_departures.rowCount()))};
    QVariantMap errors;
    auto note = [&](const QString &key, const QString &message) {
        errors.insert(key, message);
        const auto match = listField.match(key);
        if (!match.hasMatch())
            return;
        const auto list = std::size_t(lists.indexOf(match.captured(1)));
        const auto row = match.captured(2).toULongLong();
        if (row < rows[list].size())
            rows[list][row].insert(match.captured(3), message);
        if (!errors.contains(match.captured(1)))
            errors.insert(match.captured(1), message);
    };
    const auto problems = policy::validatePolicyFields(policy());
    for (const auto &problem : problems)
        note(problem.path.mid(int(qstrlen("policy."))), describeProblem(problem));
    for (auto it = m_inputErrors.cbegin(); it != m_inputErrors.cend(); ++it)
        note(it.key(), it.value().toString());
    m_windows.setErrors(rows[0]);
    m_periods.setErrors(rows[1]);
    m_departures.setErrors(rows[2]);
    const int count = int(problems.size()) + int(m_inputErrors.size());
    if (errors != m_errors || count != m_errorCount) {
        m_errors = errors;
        m_errorCount = count;
        Q_EMIT validityChanged();
    }
    updateCanApply();
}

void PolicyEditor::updateDirty()
{
    const bool dirty =
        m_loaded && !google::protobuf::util::MessageDifferencer::Equals(policy(), m_base);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged();
    }
    updateCanApply();
}

bool PolicyEditor::canApply() const
{
    return m_loaded && !m_vehicleId.isEmpty() && valid() && m_dirty && !m_change.busy() &&
           !m_conflict.active();
}

void PolicyEditor::updateCanApply()
{
    const bool can = canApply();
    if (can != m_canApply) {
        m_canApply = can;
        Q_EMIT canApplyChanged();
    }
}

bool PolicyEditor::apply()
{
    if (!canApply())
        return false;
    m_change.setLocalClient(m_local);
    m_notice.clear();
    const bool queued = m_change.queue(m_vehicleId, policy(), m_version);
    updateCanApply();
    return queued;
}

void PolicyEditor::revert()
{
    m_notice.clear();
    setFields(m_base);
    Q_EMIT baseChanged();
}

void PolicyEditor::onConfirmed(qint64 version, const v1::Policy &applied)
{
    m_base = applied;
    m_version = version;
    Q_EMIT baseChanged();
    updateDirty();
}

void PolicyEditor::onConflicted(qint64 version, const v1::Policy &current)
{
    m_conflict.raise(policy(), current, version, QStringLiteral("outbox"));
}

void PolicyEditor::keepMine()
{
    if (!m_conflict.active())
        return;
    m_base = m_conflict.theirs();
    m_version = m_conflict.theirVersion();
    m_conflict.clear();
    Q_EMIT baseChanged();
    updateDirty();
    apply();
}

void PolicyEditor::keepTheirs()
{
    if (!m_conflict.active())
        return;
    const v1::Policy theirs = m_conflict.theirs();
    const qint64 version = m_conflict.theirVersion();
    m_change.reset();
    loadPolicy(theirs, version);
}

void PolicyEditor::schedulePreview()
{
    m_previewTimer.start();
}

qint64 PolicyEditor::nowSeconds() const
{
    return m_previewNow.isValid() ? m_previewNow.toSecsSinceEpoch() : WorldTime::nowSecs();
}

void PolicyEditor::computePreview()
{
    if (m_fields.time_zone().empty()) {
        m_preview.clear({});
        return;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(QLatin1String("timeZone")) || key.startsWith(QLatin1String("windows")) ||
            key.startsWith(QLatin1String("tariff")) ||
            key.startsWith(QLatin1String("maxPriceMicrosPerKwh"))) {
            m_preview.clear(tr("Correct the marked fields to see the preview."));
            return;
        }
    }
    m_preview.compute(policy(), nowSeconds());
}

} // namespace idlefleet::app
