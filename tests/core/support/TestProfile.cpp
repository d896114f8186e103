#include "support/TestProfile.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <cstdlib>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

namespace pacewise::test {

QMap<QString, QByteArray> digestFiles(const QString& directory) {
    QMap<QString, QByteArray> digests;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        digests.insert(it.fileName(),
                       QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256));
    }
    return digests;
}

QByteArray allBytes(const QString& directory) {
    QByteArray all;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += readFile(it.next());
    return all;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

int inPrivateTmpfs(const QString& mountPoint, qint64 bytes, bool readOnly,
                   const std::function<int()>& body) {
    const pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (unshare(CLONE_NEWNS) != 0)
            _exit(200);
        if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            _exit(200);
        const QByteArray options = "size=" + QByteArray::number(bytes);
        const QByteArray target = mountPoint.toLocal8Bit();
        if (mount("tmpfs", target.constData(), "tmpfs", 0, options.constData()) != 0)
            _exit(200);
        if (readOnly &&
            mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0)
            _exit(200);
        int status = 0;
        try {
            status = body();
        } catch (...) {
            status = 201;
        }
        _exit(status);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status))
        return 202;
    return WEXITSTATUS(status) == 200 ? -1 : WEXITSTATUS(status);
}

} // namespace pacewise::test
