#!/usr/bin/env bash
# The peer of the line benchmark (tests/bench/BenchLine.cpp, docs/BENCHMARKS.md): the five steps of the
# station done with tpm2-tools 5.4 and the OpenSSL 3.0 CLI on ONE fresh (unowned) simulated device.
#
#   peer_line.sh TCTI WORKDIR FLEET_ROOT FLASH_FILE
#
# FLEET_ROOT is a fleet prepared with the simulation kit (ca/, customer/, firmware/catalog/).
# What it does, per step (and what it does NOT do compared with the station):
#  1 tpm2_getcap properties-fixed (no parsing/validation of the values).
#  2 tpm2_createek (EK regenerated: RSA-2048 key derivation), tpm2_nvread of the EK certificate,
#    openssl verify against the fleet CA, registration ID = base32(sha256(ek.pub)) (the station hashes
#    the DER public key, the peer the TSS TPM2B_PUBLIC file: same cost, not the same bytes).
#  3 SRK created and persisted at 0x81000001, the settings NV index 0x01500100 defined as the station's
#    step 3 does (docs/FIRMWARE.md §5), DA parameters set, two random 32-byte secrets escrowed with
#    openssl cms -encrypt to the customer certificate (written to a file, not fsync'ed, no database),
#    owner and lockout authorizations changed. The EK persisted at 0x81010001 is not compared.
#  4 release signature verified (openssl pkeyutl, Ed25519), image written to the simulated flash file
#    (fsync) and read back (sha256 compared), settings written to NV 0x01500100 with the index's own
#    authorization and write-locked.
#  5 TPMA_PERMANENT read, settings NV index read back, a credential made to the EK for the SRK's name
#    (tpm2_makecredential -T none) and activated under a PolicySecret(endorsement) session; an HMAC key
#    is imported under the SRK (tpm2_import of a plaintext key, not a DPS-style duplicate), loaded, used
#    for tpm2_hmac over a string-to-sign, checked with openssl, and flushed.
# No database, no audit trail, no retries, no operator prompts.
set -euo pipefail

TCTI=$1
WORK=$2
ROOT=$3
FLASH=$4
export TPM2TOOLS_TCTI=$TCTI
mkdir -p "$WORK"
cd "$WORK"

# --- 1 TPM installed
tpm2_getcap properties-fixed >fixed.yaml
grep -q TPM2_PT_MANUFACTURER fixed.yaml

# --- 2 EK extracted
tpm2_createek -c ek.ctx -G rsa -u ek.pub >/dev/null
tpm2_flushcontext -t
tpm2_nvread -C o 0x1c00002 -o ek.der
openssl verify -CAfile "$ROOT/ca/swtpm-localca-rootca-cert.pem" -untrusted "$ROOT/ca/issuercert.pem" ek.der >/dev/null
REGID=$(openssl dgst -sha256 -binary ek.pub | base32 | tr -d '=' | tr 'A-Z' 'a-z')
test -n "$REGID"

# --- 3 ownership taken
tpm2_createprimary -C o -g sha256 -G rsa2048:null:aes128cfb -c srk.ctx >/dev/null
tpm2_evictcontrol -C o -c srk.ctx 0x81000001 >/dev/null
tpm2_flushcontext -t
tpm2_nvdefine 0x01500100 -C o -s 1024 -a "authwrite|writedefine|authread|ownerread|no_da" >/dev/null
tpm2_dictionarylockout -s -n 32 -t 600 -l 86400
OWNER=$(openssl rand -hex 32)
LOCKOUT=$(openssl rand -hex 32)
printf '{"owner":"%s","lockout":"%s"}' "$OWNER" "$LOCKOUT" |
    openssl cms -encrypt -binary -aes256 -outform DER -out escrow.cms "$ROOT/customer/escrow-cert.pem"
tpm2_changeauth -c o "hex:$OWNER"
tpm2_changeauth -c l "hex:$LOCKOUT"

# --- 4 firmware flashed
MANIFEST=$(ls "$ROOT"/firmware/catalog/*.manifest.json | head -n 1)
IMAGE=$(ls "$ROOT"/firmware/catalog/*.bin | head -n 1)
openssl pkeyutl -verify -pubin -inkey "$ROOT/firmware/signing-key.pub.pem" -rawin -in "$MANIFEST" \
    -sigfile "$MANIFEST.sig" >/dev/null
dd if="$IMAGE" of="$FLASH" conv=fsync,notrunc status=none
test "$(head -c "$(stat -c %s "$IMAGE")" "$FLASH" | sha256sum | cut -d' ' -f1)" = \
    "$(sha256sum <"$IMAGE" | cut -d' ' -f1)"
printf '{"globalEndpoint":"global.azure-devices-provisioning.net","idScope":"0ne00000SIM","registrationId":"%s","product":"sim-widget"}' \
    "$REGID" >settings.json
tpm2_nvwrite 0x01500100 -C 0x01500100 -i settings.json
tpm2_nvwritelock 0x01500100 -C 0x01500100

# --- 5 QA check
tpm2_getcap properties-variable >variable.yaml
tpm2_nvread 0x01500100 -C 0x01500100 -s "$(stat -c %s settings.json)" -o settings.back
cmp -s settings.json settings.back
tpm2_readpublic -c 0x81000001 -n srk.name >/dev/null
openssl rand 32 >secret.bin
tpm2_makecredential -T none -u ek.pub -s secret.bin -n "$(xxd -p -c 256 srk.name)" -o cred.out
tpm2_startauthsession --policy-session -S session.ctx
tpm2_policysecret -S session.ctx -c e >/dev/null
tpm2_activatecredential -c 0x81000001 -C 0x81010001 -i cred.out -o secret.back -P session:session.ctx
tpm2_flushcontext session.ctx
cmp -s secret.bin secret.back
openssl rand 32 >hmac.key
tpm2_import -C 0x81000001 -G hmac -i hmac.key -u hmac.pub -r hmac.priv >/dev/null
tpm2_load -C 0x81000001 -u hmac.pub -r hmac.priv -c hmac.ctx >/dev/null
printf '%s\n%s' "0ne00000SIM/registrations/$REGID" "$(date +%s)" >sts.txt
tpm2_hmac -c hmac.ctx -g sha256 -o sig.tpm sts.txt
tpm2_flushcontext -t
test "$(xxd -p -c 256 sig.tpm)" = \
    "$(openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(xxd -p -c 256 hmac.key)" -binary sts.txt | xxd -p -c 256)"
echo "peer: five steps done"
