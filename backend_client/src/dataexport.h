#pragma once

#include "fleetjob.h"
#include "idlefleet/v1/account.pb.h"

#include <QByteArray>
#include <QSaveFile>
#include <functional>
#include <memory>

namespace idlefleet::client {

/// Cuts the streamed export (account.proto, DataExport) into its parts as bytes arrive.
class ExportStreamReader
{
public:
    using PartHandler = std::function<bool(const v1::DataExport &part, QString *problem)>;
    explicit ExportStreamReader(PartHandler handler)
        : m_handler(std::move(handler))
    {}

    /// Reads what arrived; false (with `problem`) on a part that cannot be read.
    bool feed(const QByteArray &bytes, QString *problem);
    /// At the end: false unless every part announced came whole.
    bool finish(QString *problem) const;
    qint64 partsDone() const { return m_partsDone; }
    /// 0 until the first part is read.
    qint64 partsTotal() const { return m_partsTotal; }

    /// No part is larger (a backend that sends more is refused).
    static constexpr qint64 MaxPartBytes = 64 * 1024 * 1024;

private:
    PartHandler m_handler;
    QByteArray m_buffer;
    qint64 m_partsDone = 0;
    qint64 m_partsTotal = 0;
};

/// Writes the export's parts, as they come, to a JSON file the user alone may read: the same
/// document as the whole DataExport printed as JSON (protobuf's JSON names), one element per line
/// in the long lists. The file appears only when complete (QSaveFile).
class ExportJsonWriter
{
public:
    explicit ExportJsonWriter(const QString &path);
    bool open(QString *problem);
    bool write(const v1::DataExport &part, QString *problem);
    /// Closes the lists and commits the file; false if anything could not be written.
    bool commit(QString *problem);

    int vehicles() const { return m_vehicles; }
    qint64 sessions() const { return m_sessions; }
    /// The last failure was this computer's (the file), not the export's.
    bool failedToWrite() const { return m_failedToWrite; }

private:
    bool put(const QByteArray &text, QString *problem);
    /// `{...}` printed by protobuf, without its closing brace, for more keys to follow.
    static QByteArray opened(const google::protobuf::Message &message, bool *empty);
    bool closeVehicle(QString *problem);

    QSaveFile m_file;
    bool m_started = false;
    QString m_vehicleId; ///< the car whose object is open
    int m_field = 0;     ///< the number of the list open in it, 0: none
    bool m_firstElement = true;
    int m_vehicles = 0;
    qint64 m_sessions = 0;
    bool m_failedToWrite = false;
};

/// GET /v1/account/export read whole into memory, its parts merged (tests, small accounts).
class DataExportJob : public FleetJob
{
    Q_OBJECT
public:
    DataExportJob(FleetClient *client, Sender send, QObject *parent);
    const v1::DataExport &result() const { return m_result; }

protected:
    bool streamsBody() const override { return true; }
    bool consume(const QByteArray &piece, QString *problem) override;
    void restartBody() override;
    bool decode(const QByteArray &body, QString *problem) override;

private:
    v1::DataExport m_result;
    std::unique_ptr<ExportStreamReader> m_reader;
};

/// GET /v1/account/export written to a JSON file as it arrives, with progress.
class ExportFileJob : public FleetJob
{
    Q_OBJECT
public:
    ExportFileJob(const QString &path, FleetClient *client, Sender send, QObject *parent);
    ~ExportFileJob() override;
    int vehicles() const { return m_vehicles; }
    qint64 sessions() const { return m_sessions; }

Q_SIGNALS:
    /// `done` of `total` parts are written (total 0: not known yet).
    void progress(qint64 done, qint64 total);

protected:
    bool streamsBody() const override { return true; }
    bool consume(const QByteArray &piece, QString *problem) override;
    void restartBody() override;
    bool decode(const QByteArray &body, QString *problem) override;

private:
    QString m_path;
    std::unique_ptr<ExportJsonWriter> m_writer;
    std::unique_ptr<ExportStreamReader> m_reader;
    int m_vehicles = 0;
    qint64 m_sessions = 0;
};

} // namespace idlefleet::client
