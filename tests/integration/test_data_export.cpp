// The data export streamed from a real idlefleetd: the JSON file written as the parts arrive is
// the whole export, with progress; a client that stops reading holds up no one; a client that
// goes away and a file that cannot be written leave no half file; a stream that breaks off is
// never taken for the whole. (How long others wait while an export runs: bench_export.)

#include "backendtestbase.h"
#include "dataexport.h"
#include "idlefleet/v1/account.pb.h"

#include <QFile>
#include <QFileInfo>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>

class TestDataExport : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWorld(); }

    void theFileIsTheWholeExportWithProgress()
    {
        FleetClient client;
        signIn(client);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        auto *job = client.exportMyDataTo(path);
        QList<QPair<qint64, qint64>> steps;
        QObject::connect(job, &ExportFileJob::progress, job, [&](qint64 done, qint64 total) {
            steps.append({done, total});
        });
        AWAIT_JOB(written, job);
        QVERIFY2(written->error() == FleetJob::NoError, qPrintable(written->errorString()));
        QCOMPARE(written->vehicles(), 2);

        // Progress went part by part up to the total, which was known from the first part.
        QVERIFY(steps.size() > 20);
        const qint64 total = steps.first().second;
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i], qMakePair(qint64(i + 1), total));

        // Only the user may read it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());

        // The file parses as the export, and it is the same export as read whole.
        v1::DataExport fromFile;
        const QByteArray json = file.readAll();
        const auto parsed =
            google::protobuf::util::JsonStringToMessage(json.toStdString(), &fromFile);
        QVERIFY2(parsed.ok(), parsed.ToString().c_str());
        AWAIT_JOB(whole, client.exportMyData());
        QVERIFY2(whole->error() == FleetJob::NoError, qPrintable(whole->errorString()));
        v1::DataExport merged = whole->result();
        QCOMPARE(merged.parts_total(), total);
        QCOMPARE(fromFile.vehicles_size(), merged.vehicles_size());
        QCOMPARE(fromFile.details().account().email(), std::string("alex@example.com"));
        qint64 minutes = 0;
        for (int i = 0; i < merged.vehicles_size(); ++i) {
            const v1::ExportedVehicle &a = fromFile.vehicles(i);
            const v1::ExportedVehicle &b = merged.vehicles(i);
            QCOMPARE(a.id(), b.id());
            QVERIFY(a.sessions_size() > 30);
            QVERIFY(a.entries_size() > a.sessions_size());
            QVERIFY(a.jobs_size() > a.entries_size());
            QVERIFY(a.events_size() > 0);
            QVERIFY(a.policy_history_size() > 0);
            QCOMPARE(a.keys_size(), b.keys_size());
            // The whole export, read later, has the same past (the world moves on meanwhile:
            // the newest minutes may differ).
            QCOMPARE(a.sessions_size(), b.sessions_size());
            QCOMPARE(a.entries_size(), b.entries_size());
            QCOMPARE(a.jobs_size(), b.jobs_size());
            QVERIFY(a.status_history_size() <= b.status_history_size());
            for (int s = 0; s < a.sessions_size() - 1; ++s)
                QVERIFY(google::protobuf::util::MessageDifferencer::Equals(a.sessions(s),
                                                                           b.sessions(s)));
            // Each stretch after the one before: time order, no minute twice.
            for (int m = 1; m < a.status_history_size(); ++m)
                QVERIFY(a.status_history(m - 1).minute().seconds() <
                        a.status_history(m).minute().seconds());
            for (int e = 1; e < a.entries_size(); ++e)
                QVERIFY(a.entries(e - 1).start().seconds() <= a.entries(e).start().seconds());
            // A session's amounts are the sum of its entries.
            qint64 sessionsNet = 0, entriesNet = 0;
            for (const auto &session : a.sessions())
                sessionsNet += session.amounts().net_micros();
            for (const auto &entry : a.entries())
                entriesNet += entry.net_micros();
            QCOMPARE(sessionsNet, entriesNet);
            minutes += a.status_history_size();
        }
        // 90 days of minutes of two cars are there, and none of anyone else.
        QVERIFY(minutes > 2 * 60 * 24 * 80);
        QVERIFY(!json.contains("fleet@example.com"));
        QVERIFY(!json.contains("veh-org-"));
    }

    void aClientThatStopsReadingHoldsUpNoOne()
    {
        FleetClient owner;
        signIn(owner);
        // A client that asks for the export and then reads (almost) nothing: the backend's
        // stream waits for it, and everyone else, this owner too, is served meanwhile.
        QSslSocket stalled;
        stalled.setPeerVerifyMode(QSslSocket::VerifyNone); // loopback, the test's own backend
        stalled.setReadBufferSize(1024);
        stalled.connectToHostEncrypted(m_backend.url().host(), quint16(m_backend.url().port()));
        QVERIFY(stalled.waitForEncrypted(10000));
        stalled.write("GET /v1/account/export HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                      "Bearer " +
                      owner.session().accessToken + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(stalled.bytesAvailable() >= 1024, 10000);
        QVERIFY(stalled.peek(64).startsWith("HTTP/1.1 200"));

        FleetClient other;
        connect(other, {m_backend.pin()});
        AWAIT_JOB(info, other.fetchServerInfo());
        QCOMPARE(info->error(), FleetJob::NoError);
        AWAIT_JOB(whole, owner.exportMyData());
        QVERIFY2(whole->error() == FleetJob::NoError, qPrintable(whole->errorString()));
        QCOMPARE(whole->result().vehicles_size(), 2);
        // The stalled one is still waiting, not cut off, not finished.
        QCOMPARE(stalled.state(), QAbstractSocket::ConnectedState);
        QVERIFY(!stalled.peek(1024).contains("\r\n0\r\n\r\n"));
        stalled.abort();
    }

    void aClientThatLeavesHalfwayLeavesNoFileAndTheServerGoesOn()
    {
        FleetClient client;
        signIn(client);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        auto *job = client.exportMyDataTo(path);
        QSignalSpy progress(job, &ExportFileJob::progress);
        QVERIFY(progress.wait(30000));
        while (progress.size() < 5)
            QVERIFY(progress.wait(30000));
        delete job; // the person pressed Stop
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        // The backend lets the stream go and answers the next export whole.
        AWAIT_JOB(again, client.exportMyData());
        QVERIFY2(again->error() == FleetJob::NoError, qPrintable(again->errorString()));
        QCOMPARE(again->result().vehicles_size(), 2);
    }

    void aFileThatCannotBeWrittenIsSaidSo()
    {
        FleetClient client;
        signIn(client);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-folder/mine.json"));
        AWAIT_JOB(job, client.exportMyDataTo(path));
        QCOMPARE(job->error(), FleetJob::LocalFailed);
        QVERIFY2(job->errorString().contains(path), qPrintable(job->errorString()));
    }

    void aStreamThatBreaksOffIsNotTakenForTheWhole()
    {
        // Parts as the backend frames them: a varint length, then the message.
        auto framed = [](const v1::DataExport &part) -> QByteArray {
            const std::string bytes = part.SerializeAsString();
            QByteArray out;
            for (quint64 n = bytes.size();; n >>= 7) {
                out += char((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
                if (n <= 0x7f)
                    break;
            }
            return out + QByteArray::fromStdString(bytes);
        };
        v1::DataExport first;
        first.set_parts_total(3);
        first.mutable_details()->mutable_account()->set_email("alex@example.com");
        v1::DataExport car;
        car.add_vehicles()->set_id("veh-alex-1");
        car.mutable_vehicles(0)->add_sessions()->mutable_start()->set_seconds(1800000000);
        const QByteArray stream = framed(first) + framed(car) + framed(car);

        int parts = 0;
        auto counting = [&parts](const v1::DataExport &, QString *) {
            ++parts;
            return true;
        };
        // Whole, byte by byte: three parts, complete.
        {
            ExportStreamReader reader(counting);
            QString problem;
            for (const char byte : stream)
                QVERIFY2(reader.feed(QByteArray(1, byte), &problem), qPrintable(problem));
            QVERIFY2(reader.finish(&problem), qPrintable(problem));
            QCOMPARE(parts, 3);
        }
        // Cut after a whole part, or inside one: an error that says how far it got.
        for (const qsizetype cut : {framed(first).size() + framed(car).size(), stream.size() - 3}) {
            ExportStreamReader reader(counting);
            QString problem;
            QVERIFY(reader.feed(stream.left(cut), &problem));
            QVERIFY(!reader.finish(&problem));
            QVERIFY2(problem.contains(QStringLiteral("stopped after 2 of 3")) ||
                         problem.contains(QStringLiteral("inside a part")),
                     qPrintable(problem));
        }
        // More parts than announced, a part larger than allowed: refused at once.
        {
            ExportStreamReader reader(counting);
            QString problem;
            QVERIFY(!reader.feed(stream + framed(car), &problem));
            QVERIFY2(problem.contains(QStringLiteral("more parts")), qPrintable(problem));
        }
        {
            ExportStreamReader reader(counting);
            QString problem;
            QVERIFY(!reader.feed(QByteArray::fromHex("ffffffff7f"), &problem));
            QVERIFY2(problem.contains(QStringLiteral("larger")), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestDataExport)
#include "test_data_export.moc"
