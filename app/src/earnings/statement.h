#pragma once

#include "payloads.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

/// The statement's words, under one translation context that lupdate and the runtime share
/// (the app and `idlefleetctl statement --language` draw the same document).
class StatementText
{
    Q_DECLARE_TR_FUNCTIONS(StatementText)
};

namespace idlefleet::app::earnings {

/// One day of a statement, in the car's calendar.
struct StatementDay
{
    QDate date;
    client::Amounts amounts;
};

/// One session of the month: whole, with its amounts inside the month; `cutBefore` and
/// `cutAfter` mark one that began in the month before or goes on into the next.
struct StatementSession
{
    QDateTime start; ///< UTC
    QDateTime end;
    client::Amounts amounts;
    bool cutBefore = false;
    bool cutAfter = false;
    int jobs = 0;
};

/// The month's jobs of one kind.
struct StatementJobs
{
    QString kind;
    int jobs = 0;
    int failed = 0;
    qint64 operations = 0;
    qint64 payMicros = 0;
};

/// What a monthly statement says: for the owner's accountant, exact to the micro, every figure
/// a sum of ledger entries (spec/ledger.md).
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
    int shareBasisPoints = 0; ///< the owner's share of the gross (7,000 = 70%)
    std::vector<StatementSession> sessions;
    std::vector<StatementJobs> jobs; ///< by kind, most paid first
    /// The month's payout, once the month is settled.
    struct Payout
    {
        qint64 netMicros = 0;
        qint64 carriedInMicros = 0;
        qint64 amountMicros = 0;
        qint64 carriedOutMicros = 0;
        QString state; ///< pending, paid or carried
        QDateTime paidAt;
        qint64 minimumMicros = 0;
    };
    std::optional<Payout> payout;
};

/// A statement over [firstDay, lastDay] from the backend's daily earnings (`daily.entries`
/// start at the car's local midnights, which `localDate` turns into dates).
Statement makeStatement(const client::EarningsReport &daily, const QDate &firstDay,
                        const QDate &lastDay,
                        const std::function<QDate(const QDateTime &)> &localDate);

/// Adds the month's sessions (asked for with their jobs) and the job summary.
void addSessions(Statement *statement, const std::vector<client::AmountsAt> &sessions);

/// The statement as CSV (spec/ledger.md): one row per local day, all integers:
/// date,contributing_minutes,energy_wh,solar_wh,grid_wh,battery_wh,carbon_grams,cost_micros,
/// wear_micros,gross_micros,owner_micros,net_micros,currency
QByteArray statementCsv(const Statement &statement);

/// What drawing the PDF did.
struct PdfOutcome
{
    QString error;               ///< empty when the file was written
    QList<QStringList> pageText; ///< the text drawn on each page, in order
};

/// Draws the statement on A4 pages into `path`, with `locale`'s numbers, money and dates, in
/// the language of the installed translator. Tables with a total under them adjust their rows
/// so they add up to it (spec/ledger.md). Safe to run on a worker thread.
PdfOutcome writeStatementPdf(const Statement &statement, const QString &path,
                             const QLocale &locale);

/// A job kind in the reader's language.
QString jobKindName(const QString &kind);

} // namespace idlefleet::app::earnings
