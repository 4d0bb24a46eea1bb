#include "passwordprompt.h"

#include <cstdio>
#include <termios.h>

namespace idlefleet {

QString readPassword(const QString &prompt, QString *error)
{
    const QString fromEnvironment = qEnvironmentVariable("IDLEFLEET_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        *error = QStringLiteral("no password: set IDLEFLEET_PASSWORD or run in a terminal");
        return {};
    }
    std::fprintf(tty, "%s", qPrintable(prompt));
    std::fflush(tty);
    termios saved{};
    const bool canHide = tcgetattr(fileno(tty), &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &hidden);
    }
    char line[1024] = {};
    const bool got = std::fgets(line, sizeof line, tty) != nullptr;
    if (canHide)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fprintf(tty, "\n");
    std::fclose(tty);
    QString password = got ? QString::fromLocal8Bit(line) : QString();
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty())
        *error = QStringLiteral("no password given");
    return password;
}

} // namespace idlefleet
