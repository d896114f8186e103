#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pacewise::test {

// One run of pacewise-cli as a script runs it: a real process, its exit code and both outputs.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& args, const QByteArray& stdinText = {},
                     int timeoutMs = 60000) {
    QProcess process;
    process.start(QStringLiteral(PACEWISE_CLI), args);
    process.write(stdinText);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace pacewise::test
