#include "dataexport.h"

#include <QFile>
#include <google/protobuf/util/json_util.h>

namespace idlefleet::client {
namespace {

/// The long lists of a car, in the order the backend sends them (field numbers).
constexpr int LongLists[] = {
    v1::ExportedVehicle::kSessionsFieldNumber, v1::ExportedVehicle::kEntriesFieldNumber,
    v1::ExportedVehicle::kJobsFieldNumber, v1::ExportedVehicle::kStatusHistoryFieldNumber,
    v1::ExportedVehicle::kEventsFieldNumber};

QByteArray json(const google::protobuf::Message &message, bool whitespace)
{
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = whitespace;
    std::string out;
    (void)google::protobuf::util::MessageToJsonString(message, &out, options);
    return QByteArray::fromStdString(out);
}

} // namespace

bool ExportStreamReader::feed(const QByteArray &bytes, QString *problem)
{
    m_buffer += bytes;
    qsizetype at = 0;
    for (;;) {
        // The part's length: a varint of at most 10 bytes.
        quint64 length = 0;
        int shift = 0;
        qsizetype i = at;
        bool complete = false;
        while (i < m_buffer.size() && shift < 64) {
            const auto byte = quint8(m_buffer.at(i++));
            length |= quint64(byte & 0x7f) << shift;
            shift += 7;
            if (!(byte & 0x80)) {
                complete = true;
                break;
            }
        }
        if (!complete) {
            if (shift >= 64) {
                *problem = QStringLiteral("a part's length is not a number");
                return false;
            }
            break;
        }
        if (length > quint64(MaxPartBytes)) {
            *problem = QStringLiteral("a part of %1 bytes is larger than %2")
                           .arg(length)
                           .arg(MaxPartBytes);
            return false;
        }
        if (m_buffer.size() - i < qsizetype(length))
            break;
        v1::DataExport part;
        if (!part.ParseFromArray(m_buffer.constData() + i, int(length))) {
            *problem = QStringLiteral("part %1 is not a DataExport").arg(m_partsDone + 1);
            return false;
        }
        if (m_partsDone == 0) {
            m_partsTotal = part.parts_total();
            if (m_partsTotal <= 0) {
                *problem = QStringLiteral("the first part does not say how many follow");
                return false;
            }
        } else if (m_partsDone >= m_partsTotal) {
            *problem = QStringLiteral("more parts came than the %1 announced").arg(m_partsTotal);
            return false;
        }
        if (!m_handler(part, problem))
            return false;
        ++m_partsDone;
        at = i + qsizetype(length);
    }
    m_buffer.remove(0, at);
    return true;
}

bool ExportStreamReader::finish(QString *problem) const
{
    if (m_partsTotal == 0)
        *problem = QStringLiteral("the export is empty");
    else if (!m_buffer.isEmpty())
        *problem = QStringLiteral("the export ends inside a part");
    else if (m_partsDone < m_partsTotal)
        *problem = QStringLiteral("the export stopped after %1 of %2 parts")
                       .arg(m_partsDone)
                       .arg(m_partsTotal);
    else
        return true;
    return false;
}

ExportJsonWriter::ExportJsonWriter(const QString &path)
    : m_file(path)
{}

bool ExportJsonWriter::open(QString *problem)
{
    if (m_file.isOpen())
        return true;
    if (m_file.open(QIODevice::WriteOnly) &&
        m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return true;
    *problem = m_file.errorString();
    return false;
}

bool ExportJsonWriter::put(const QByteArray &text, QString *problem)
{
    if (m_file.write(text) == text.size())
        return true;
    m_failedToWrite = true;
    *problem = m_file.errorString();
    return false;
}

QByteArray ExportJsonWriter::opened(const google::protobuf::Message &message, bool *empty)
{
    QByteArray text = json(message, true).trimmed();
    if (text.endsWith('}'))
        text.chop(1);
    text = text.trimmed();
    *empty = text == "{";
    return text;
}

bool ExportJsonWriter::closeVehicle(QString *problem)
{
    if (m_vehicleId.isEmpty())
        return true;
    m_vehicleId.clear();
    const QByteArray end = m_field ? "\n  ]\n}" : "\n}";
    m_field = 0;
    return put(end, problem);
}

bool ExportJsonWriter::write(const v1::DataExport &part, QString *problem)
{
    if (!m_started) {
        m_started = true;
        v1::DataExport header = part;
        header.clear_parts_total();
        bool empty = false;
        const QByteArray text = opened(header, &empty);
        return put(text + (empty ? "\n  \"vehicles\": [" : ",\n  \"vehicles\": ["), problem);
    }
    for (const v1::ExportedVehicle &vehicle : part.vehicles()) {
        const QString id = QString::fromStdString(vehicle.id());
        if (id.isEmpty()) {
            *problem = QStringLiteral("a part names no car");
            return false;
        }
        if (id != m_vehicleId) {
            if (!closeVehicle(problem))
                return false;
            v1::ExportedVehicle head = vehicle;
            head.clear_sessions();
            head.clear_entries();
            head.clear_jobs();
            head.clear_status_history();
            head.clear_events();
            bool empty = false;
            if (!put((m_vehicles ? ",\n" : "\n") + opened(head, &empty), problem))
                return false;
            m_vehicleId = id;
            ++m_vehicles;
        }
        const auto *reflection = vehicle.GetReflection();
        const auto *descriptor = vehicle.GetDescriptor();
        for (const int number : LongLists) {
            const auto *field = descriptor->FindFieldByNumber(number);
            const int count = reflection->FieldSize(vehicle, field);
            if (count == 0)
                continue;
            if (number < m_field) {
                *problem = QStringLiteral("the car %1's %2 came after its later lists")
                               .arg(id, QString::fromStdString(field->json_name()));
                return false;
            }
            if (number != m_field) {
                const QByteArray close = m_field ? "\n  ]" : "";
                m_field = number;
                if (!put(close + ",\n  \"" + QByteArray::fromStdString(field->json_name()) +
                             "\": [",
                         problem))
                    return false;
                m_firstElement = true;
            }
            if (number == v1::ExportedVehicle::kSessionsFieldNumber)
                m_sessions += count;
            for (int i = 0; i < count; ++i) {
                const QByteArray element =
                    json(reflection->GetRepeatedMessage(vehicle, field, i), false);
                if (!put((m_firstElement ? "\n    " : ",\n    ") + element, problem))
                    return false;
                m_firstElement = false;
            }
        }
    }
    return true;
}

bool ExportJsonWriter::commit(QString *problem)
{
    if (!m_started) {
        *problem = QStringLiteral("nothing was exported");
        return false;
    }
    if (!closeVehicle(problem) || !put(m_vehicles ? "\n  ]\n}\n" : "]\n}\n", problem))
        return false;
    if (m_file.commit())
        return true;
    m_failedToWrite = true;
    *problem = m_file.errorString();
    return false;
}

DataExportJob::DataExportJob(FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent)
{
    restartBody();
}

void DataExportJob::restartBody()
{
    m_result.Clear();
    m_reader = std::make_unique<ExportStreamReader>([this](const v1::DataExport &part, QString *) {
        if (m_reader->partsDone() == 0) {
            m_result = part;
            return true;
        }
        for (const v1::ExportedVehicle &vehicle : part.vehicles()) {
            const int n = m_result.vehicles_size();
            if (n > 0 && m_result.vehicles(n - 1).id() == vehicle.id())
                m_result.mutable_vehicles(n - 1)->MergeFrom(vehicle);
            else
                *m_result.add_vehicles() = vehicle;
        }
        return true;
    });
}

bool DataExportJob::consume(const QByteArray &piece, QString *problem)
{
    return m_reader->feed(piece, problem);
}

bool DataExportJob::decode(const QByteArray &, QString *problem)
{
    return m_reader->finish(problem);
}

ExportFileJob::ExportFileJob(const QString &path, FleetClient *client, Sender send, QObject *parent)
    : FleetJob(client, std::move(send), parent)
    , m_path(path)
{
    restartBody();
}

ExportFileJob::~ExportFileJob() = default; // an unfinished file is dropped, never left half

void ExportFileJob::restartBody()
{
    m_writer = std::make_unique<ExportJsonWriter>(m_path);
    m_reader.reset();
    m_reader = std::make_unique<ExportStreamReader>([this](const v1::DataExport &part,
                                                           QString *problem) {
        if (!m_writer->write(part, problem)) {
            if (m_writer->failedToWrite())
                failStream(LocalFailed, tr("Cannot write %1: %2").arg(m_path, *problem));
            return false;
        }
        Q_EMIT progress(m_reader->partsDone() + 1,
                        m_reader->partsDone() == 0 ? part.parts_total() : m_reader->partsTotal());
        return true;
    });
}

bool ExportFileJob::consume(const QByteArray &piece, QString *problem)
{
    if (!m_writer->open(problem)) {
        failStream(LocalFailed, tr("Cannot write %1: %2").arg(m_path, *problem));
        return false;
    }
    return m_reader->feed(piece, problem);
}

bool ExportFileJob::decode(const QByteArray &, QString *problem)
{
    if (!m_reader->finish(problem))
        return false;
    if (!m_writer->commit(problem)) {
        failStream(LocalFailed, tr("Cannot write %1: %2").arg(m_path, *problem));
        return false;
    }
    m_vehicles = m_writer->vehicles();
    m_sessions = m_writer->sessions();
    return true;
}

} // namespace idlefleet::client
