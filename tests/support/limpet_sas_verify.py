#!/usr/bin/env python3
"""Independent check of a Limpet SAS token (standard library only).

usage: limpet_sas_verify.py TOKEN KEY_HEX HOSTNAME DEVICE_ID SE_MIN SE_MAX

Parses "SharedAccessSignature sr={host}/devices/{id}&sig={sig}&se={se}", checks sr, that sig escapes
base64's + / = with lowercase %xx, that sig is base64(HMAC-SHA256(key, sr + "\\n" + se)), and that
SE_MIN <= se <= SE_MAX. Prints "ok" or exits non-zero naming the first failed check.
"""
import base64
import hashlib
import hmac
import re
import sys
import urllib.parse


def main(argv):
    token, key_hex, host, device_id, se_min, se_max = argv[1:7]
    m = re.fullmatch(r"SharedAccessSignature sr=([^&]+)&sig=([^&]+)&se=([0-9]+)", token)
    if not m:
        return "token format"
    sr, sig, se = m.groups()
    if sr != host + "/devices/" + device_id:
        return "sr is %r" % sr
    if re.search(r"[+/=]", sig):
        return "sig not URL-encoded"
    for escape in re.findall(r"%[0-9A-Fa-f]{2}", sig):
        if escape != escape.lower():
            return "uppercase escape " + escape
    expected = hmac.new(bytes.fromhex(key_hex), (sr + "\n" + se).encode("utf-8"), hashlib.sha256).digest()
    if base64.b64decode(urllib.parse.unquote(sig), validate=True) != expected:
        return "signature does not verify"
    if not int(se_min) <= int(se) <= int(se_max):
        return "se %s outside [%s, %s]" % (se, se_min, se_max)
    return None


if __name__ == "__main__":
    problem = main(sys.argv)
    if problem:
        sys.exit(problem)
    print("ok")
