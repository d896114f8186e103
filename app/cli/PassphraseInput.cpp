#include "PassphraseInput.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

namespace pacewise::cli {
namespace {

// One translation context for the command line, the same for lupdate and at run time.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(PacewiseCli)
};

// Reads one line from the controlling terminal with echo switched off.
std::optional<QString> promptNoEcho(const QString& prompt) {
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const int fd = fileno(tty);
    const bool canHide = tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fclose(tty);
    if (!got) {
        OPENSSL_cleanse(buffer, sizeof buffer);
        return std::nullopt;
    }
    QString line = QString::fromLocal8Bit(buffer);
    OPENSSL_cleanse(buffer, sizeof buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

PassphraseInput::PassphraseInput(Source source, QString file)
    : m_source(source)
    , m_file(std::move(file)) {}

bool PassphraseInput::loadLines() {
    if (m_loaded)
        return true;
    QByteArray bytes;
    if (m_source == Source::File) {
        QFile file(m_file);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problem = CliText::tr("Cannot read the passphrase file %1: %2")
                            .arg(m_file, file.errorString());
            return false;
        }
        bytes = file.read(64 * 1024);
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_problem = CliText::tr("Cannot read the passphrase from standard input.");
            return false;
        }
        bytes = in.read(64 * 1024);
    }
    m_lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (QString& line : m_lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    m_loaded = true;
    return true;
}

std::optional<QString> PassphraseInput::next(const QString& prompt) {
    if (m_source == Source::Terminal) {
        auto line = promptNoEcho(prompt);
        if (!line)
            m_problem =
                CliText::tr("No terminal to ask for the passphrase. Use --passphrase-file FILE or "
                            "--passphrase-stdin.");
        return line;
    }
    if (!loadLines())
        return std::nullopt;
    if (m_lines.isEmpty() || (m_lines.size() == 1 && m_lines.front().isEmpty())) {
        m_problem =
            CliText::tr("Not enough passphrase lines were given (one line per passphrase).");
        return std::nullopt;
    }
    return m_lines.takeFirst();
}

} // namespace pacewise::cli
