#include "sync/Gzip.h"

#include <catch2/catch.hpp>

using namespace pacewise::sync;

namespace {

// A diary-like JSON body: repetitive, as FHIR bundles are.
QByteArray fhirLikeBody(int entries) {
    QByteArray body = R"({"resourceType":"Bundle","type":"batch","entry":[)";
    for (int i = 0; i < entries; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"resource":{"resourceType":"Observation","status":"final","valueInteger":)" +
                QByteArray::number(i % 11) + "}}";
    }
    return body + "]}";
}

} // namespace

TEST_CASE("gzip round-trips a body and makes a FHIR-like one much smaller", "[sync][gzip]") {
    const QByteArray body = fhirLikeBody(2000);
    const QByteArray compressed = gzipCompress(body);
    // RFC 1952 magic bytes and deflate as the method: what a server's Content-Encoding expects.
    REQUIRE(compressed.size() > 18);
    CHECK(static_cast<unsigned char>(compressed[0]) == 0x1f);
    CHECK(static_cast<unsigned char>(compressed[1]) == 0x8b);
    CHECK(compressed[2] == 8);
    CHECK(compressed.size() * 10 < body.size());

    const auto restored = gzipDecompress(compressed, body.size());
    REQUIRE(restored.has_value());
    CHECK(*restored == body);
}

TEST_CASE("gzip round-trips incompressible bytes larger than its buffers", "[sync][gzip]") {
    QByteArray noise(300 * 1024, Qt::Uninitialized);
    quint32 state = 12345;
    for (char& c : noise) {
        state = state * 1664525u + 1013904223u;
        c = static_cast<char>(state >> 24);
    }
    const auto restored = gzipDecompress(gzipCompress(noise), noise.size());
    REQUIRE(restored.has_value());
    CHECK(*restored == noise);
}

TEST_CASE("gzip of nothing is a valid stream that decompresses to nothing", "[sync][gzip]") {
    const QByteArray compressed = gzipCompress(QByteArrayView());
    CHECK_FALSE(compressed.isEmpty()); // header and trailer still
    const auto restored = gzipDecompress(compressed, 0);
    REQUIRE(restored.has_value());
    CHECK(restored->isEmpty());
}

TEST_CASE("an empty input is not a gzip stream", "[sync][gzip]") {
    CHECK_FALSE(gzipDecompress(QByteArrayView(), 1024).has_value());
}

TEST_CASE("a truncated gzip stream is refused, wherever it was cut", "[sync][gzip]") {
    const QByteArray body = fhirLikeBody(500);
    const QByteArray compressed = gzipCompress(body);
    // Cut in the header, in the data and in the 8-byte trailer (CRC-32 and length): a reply
    // cut short by a dropped connection must never pass as a complete one.
    for (const qsizetype cut :
         {qsizetype{5}, compressed.size() / 2, compressed.size() - 8, compressed.size() - 1}) {
        INFO("cut at " << cut << " of " << compressed.size());
        CHECK_FALSE(gzipDecompress(compressed.left(cut), body.size()).has_value());
    }
}

TEST_CASE("gzip output larger than maxSize is refused", "[sync][gzip]") {
    // 64 MiB of zeros compresses to about 64 KiB: the shape of a decompression bomb.
    const QByteArray bomb = gzipCompress(QByteArray(64 * 1024 * 1024, '\0'));
    CHECK(bomb.size() < 100 * 1024);
    CHECK_FALSE(gzipDecompress(bomb, 1024 * 1024).has_value());

    const QByteArray body = fhirLikeBody(100);
    const QByteArray compressed = gzipCompress(body);
    CHECK_FALSE(gzipDecompress(compressed, body.size() - 1).has_value());
    CHECK(gzipDecompress(compressed, body.size()).has_value()); // exactly maxSize is fine
}

TEST_CASE("bytes that are not gzip are refused", "[sync][gzip]") {
    CHECK_FALSE(gzipDecompress(QByteArray(R"({"resourceType":"Patient"})"), 1024).has_value());
    CHECK_FALSE(gzipDecompress(QByteArray(1000, '\x1f'), 1024).has_value());

    // A valid header followed by garbage: the deflate data itself is checked.
    QByteArray corrupt = gzipCompress(fhirLikeBody(100));
    for (qsizetype i = 12; i < corrupt.size() - 8; i += 7)
        corrupt[i] = static_cast<char>(corrupt[i] ^ 0x5a);
    CHECK_FALSE(gzipDecompress(corrupt, 1024 * 1024).has_value());

    // A flipped bit in the stored CRC-32: the data inflates, but does not match what was sent.
    QByteArray badCrc = gzipCompress(fhirLikeBody(100));
    badCrc[badCrc.size() - 8] = static_cast<char>(badCrc[badCrc.size() - 8] ^ 0x01);
    CHECK_FALSE(gzipDecompress(badCrc, 1024 * 1024).has_value());
}

TEST_CASE("bytes after the end of the gzip stream are refused", "[sync][gzip]") {
    const QByteArray body = fhirLikeBody(10);
    const QByteArray compressed = gzipCompress(body);
    CHECK_FALSE(gzipDecompress(compressed + "x", body.size()).has_value());
    CHECK_FALSE(gzipDecompress(compressed + compressed, 2 * body.size()).has_value());
}
