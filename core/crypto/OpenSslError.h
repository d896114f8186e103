#pragma once

namespace pacewise::crypto {

// Throws pacewise::Error(Crypto) carrying OpenSSL's error queue as the detail.
[[noreturn]] void throwOpenSslError(const char* operation);

} // namespace pacewise::crypto
