// The baseline of bench_startup: a bare Qt Quick window with one ChartView, started the way the
// app starts. Prints the same JSON line as `idlefleet` with IDLEFLEET_STARTUP_REPORT set.

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <cstdio>

namespace {

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

const char *const Qml = R"(
import QtQuick
import QtQuick.Controls
import QtCharts
ApplicationWindow {
    width: 1280; height: 800; visible: true
    ChartView {
        anchors.fill: parent
        LineSeries { XYPoint { x: 0; y: 1 } XYPoint { x: 1; y: 3 } XYPoint { x: 2; y: 2 } }
    }
}
)";

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(Qml);
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&sinceStart] {
        const qint64 firstFrameMs = sinceStart.elapsed();
        std::printf("{\"first_frame_ms\": %lld, \"first_data_frame_ms\": %lld, "
                    "\"peak_rss_kib\": %lld}\n",
                    static_cast<long long>(firstFrameMs), static_cast<long long>(firstFrameMs),
                    static_cast<long long>(peakRssKib()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}
