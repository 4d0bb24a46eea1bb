#include "pagecapture.h"

#include "appstate.h"
#include "navigation.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QQuickWindow>
#include <cstdio>

namespace idlefleet::app {
namespace {

QStringList s_warnings;
QtMessageHandler s_previousHandler = nullptr;

void recordingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    const bool fromQml =
        category.startsWith(QLatin1String("qml")) || category.startsWith(QLatin1String("js")) ||
        message.contains(QLatin1String("qrc:/")) || message.contains(QLatin1String(".qml:"));
    if (fromQml && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        s_warnings.append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

PageCapture::PageCapture(AppState *state, Navigation *navigation, QQuickWindow *window,
                         QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_navigation(navigation)
    , m_window(window)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(
            1,
            QStringLiteral("the page did not finish loading within %1 s").arg(timeoutMs() / 1000));
    });
}

int PageCapture::timeoutMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("IDLEFLEET_PAGE_TIMEOUT_S", &ok);
    return ok && seconds > 0 && seconds <= 3600 ? seconds * 1000 : 120000;
}

void PageCapture::recordWarnings()
{
    s_previousHandler = qInstallMessageHandler(recordingHandler);
}

QStringList PageCapture::warnings()
{
    return s_warnings;
}

void PageCapture::whenSettled(const std::function<void()> &action)
{
    auto check = [this, action] {
        const auto phase = m_state->phase();
        if (phase == AppState::Ready || phase == AppState::Failed)
            QTimer::singleShot(SettleMs, this, [this, action] { whenPageIdle(action); });
    };
    if (m_state->phase() == AppState::Ready || m_state->phase() == AppState::Failed) {
        check();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_state, &AppState::phaseChanged, this, [check, connection, this] {
        const auto phase = m_state->phase();
        if (phase == AppState::Ready || phase == AppState::Failed) {
            disconnect(*connection);
            check();
        }
    });
}

void PageCapture::whenPageIdle(const std::function<void()> &action)
{
    // The page loads its own data after the app is ready; a picture waits for it.
    if (m_state->phase() == AppState::Failed || !m_navigation->pageBusy()) {
        QTimer::singleShot(SettleMs / 2, this, action);
        return;
    }
    QTimer::singleShot(100, this, [this, action] { whenPageIdle(action); });
}

void PageCapture::screenshot(const QString &file)
{
    m_timeout.start(timeoutMs());
    whenSettled([this, file] {
        const QImage image = m_window->grabWindow();
        if (image.isNull() || !image.save(file, "PNG"))
            return finish(1, QStringLiteral("cannot write the screenshot to %1").arg(file));
        if (m_state->phase() == AppState::Failed)
            return finish(
                1, QStringLiteral("the page shows an error: %1").arg(m_state->errorMessage()));
        finish(0, {});
    });
}

void PageCapture::selfTest()
{
    m_timeout.start(timeoutMs());
    whenSettled([this] {
        if (m_state->phase() == AppState::Failed)
            return finish(
                1, QStringLiteral("the app shows an error: %1").arg(m_state->errorMessage()));
        const QStringList pages = Navigation::names();
        auto index = std::make_shared<int>(0);
        auto next = std::make_shared<std::function<void()>>();
        // The step holds itself weakly (a strong copy would be a cycle that is never freed);
        // the pending timer holds it strongly.
        *next = [this, pages, index, weakNext = std::weak_ptr(next)] {
            if (*index >= pages.size()) {
                const QStringList problems = warnings();
                if (!problems.isEmpty())
                    return finish(1, QStringLiteral("%1 QML warning(s):\n%2")
                                         .arg(problems.size())
                                         .arg(problems.join(QLatin1Char('\n'))));
                std::printf("self-test: %d page(s) loaded without warnings\n", int(pages.size()));
                return finish(0, {});
            }
            m_navigation->setPage(*Navigation::fromName(pages.at(*index)));
            ++*index;
            QTimer::singleShot(SettleMs, this, [step = weakNext.lock()] { (*step)(); });
        };
        (*next)();
    });
}

void PageCapture::startupReport(const QElapsedTimer &sinceStart)
{
    m_timeout.start(timeoutMs());
    auto firstFrameMs = std::make_shared<qint64>(-1);
    connect(m_window, &QQuickWindow::frameSwapped, this, [this, sinceStart, firstFrameMs] {
        if (*firstFrameMs < 0)
            *firstFrameMs = sinceStart.elapsed();
        if (m_state->phase() == AppState::Failed)
            return finish(1, m_state->errorMessage());
        if (m_state->phase() != AppState::Ready)
            return;
        const qint64 dataFrameMs = sinceStart.elapsed();
        QFile status(QStringLiteral("/proc/self/status"));
        qint64 peakKib = 0;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakKib = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
        std::printf("{\"first_frame_ms\": %lld, \"first_data_frame_ms\": %lld, "
                    "\"peak_rss_kib\": %lld}\n",
                    static_cast<long long>(*firstFrameMs), static_cast<long long>(dataFrameMs),
                    static_cast<long long>(peakKib));
        finish(0, {});
    });
}

void PageCapture::finish(int exitCode, const QString &message)
{
    m_timeout.stop();
    if (!message.isEmpty())
        std::fprintf(stderr, "idlefleet: %s\n", qPrintable(message));
    std::fflush(stdout);
    QCoreApplication::exit(exitCode);
}

} // namespace idlefleet::app
