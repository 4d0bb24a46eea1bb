#include "statement.h"

#include "earningsformat.h"
#include "money.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>
#include <algorithm>
#include <map>

namespace idlefleet::app::earnings {
namespace {

/// Lays text out on A4 pages and remembers what went on each.
class PageDrawer
{
public:
    PageDrawer(QPdfWriter *writer, QPainter *painter)
        : m_writer(writer)
        , m_painter(painter)
    {
        m_pages.append(QStringList());
    }

    double width() const { return m_writer->width(); }
    double bottom() const { return m_writer->height(); }
    double y = 0;

    void setFont(double points, bool bold)
    {
        // DejaVu for Latin and Cyrillic (its text copies out of the PDF as written), Noto CJK
        // for Japanese; both ship with Debian's fonts.
        QFont font;
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
        font.setPointSizeF(points);
        font.setBold(bold);
        m_painter->setFont(font);
        m_lineHeight = QFontMetricsF(font, m_writer).height() * 1.35;
    }
    double lineHeight() const { return m_lineHeight; }

    void text(double x, double w, const QString &s, Qt::Alignment align = Qt::AlignLeft)
    {
        // Words longer in some languages (a Russian column header) are drawn smaller to fit,
        // never cut.
        const QFont font = m_painter->font();
        const double width = QFontMetricsF(font, m_writer).horizontalAdvance(s);
        if (width > w && w > 0) {
            QFont smaller = font;
            smaller.setPointSizeF(std::max(4.0, font.pointSizeF() * w / width * 0.98));
            m_painter->setFont(smaller);
        }
        m_painter->drawText(QRectF(x, y, w, m_lineHeight), int(align | Qt::AlignVCenter), s);
        m_painter->setFont(font);
        m_pages.last().append(s);
    }
    bool fits(int lines) const { return y + lines * m_lineHeight <= bottom(); }
    void newPage()
    {
        m_writer->newPage();
        m_pages.append(QStringList());
        y = 0;
    }
    void rule(QColor colour)
    {
        m_painter->setPen(QPen(colour, 2));
        m_painter->drawLine(QPointF(0, y), QPointF(width(), y));
        m_painter->setPen(Qt::black);
    }
    QList<QStringList> pages() const { return m_pages; }

private:
    QPdfWriter *m_writer;
    QPainter *m_painter;
    double m_lineHeight = 0;
    QList<QStringList> m_pages;
};

} // namespace

Statement makeStatement(const client::EarningsReport &daily, const QDate &firstDay,
                        const QDate &lastDay,
                        const std::function<QDate(const QDateTime &)> &localDate)
{
    Statement s;
    s.currency = daily.currency;
    s.firstDay = firstDay;
    s.lastDay = lastDay;
    std::map<QDate, client::Amounts> byDate;
    for (const client::AmountsAt &entry : daily.entries)
        byDate[localDate(entry.start)].add(entry.amounts);
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const auto it = byDate.find(day);
        s.days.push_back({day, it == byDate.end() ? client::Amounts{} : it->second});
        s.totals.add(s.days.back().amounts);
    }
    return s;
}

void addSessions(Statement *statement, const std::vector<client::AmountsAt> &sessions)
{
    std::map<QString, StatementJobs> byKind;
    for (const client::AmountsAt &session : sessions) {
        statement->sessions.push_back({session.start, session.end, session.amounts,
                                       session.cutBefore, session.cutAfter,
                                       int(session.jobs.size())});
        for (const client::JobInfo &job : session.jobs) {
            StatementJobs &kind = byKind[job.kind];
            kind.kind = job.kind;
            ++kind.jobs;
            kind.failed += job.failed ? 1 : 0;
            kind.operations += job.operations;
            kind.payMicros += job.payMicros;
        }
    }
    for (const auto &[name, kind] : byKind)
        statement->jobs.push_back(kind);
    std::stable_sort(
        statement->jobs.begin(), statement->jobs.end(),
        [](const StatementJobs &a, const StatementJobs &b) { return a.payMicros > b.payMicros; });
}

QByteArray statementCsv(const Statement &statement)
{
    QByteArray out = "date,contributing_minutes,energy_wh,solar_wh,grid_wh,battery_wh,carbon_grams,"
                     "cost_micros,wear_micros,gross_micros,owner_micros,net_micros,currency\n";
    const QByteArray currency = statement.currency.toUtf8();
    for (const StatementDay &day : statement.days) {
        const client::Amounts &a = day.amounts;
        QList<QByteArray> cells{day.date.toString(Qt::ISODate).toLatin1()};
        for (const qint64 value :
             {qint64(a.contributingMinutes), a.energyWh, a.solarWh, a.gridWh, a.batteryWh,
              a.carbonGrams, a.costMicros, a.wearMicros, a.grossMicros, a.ownerMicros, a.netMicros})
            cells.append(QByteArray::number(value));
        cells.append(currency);
        out += cells.join(',') + '\n';
    }
    return out;
}

