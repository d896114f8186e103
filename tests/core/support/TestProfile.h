#pragma once

#include "store/Profile.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <functional>

namespace pacewise::test {

// A passphrase the policy accepts, and a second one for passphrase changes.
inline const QString kPassphrase = QStringLiteral("river stones at dawn 42");
inline const QString kOtherPassphrase = QStringLiteral("seven quiet herons fly");

// The minimum KDF cost instead of a 0.4 s calibration: the code path is identical.
inline store::Profile::CreateOptions fastOptions() {
    store::Profile::CreateOptions options;
    options.iterations = crypto::KdfParams::kMinIterations;
    return options;
}

// SHA-256 of every file in a folder, by name: "byte-identical afterwards" is a comparison of two.
QMap<QString, QByteArray> digestFiles(const QString& directory);

// Every file in the folder (recursively) concatenated, to search for plaintext.
QByteArray allBytes(const QString& directory);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// Runs `body` in a forked child that has its own mount namespace with a fresh tmpfs of `bytes`
// size mounted at `mountPoint` (read-only if asked). Returns the child's exit status, or -1 when
// this machine does not allow private mounts (not root): the caller then reports and skips.
int inPrivateTmpfs(const QString& mountPoint, qint64 bytes, bool readOnly,
                   const std::function<int()>& body);

} // namespace pacewise::test
