#include "logging.h"

#include <QString>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

namespace idlefleet::backend {

Q_LOGGING_CATEGORY(lcStartup, "idlefleetd.startup")
Q_LOGGING_CATEGORY(lcHttp, "idlefleetd.http")
Q_LOGGING_CATEGORY(lcWorld, "idlefleetd.world")

namespace {

/// Writes the log's lines on a thread of its own, in the order they came: a write to stderr
/// (a file, a pipe, the journal's socket) may wait for the disk or the reader, and the event
/// loop must not wait with it. Lines beyond MaxWaiting are counted and dropped, never waited for.
class LogWriter
{
public:
    static constexpr std::size_t MaxWaiting = 20000;

    LogWriter()
        : m_thread([this] { run(); })
    {}

    ~LogWriter()
    {
        qInstallMessageHandler(nullptr); // what is logged after this is written at once
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    void add(QByteArray line)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_waiting.size() >= MaxWaiting) {
                ++m_dropped;
                return;
            }
            m_waiting.push_back(std::move(line));
        }
        m_wake.notify_one();
    }

    /// Writes what waits, here and now (before the process ends abruptly).
    void flush()
    {
        std::lock_guard writing(m_writing);
        std::deque<QByteArray> lines;
        {
            std::lock_guard lock(m_mutex);
            lines.swap(m_waiting);
        }
        write(lines, 0);
    }

private:
    void run()
    {
        for (;;) {
            std::deque<QByteArray> lines;
            qint64 dropped = 0;
            bool stopping = false;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
                lines.swap(m_waiting);
                dropped = std::exchange(m_dropped, 0);
                stopping = m_stopping;
            }
            {
                std::lock_guard writing(m_writing);
                write(lines, dropped);
            }
            if (stopping)
                return;
        }
    }

    static void write(const std::deque<QByteArray> &lines, qint64 dropped)
    {
        for (const QByteArray &line : lines)
            std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
        if (dropped > 0)
            std::fprintf(stderr,
                         "idlefleetd: warning: %lld log lines dropped: the log could not keep "
                         "up\n",
                         static_cast<long long>(dropped));
        std::fflush(stderr);
    }

    std::mutex m_mutex;
    std::mutex m_writing; ///< one writer at a time: the thread, or flush()
    std::condition_variable m_wake;
    std::deque<QByteArray> m_waiting;
    qint64 m_dropped = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

LogWriter *g_writer = nullptr;

void writeInBackground(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit();
    line.append('\n');
    if (type == QtFatalMsg) {
        g_writer->flush();
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
        std::fflush(stderr);
        return; // Qt aborts next
    }
    g_writer->add(std::move(line));
}

} // namespace

void installLogFormat()
{
    qSetMessagePattern(QStringLiteral(
        "idlefleetd: %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
}

void logInBackground()
{
    // Lives to the process's end: its lines are written out when it is destroyed.
    static LogWriter writer;
    g_writer = &writer;
    qInstallMessageHandler(writeInBackground);
}

} // namespace idlefleet::backend