QString jobKindName(const QString &kind)
{
    if (kind == QLatin1String("chat"))
        return StatementText::tr("Chat", "a kind of AI job");
    if (kind == QLatin1String("embedding"))
        return StatementText::tr("Embeddings", "a kind of AI job");
    if (kind == QLatin1String("transcription"))
        return StatementText::tr("Transcription", "a kind of AI job");
    if (kind == QLatin1String("translation"))
        return StatementText::tr("Translation", "a kind of AI job");
    if (kind == QLatin1String("image"))
        return StatementText::tr("Images", "a kind of AI job");
    return kind;
}

PdfOutcome writeStatementPdf(const Statement &statement, const QString &path, const QLocale &locale)
{
    PdfOutcome outcome;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(StatementText::tr("Earnings statement"));
    writer.setCreator(QStringLiteral("Idlefleet"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        outcome.error =
            StatementText::tr("Cannot write %1: check that the folder exists and that you may "
                              "write there.")
                .arg(QFileInfo(path).absoluteFilePath());
        return outcome;
    }
    PageDrawer page(&writer, &painter);
    const int digits = minorUnitDigits(statement.currency);
    const qint64 unit = microsPerMinorUnit(digits);
    const auto money = [&](qint64 micros) {
        return formatMoney(micros, statement.currency, locale);
    };
    const auto units = [&](qint64 minorUnits) {
        return formatMinorUnits(minorUnits, statement.currency, locale);
    };
    const QTimeZone zone(statement.timeZone.toUtf8());
    const auto localTime = [&](const QDateTime &utc) {
        return locale.toString(utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()),
                               QLocale::ShortFormat);
    };
    const QString period = StatementText::tr("%1 – %2", "a range of dates")
                               .arg(locale.toString(statement.firstDay, QLocale::LongFormat),
                                    locale.toString(statement.lastDay, QLocale::LongFormat));
    // Basis points as a percent: "70", or "70.5" where the contract has a fraction.
    const QString sharePercent = statement.shareBasisPoints % 100 == 0
                                     ? formatDecimal(statement.shareBasisPoints / 100, 0, locale)
                                     : formatDecimal(statement.shareBasisPoints, 2, locale);
    const QString share =
        StatementText::tr("%1% of what the jobs paid", "the owner's share").arg(sharePercent);

    page.setFont(18, true);
    page.text(0, page.width(), StatementText::tr("Earnings statement"));
    page.y += page.lineHeight() * 1.2;
    page.setFont(10, false);
    const double labelWidth = page.width() * 0.24;
    const QList<std::pair<QString, QString>> facts = {
        {StatementText::tr("Period"), period},
        {StatementText::tr("Time zone"), statement.timeZone},
        {StatementText::tr("Car"), StatementText::tr("%1 (%2)", "car name and id")
                                       .arg(statement.vehicleName, statement.vehicleId)},
        {StatementText::tr("Account"), statement.account},
        {StatementText::tr("Currency"), statement.currency},
        {StatementText::tr("Your share"), share},
        {StatementText::tr("Generated"),
         locale.toString(statement.generatedAt.toUTC(), QLocale::LongFormat)},
    };
    for (const auto &[label, value] : facts) {
        page.text(0, labelWidth, label);
        page.text(labelWidth, page.width() - labelWidth, value);
        page.y += page.lineHeight();
    }

    page.y += page.lineHeight() * 0.5;
    page.setFont(12, true);
    page.text(0, page.width(), StatementText::tr("Totals"));
    page.y += page.lineHeight();
    page.setFont(10, false);
    const client::Amounts &t = statement.totals;
    const QList<std::pair<QString, QString>> totals = {
        {StatementText::tr("Compute"), formatHours(t.contributingMinutes, locale)},
        {StatementText::tr("Energy"), formatEnergy(t.energyWh, locale)},
        {StatementText::tr("of it solar surplus / grid / battery"),
         StatementText::tr("%1 / %2 / %3", "three amounts of energy")
             .arg(formatEnergy(t.solarWh, locale), formatEnergy(t.gridWh, locale),
                  formatEnergy(t.batteryWh, locale))},
        {StatementText::tr("CO₂ of the grid energy"),
         t.carbonUnknownWh > 0
             ? StatementText::tr("%1 (and %2 of unknown carbon)", "grams, then energy")
                   .arg(formatCarbon(t.carbonGrams, locale),
                        formatEnergy(t.carbonUnknownWh, locale))
             : formatCarbon(t.carbonGrams, locale)},
        {StatementText::tr("CO₂ the solar surplus avoided"),
         formatCarbon(t.carbonAvoidedGrams, locale)},
        {StatementText::tr("Gross: what the jobs paid"), money(t.grossMicros)},
        {StatementText::tr("Your share (%1%)").arg(sharePercent), money(t.ownerMicros)},
        {StatementText::tr("Electricity cost"), money(-t.costMicros)},
        {StatementText::tr("Battery wear"), money(-t.wearMicros)},
        {StatementText::tr("Net: your share less electricity and wear"), money(t.netMicros)},
    };
    for (const auto &[label, value] : totals) {
        page.text(0, page.width() * 0.6, label);
        page.text(page.width() * 0.6, page.width() * 0.3, value, Qt::AlignRight);
        page.y += page.lineHeight();
    }
    if (statement.payout) {
        const Statement::Payout &p = *statement.payout;
        QString line;
        if (p.state == QLatin1String("carried"))
            line = StatementText::tr("Carried over to next month: %1 (below the %2 minimum payout)")
                       .arg(money(p.carriedOutMicros), money(p.minimumMicros));
        else if (p.state == QLatin1String("paid"))
            line =
                StatementText::tr("Paid out: %1 on %2")
                    .arg(money(p.amountMicros),
                         locale.toString(
                             p.paidAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date(),
                             QLocale::LongFormat));
        else
            line =
                StatementText::tr("Payout pending: %1, paid on %2")
                    .arg(money(p.amountMicros),
                         locale.toString(
                             p.paidAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date(),
                             QLocale::LongFormat));
        if (p.carriedInMicros != 0)
            line += QLatin1Char(' ') + StatementText::tr("(with %1 carried in from earlier months)")
                                           .arg(money(p.carriedInMicros));
        page.y += page.lineHeight() * 0.3;
        page.text(0, page.width(), line);
        page.y += page.lineHeight();
    } else {
        page.text(
            0, page.width(),
            StatementText::tr("Payout: the month is settled at midnight on the 1st of the next."));
        page.y += page.lineHeight();
    }
    page.y += page.lineHeight() * 0.8;

    // A table: a header on every page it runs onto, each column's rows adjusted to add up to
    // the total printed under them.
    struct Table
    {
        QStringList headers;
        QList<double> widths;
    };
    auto drawTable = [&](const QString &title, const Table &table,
                         const std::vector<QStringList> &rows, const QStringList &total) {
        auto row = [&](const QStringList &cells, bool bold) {
            page.setFont(9, bold);
            double x = 0;
            for (int i = 0; i < cells.size(); ++i) {
                const double w = table.widths[i] * page.width();
                page.text(x, w - 20, cells[i], i == 0 ? Qt::AlignLeft : Qt::AlignRight);
                x += w;
            }
            page.y += page.lineHeight();
        };
        auto header = [&] {
            row(table.headers, true);
            page.rule(QColor(0x88, 0x88, 0x88));
        };
        page.setFont(12, true);
        if (!page.fits(4))
            page.newPage();
        page.text(0, page.width(), title);
        page.y += page.lineHeight();
        header();
        for (const QStringList &cells : rows) {
            page.setFont(9, false);
            if (!page.fits(1)) {
                page.newPage();
                header();
            }
            row(cells, false);
        }
        page.setFont(9, false);
        if (!page.fits(2))
            page.newPage();
        page.rule(QColor(0x88, 0x88, 0x88));
        row(total, true);
        page.y += page.lineHeight() * 0.8;
    };
    // Hours in tenths (6 minutes), energy in tens of Wh, money in minor units.
    auto column = [](const auto &items, auto field, qint64 columnUnit) {
        std::vector<qint64> values;
        for (const auto &item : items)
            values.push_back(field(item));
        return rowsAddingUp(values, columnUnit);
    };
    const QStringList moneyHeaders = {StatementText::tr("Gross"), StatementText::tr("Your share"),
                                      StatementText::tr("Cost"), StatementText::tr("Net")};
    {
        const auto &days = statement.days;
        const auto hours = column(
            days, [](const StatementDay &d) { return qint64(d.amounts.contributingMinutes); }, 6);
        const auto energy = column(
            days, [](const StatementDay &d) { return d.amounts.energyWh; }, 10);
        const auto gross = column(
            days, [](const StatementDay &d) { return d.amounts.grossMicros; }, unit);
        const auto owner = column(
            days, [](const StatementDay &d) { return d.amounts.ownerMicros; }, unit);
        const auto cost = column(
            days, [](const StatementDay &d) { return d.amounts.costMicros; }, unit);
        const auto net = column(
            days, [](const StatementDay &d) { return d.amounts.netMicros; }, unit);
        // With battery wear in the month, its column stands between the cost and the net, so
        // that each row's net follows from the figures beside it.
        const bool withWear = t.wearMicros != 0;
        const auto wear = column(
            days, [](const StatementDay &d) { return d.amounts.wearMicros; }, unit);
        std::vector<QStringList> rows;
        for (std::size_t i = 0; i < days.size(); ++i) {
            QStringList cells{locale.toString(days[i].date, QLocale::ShortFormat),
                              formatHoursUnits(hours[i], locale),
                              formatEnergyUnits(energy[i], locale),
                              units(gross[i]),
                              units(owner[i]),
                              units(cost[i])};
            if (withWear)
                cells.append(units(wear[i]));
            rows.push_back(cells << units(net[i]));
        }
        QStringList headers{StatementText::tr("Date"), StatementText::tr("Compute"),
                            StatementText::tr("Energy")};
        headers += moneyHeaders;
        QStringList total{StatementText::tr("Total"),
                          formatHours(t.contributingMinutes, locale),
                          formatEnergy(t.energyWh, locale),
                          money(t.grossMicros),
                          money(t.ownerMicros),
                          money(t.costMicros)};
        if (withWear) {
            headers.insert(headers.size() - 1, StatementText::tr("Wear"));
            total.append(money(t.wearMicros));
        }
        total.append(money(t.netMicros));
        drawTable(StatementText::tr("Days"),
                  {headers, withWear ? QList<double>{0.17, 0.11, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12}
                                     : QList<double>{0.2, 0.12, 0.14, 0.14, 0.14, 0.13, 0.13}},
                  rows, total);
    }
    if (!statement.sessions.empty()) {
        const auto &sessions = statement.sessions;
        const auto hours = column(
            sessions,
            [](const StatementSession &s) { return qint64(s.amounts.contributingMinutes); }, 6);
        const auto energy = column(
            sessions, [](const StatementSession &s) { return s.amounts.energyWh; }, 10);
        const auto net = column(
            sessions, [](const StatementSession &s) { return s.amounts.netMicros; }, unit);
        std::vector<QStringList> rows;
        int jobs = 0;
        bool anyCut = false;
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            const StatementSession &s = sessions[i];
            // A session cut by the month's edge is marked, and only its part in the month counts.
            rows.push_back({(s.cutBefore ? QStringLiteral("… ") : QString()) + localTime(s.start),
                            localTime(s.end) + (s.cutAfter ? QStringLiteral(" …") : QString()),
                            formatHoursUnits(hours[i], locale),
                            formatEnergyUnits(energy[i], locale), locale.toString(s.jobs),
                            units(net[i])});
            jobs += s.jobs;
            anyCut = anyCut || s.cutBefore || s.cutAfter;
        }
        drawTable(StatementText::tr("Sessions"),
                  {{StatementText::tr("Started"), StatementText::tr("Ended"),
                    StatementText::tr("Compute"), StatementText::tr("Energy"),
                    StatementText::tr("Jobs"), StatementText::tr("Net")},
                   {0.24, 0.24, 0.12, 0.14, 0.1, 0.16}},
                  rows,
                  {StatementText::tr("Total"), QString(),
                   formatHours(t.contributingMinutes, locale), formatEnergy(t.energyWh, locale),
                   locale.toString(jobs), money(t.netMicros)});
        if (anyCut) {
            page.setFont(8, false);
            page.text(
                0, page.width(),
                StatementText::tr("… a session that began before the month or went on after it: "
                                  "only its part in the month is counted."));
            page.y += page.lineHeight() * 1.5;
        }
    }
    if (!statement.jobs.empty()) {
        const auto &kinds = statement.jobs;
        const auto pay = column(
            kinds, [](const StatementJobs &k) { return k.payMicros; }, unit);
        std::vector<QStringList> rows;
        int jobs = 0;
        int failed = 0;
        qint64 operations = 0;
        qint64 paid = 0;
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            rows.push_back({jobKindName(kinds[i].kind), locale.toString(kinds[i].jobs),
                            locale.toString(kinds[i].failed),
                            locale.toString(qlonglong(kinds[i].operations)), units(pay[i])});
            jobs += kinds[i].jobs;
            failed += kinds[i].failed;
            operations += kinds[i].operations;
            paid += kinds[i].payMicros;
        }
        drawTable(
            StatementText::tr("Jobs served"),
            {{StatementText::tr("Kind"), StatementText::tr("Jobs"), StatementText::tr("Failed"),
              StatementText::tr("Requests"), StatementText::tr("Paid")},
             {0.3, 0.14, 0.14, 0.2, 0.2}},
            rows,
            {StatementText::tr("Total"), locale.toString(jobs), locale.toString(failed),
             locale.toString(qlonglong(operations)), money(paid)});
    }
    if (!painter.end())
        outcome.error = StatementText::tr("Cannot finish writing %1.").arg(path);
    outcome.pageText = page.pages();
    return outcome;
}

} // namespace idlefleet::app::earnings
