// Process-wide protections for key material: no core dumps (which would hold the data key and decrypted pages),
// no ptrace attach by other processes of the same user, and files created for the owner only (umask 077). Called
// first thing by every executable.
#pragma once

namespace caselink {

void hardenProcess();

} // namespace caselink
