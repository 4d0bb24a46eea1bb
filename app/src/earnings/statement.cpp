#include "statement.h"

#include "earningsformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <map>

namespace idlefleet::app::earnings {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("idlefleet::app::earnings::Statement", text, disambiguation);
}

void add(client::Amounts *sum, const client::Amounts &a)
{
    sum->energyWh += a.energyWh;
    sum->costMicros += a.costMicros;
    sum->grossMicros += a.grossMicros;
    sum->ownerMicros += a.ownerMicros;
    sum->netMicros += a.netMicros;
    sum->contributingMinutes += a.contributingMinutes;
}

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
        m_painter->drawText(QRectF(x, y, w, m_lineHeight), int(align | Qt::AlignVCenter), s);
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
        add(&byDate[localDate(entry.start)], entry.amounts);
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const auto it = byDate.find(day);
        s.days.push_back({day, it == byDate.end() ? client::Amounts{} : it->second});
        add(&s.totals, s.days.back().amounts);
    }
    return s;
}

QByteArray statementCsv(const Statement &statement)
{
    QByteArray out = "date,contributing_minutes,energy_wh,electricity_cost,gross,owner_share,net,"
                     "currency\n";
    const QByteArray currency = statement.currency.toUtf8();
    for (const StatementDay &day : statement.days) {
        const client::Amounts &a = day.amounts;
        out += day.date.toString(Qt::ISODate).toLatin1() + ',' +
               QByteArray::number(a.contributingMinutes) + ',' + QByteArray::number(a.energyWh) +
               ',' + decimalFromMicros(a.costMicros).toLatin1() + ',' +
               decimalFromMicros(a.grossMicros).toLatin1() + ',' +
               decimalFromMicros(a.ownerMicros).toLatin1() + ',' +
               decimalFromMicros(a.netMicros).toLatin1() + ',' + currency + '\n';
    }
    return out;
}

PdfOutcome writeStatementPdf(const Statement &statement, const QString &path, const QLocale &locale)
{
    PdfOutcome outcome;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Earnings statement"));
    writer.setCreator(QStringLiteral("Idlefleet"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        outcome.error = tr("Cannot write %1: check that the folder exists and that you may "
                           "write there.")
                            .arg(QFileInfo(path).absoluteFilePath());
        return outcome;
    }
    PageDrawer page(&writer, &painter);
    const auto money = [&](qint64 micros) {
        return formatMoney(micros, statement.currency, locale);
    };
    const QString period = tr("%1 – %2", "a range of dates")
                               .arg(locale.toString(statement.firstDay, QLocale::LongFormat),
                                    locale.toString(statement.lastDay, QLocale::LongFormat));

    page.setFont(18, true);
    page.text(0, page.width(), tr("Earnings statement"));
    page.y += page.lineHeight() * 1.2;
    page.setFont(10, false);
    const double labelWidth = page.width() * 0.24;
    const QList<std::pair<QString, QString>> facts = {
        {tr("Period"), tr("%1 (%2)", "period and time zone").arg(period, statement.timeZone)},
        {tr("Car"),
         tr("%1 (%2)", "car name and id").arg(statement.vehicleName, statement.vehicleId)},
        {tr("Account"), statement.account},
        {tr("Currency"), statement.currency},
        {tr("Generated"), locale.toString(statement.generatedAt.toUTC(), QLocale::LongFormat)},
    };
    for (const auto &[label, value] : facts) {
        page.text(0, labelWidth, label);
        page.text(labelWidth, page.width() - labelWidth, value);
        page.y += page.lineHeight();
    }

    page.y += page.lineHeight() * 0.5;
    page.setFont(12, true);
    page.text(0, page.width(), tr("Totals"));
    page.y += page.lineHeight();
    page.setFont(10, false);
    const client::Amounts &t = statement.totals;
    const QList<std::pair<QString, QString>> totals = {
        {tr("Compute"), formatHours(t.contributingMinutes, locale)},
        {tr("Energy"), formatEnergy(t.energyWh, locale)},
        {tr("Electricity cost"), money(t.costMicros)},
        {tr("Gross earnings"), money(t.grossMicros)},
        {tr("Your share"), money(t.ownerMicros)},
        {tr("Net (your share less the electricity)"), money(t.netMicros)},
    };
    for (const auto &[label, value] : totals) {
        page.text(0, page.width() * 0.5, label);
        page.text(page.width() * 0.5, page.width() * 0.25, value, Qt::AlignRight);
        page.y += page.lineHeight();
    }
    page.y += page.lineHeight() * 0.8;

    // The day lines: a header on every page they run onto.
    const QStringList headers = {tr("Date"),  tr("Compute"),    tr("Energy"), tr("Cost"),
                                 tr("Gross"), tr("Your share"), tr("Net")};
    const QList<double> widths = {0.2, 0.12, 0.14, 0.13, 0.14, 0.13, 0.14};
    auto row = [&](const QStringList &cells, bool bold) {
        page.setFont(9, bold);
        double x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const double w = widths[i] * page.width();
            page.text(x, w - 20, cells[i], i == 0 ? Qt::AlignLeft : Qt::AlignRight);
            x += w;
        }
        page.y += page.lineHeight();
    };
    auto header = [&] {
        row(headers, true);
        page.rule(QColor(0x88, 0x88, 0x88));
    };
    page.setFont(9, false);
    if (!page.fits(3))
        page.newPage();
    header();
    for (const StatementDay &day : statement.days) {
        page.setFont(9, false);
        if (!page.fits(1)) {
            page.newPage();
            header();
        }
        const client::Amounts &a = day.amounts;
        row({locale.toString(day.date, QLocale::ShortFormat),
             formatHours(a.contributingMinutes, locale), formatEnergy(a.energyWh, locale),
             money(a.costMicros), money(a.grossMicros), money(a.ownerMicros), money(a.netMicros)},
            false);
    }
    if (!page.fits(2))
        page.newPage();
    page.rule(QColor(0x88, 0x88, 0x88));
    row({tr("Total"), formatHours(t.contributingMinutes, locale), formatEnergy(t.energyWh, locale),
         money(t.costMicros), money(t.grossMicros), money(t.ownerMicros), money(t.netMicros)},
        true);
    if (!painter.end())
        outcome.error = tr("Cannot finish writing %1.").arg(path);
    outcome.pageText = page.pages();
    return outcome;
}

} // namespace idlefleet::app::earnings
