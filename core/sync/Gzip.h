#pragma once

#include <QByteArray>
#include <optional>

namespace pacewise::sync {

// gzip (RFC 1952) as HTTP's Content-Encoding uses it; zlib does the work.
QByteArray gzipCompress(QByteArrayView data);
// nullopt when the data is not a complete, valid gzip stream or would exceed maxSize bytes.
std::optional<QByteArray> gzipDecompress(QByteArrayView data, qsizetype maxSize);

} // namespace pacewise::sync
