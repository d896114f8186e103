#pragma once

namespace pacewise::crypto {

// Called first thing in main(): no core dumps (they would hold the data key and decrypted
// records) and, on Linux, no ptrace attach from other processes of the same user.
void hardenProcess();

} // namespace pacewise::crypto
