#!/bin/sh
# Provisions Limpet slot SLOT with tpm2-tools only, following the layout of Limpet's TpmDevice.Provision
# (docs/FORMATS.md, "Limpet TPM slots"), for the interoperability tests. TPM2TOOLS_TCTI names the TPM.
# usage: limpet_provision_tools.sh SLOT HOSTNAME DEVICE_ID KEY_FILE(raw bytes) WORK_DIR [mcu]
# With "mcu" the index follows Limpet's microcontroller port instead (LimpetMCU Limpet.cpp): attributes
# ownerwrite|authread|no_da (0x02040002), written with the owner authorization.
#
# tpm2_create refuses given key bytes with an HMAC scheme ("Cannot specify -G and -i together"), so the key
# is brought in with tpm2_import under the SRK: the same KEYEDHASH HMAC-SHA256 object with the attributes
# userwithauth|noda|sign (0x00040440) and an empty policy; only the way it reached the TPM differs.
set -eu
slot=$1 host=$2 device=$3 key=$4 dir=$5 variant=${6:-windows}
nv=$(printf '0x%08x' $((0x01400100 + slot)))
handle=$(printf '0x%08x' $((0x81000100 + slot)))
printf '%s/%s' "$host" "$device" >"$dir/uri"
if [ "$variant" = mcu ]; then
    attributes="ownerwrite|authread|no_da" writer=o
else
    attributes="authwrite|authread|no_da" writer=$nv
fi
tpm2_nvdefine "$nv" -C o -s "$(wc -c <"$dir/uri")" -a "$attributes" -g sha256 >/dev/null
tpm2_nvwrite "$nv" -C "$writer" -i "$dir/uri"
tpm2_import -C 0x81000001 -G hmac -g sha256 -i "$key" -a "userwithauth|noda|sign" \
    -u "$dir/key.pub" -r "$dir/key.priv" >/dev/null
tpm2_load -C 0x81000001 -u "$dir/key.pub" -r "$dir/key.priv" -c "$dir/key.ctx" >/dev/null
tpm2_evictcontrol -C o -c "$dir/key.ctx" "$handle" >/dev/null
tpm2_flushcontext -t
