#pragma once

// What every fuzz target shares: a Qt application object, quiet Qt warnings, and the one rule of
// these targets: a pacewise::Error is an expected answer to bad input; any other exception is a
// finding (reported and aborted on, so libFuzzer keeps the input), as is every crash, sanitizer
// report and std::terminate.
#include "error/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <vector>

namespace pacewise::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    // Warnings about bad input (QJsonDocument, QDateTime) would drown libFuzzer's own output.
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "Qt: %s\n", qPrintable(message));
    if (type == QtFatalMsg)
        std::abort();
}

// Call from LLVMFuzzerInitialize. The application object is never destroyed: at exit, after
// libFuzzer's last input, Qt's own globals may already be gone.
inline void initialise(int* /*argc*/, char*** /*argv*/) {
    qInstallMessageHandler(quietMessages);
    static int argc = 1;
    static char name[] = "pacewise-fuzz";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size) {
    // A deep copy: Qt may keep views of it, and libFuzzer frees `data` after the call.
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

[[noreturn]] inline void finding(const char* what) {
    std::fprintf(stderr, "==pacewise-fuzz== FINDING: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

// Runs `body`: an Error is fine, anything else that escapes is a finding.
template <typename Body> void expectOnlyErrors(Body&& body) {
    try {
        body();
    } catch (const Error&) {
        // The documented way to refuse bad input.
    } catch (const std::exception& e) {
        std::fprintf(stderr, "==pacewise-fuzz== unexpected exception: %s\n", e.what());
        finding("an exception other than pacewise::Error escaped");
    } catch (...) {
        finding("a non-standard exception escaped");
    }
}

// A scratch folder for the whole run: under /dev/shm when there is one (no disk writes, no fsync
// cost per iteration), else the system's temporary folder. Removed at exit.
inline QString scratchDirectory(const char* name) {
    static const QString base = [] {
        const QString shm = QStringLiteral("/dev/shm");
        return QDir(shm).exists() && QFileInfo(shm).isWritable() ? shm : QDir::tempPath();
    }();
    const QString path = QStringLiteral("%1/pacewise-fuzz-%2-%3")
                             .arg(base, QLatin1String(name))
                             .arg(QCoreApplication::applicationPid());
    QDir(path).removeRecursively();
    if (!QDir().mkpath(path))
        finding("cannot make the scratch folder");
    static std::vector<QString> made;
    made.push_back(path);
    static const bool cleanup = [] {
        std::atexit([] {
            for (const QString& dir : made)
                QDir(dir).removeRecursively();
        });
        return true;
    }();
    (void)cleanup;
    return path;
}

inline void writeFile(const QString& path, const QByteArray& contents) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(contents) != contents.size())
        finding("cannot write a scratch file");
}

inline QByteArray readResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        finding("a bundled resource is missing");
    return file.readAll();
}

} // namespace pacewise::fuzz
