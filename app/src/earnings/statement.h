#pragma once

#include "payloads.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <functional>
#include <vector>

namespace idlefleet::app::earnings {

/// One day of a statement, in the car's calendar.
struct StatementDay
{
    QDate date;
    client::Amounts amounts;
};

/// What a monthly statement says: for the owner's accountant, exact to the micro.
struct Statement
{
    QString vehicleId;
    QString vehicleName;
    QString account;
    QString currency;
    QString timeZone;
    QDate firstDay; ///< the car's dates, both included
    QDate lastDay;
    QDateTime generatedAt;          ///< UTC
    std::vector<StatementDay> days; ///< every day from first to last, zero where nothing ran
    client::Amounts totals;
};

/// A statement over [firstDay, lastDay] from the backend's daily earnings (`daily.entries`
/// start at the car's local midnights, which `localDate` turns into dates).
Statement makeStatement(const client::EarningsReport &daily, const QDate &firstDay,
                        const QDate &lastDay,
                        const std::function<QDate(const QDateTime &)> &localDate);

/// The statement as CSV: a header line, then one line per day; money as exact decimals with
/// the currency code in a column of its own.
QByteArray statementCsv(const Statement &statement);

/// What drawing the PDF did.
struct PdfOutcome
{
    QString error;               ///< empty when the file was written
    QList<QStringList> pageText; ///< the text drawn on each page, in order
};

/// Draws the statement on A4 pages into `path`, with `locale`'s numbers, money and dates.
/// Safe to run on a worker thread.
PdfOutcome writeStatementPdf(const Statement &statement, const QString &path,
                             const QLocale &locale);

} // namespace idlefleet::app::earnings
