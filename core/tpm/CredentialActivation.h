// The device side of DPS TPM attestation, on the TPM, in the order and with the sessions the Azure IoT
// device SDK uses (hsm_client_tpm "import key", DESIGN §3.5):
//   PolicySecret(endorsement, empty auth) session -> ActivateCredential(activate = SRK 0x81000001,
//   key = EK 0x81010001) -> innerWrapKey -> Import(parent = SRK, encryptionKey = innerWrapKey,
//   AES-128-CFB) -> Load -> EvictControl to 0x81000100 -> TPM2_HMAC(SHA-256) for the SAS token.
// Every transient object and session is flushed; stale ESYS_TRs of evicted objects are closed.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/dps/AuthenticationKeyBlob.h"
#include "core/tpmwire/TpmError.h"
#include "core/tpm/TpmRefs.h"

#include <QByteArray>
#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

class TpmSession;

// Where the device SDK persists the DPS identity (HMAC) key.
inline constexpr TPM2_HANDLE kDpsIdKeyHandle = 0x81000100;

enum class AttestationErrc {
    EkMissing,          // nothing persisted at 0x81010001
    SrkMissing,         // nothing persisted at 0x81000001
    EndorsementAuthSet, // PolicySecret(endorsement) with the empty password was refused
    WrongEk,            // the credential was made for another EK (or another SRK name)
    ImportRefused,      // the duplicated key does not belong to this SRK / inner wrap key
    OwnerAuthRefused,   // persisting the key was refused: wrong owner authorization
    Tpm,                // any other TPM failure (see tpm)
};

struct AttestationError
{
    AttestationErrc code = AttestationErrc::Tpm;
    TpmError tpm;                    // the underlying TPM error
    QString operatorMessage() const; // translated: names the cause
    QString technical() const;
};

template <typename T>
using AttestationResult = Result<T, AttestationError>;

// TPM2_ActivateCredential of a credential made to the persisted EK for the persisted SRK's name.
// `idObject` and `encryptedSecret` are TPM2B contents (without their size).
AttestationResult<QByteArray> activateCredential(TpmSession& session, const QByteArray& idObject,
                                                 const QByteArray& encryptedSecret);

struct DeviceSideOptions
{
    crypto::SecureBytes ownerAuth; // owner-hierarchy authorization for EvictControl (empty on a fresh TPM)
    TPM2_HANDLE persistentHandle = kDpsIdKeyHandle;
    // false: stop after Load and hand back the transient key (when the owner authorization is unknown).
    bool persist = true;
};

// The SDK's "import key": activate, import, load, evict any older key at the handle, persist. Returns
// the loaded transient key when options.persist is false, an empty object otherwise.
AttestationResult<TransientObject> importAuthenticationKey(TpmSession& session,
                                                           const dps::AuthenticationKeyBlob& blob,
                                                           const DeviceSideOptions& options);

// TPM2_HMAC(SHA-256) of `data` (at most 1024 bytes) with a loaded key.
AttestationResult<QByteArray> hmacWithKey(TpmSession& session, ESYS_TR key, const QByteArray& data);

// TPM2_HMAC(SHA-256) of `data` (at most 1024 bytes) with the persisted identity key.
AttestationResult<QByteArray> hmacWithPersistedKey(TpmSession& session, const QByteArray& data,
                                                   TPM2_HANDLE handle = kDpsIdKeyHandle);

// Removes the persisted identity key (EvictControl with the owner authorization); true when one was there.
AttestationResult<bool> removePersistedKey(TpmSession& session, crypto::SecretView ownerAuth,
                                           TPM2_HANDLE handle = kDpsIdKeyHandle);

} // namespace tps::tpm
