#pragma once

#include <QJsonObject>
#include <QString>
#include <cstdint>

namespace pacewise::bench {

// Bytes on the wire and requests for a whole first sync of a generated diary and for a typical
// day, against the naive way (one uncompressed POST per resource, one search per type), with the
// reference clinic server started from `serverScript` (node on PATH). Prints a table; returns
// the figures, or an empty object when the server cannot run here.
QJsonObject syncBandwidth(const QString& serverScript, int years, std::uint64_t seed);

} // namespace pacewise::bench
