// Secrets never cross the TPM bus in clear (docs/ARCHITECTURE.md, "Bus protection").
//
// A password session sends the authorization value itself, and a command such as
// TPM2_HierarchyChangeAuth sends the new secret as a plain parameter: anyone who listens on SPI/LPC (or on
// the TCTI socket) reads them. The station instead authorizes with one salted HMAC session per TpmSession:
//  - salted with the EK (TPM2_StartAuthSession with tpmKey = the EK persisted at 0x81010001, RSA-OAEP
//    encrypted salt), so only that TPM and the station know the session key. The EK's public area must
//    equal the one the station trusts (step 2 checked it against the EK certificate): a bus interposer
//    that answers TPM2_ReadPublic with a key of its own is refused before any salt is sent;
//  - HMAC authorization: the authorization value is a key of the HMAC, never a field on the bus;
//  - parameter encryption, AES-128-CFB: `decrypt` for a command whose first parameter is a secret (new
//    authorization values, NV data, Import's inner wrap key), `encrypt` for a response whose first
//    parameter is one (ActivateCredential's credential, NV reads, the HMAC of a SAS token).
// The session is started on first need (a command carrying a secret or a non-empty authorization) or
// explicitly (protectBus), stays loaded for the TpmSession's life and is flushed with it.
#pragma once

#include "core/tpmwire/TpmError.h"

#include <QByteArray>
#include <tss2/tss2_esys.h>

namespace tps::tpm {

class TpmSession;

// Which parameters of one command the bus session encrypts.
enum class ParamCrypt { None, Command, Response, Both };
// Whether the command carries a secret (a secret parameter or a non-empty authorization value): then it
// is never sent without the bus session.
enum class Carries { Nothing, Secret };

// The EK public area (marshaled TPM2B_PUBLIC) the bus session must be salted to. Empty: the EK persisted
// at 0x81010001 as the TPM reports it (no certificate to check it against: protects against listening,
// not against an interposer that answers for the TPM).
void trustEk(TpmSession& session, const QByteArray& ekPublic);

// Starts the bus session now (no-op when it runs). TpmErrc::NotFound: no EK persisted at 0x81010001;
// TpmErrc::Unexpected: the persisted EK is not the trusted one.
TpmResult<void> protectBus(TpmSession& session);
bool busProtected(TpmSession& session);

// Records whether the authorization value set on ESAPI for `object` (Esys_TR_SetAuth) is empty: a
// command authorized by an object with a non-empty value carries a secret.
void noteAuthValue(TpmSession& session, ESYS_TR object, bool empty);

// The session handle for a command's (first) authorization: the bus session with `crypt` applied; or,
// while it is not started and the command carries nothing secret, the password session. Starts the bus
// session when the command carries a secret.
// `authorizing` is the object whose authorization the command uses (its value counts as a secret when
// not empty).
TpmResult<ESYS_TR> authSession(TpmSession& session, ESYS_TR authorizing, ParamCrypt crypt,
                               Carries carries = Carries::Nothing);

// The bus session as an extra, non-authorizing session (e.g. the third session of a command whose
// authorizations are a policy session and the owner's password): ESYS_TR_NONE when not started.
ESYS_TR encryptionSession(TpmSession& session, ParamCrypt crypt);

// Tests only: switches the parameter encryption of the bus session off (authorizations stay HMAC), to
// show what it hides.
void setParameterEncryption(TpmSession& session, bool on);

} // namespace tps::tpm
