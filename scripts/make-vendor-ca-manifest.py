#!/usr/bin/env python3
"""Writes the manifest of known TPM vendor CA certificates (core/crypto/data/tpm-vendor-cas.tsv).

Usage: scripts/make-vendor-ca-manifest.py ROOTS_DIR > core/crypto/data/tpm-vendor-cas.tsv

ROOTS_DIR holds one folder per vendor (infineon/, nuvoton/, ...) of PEM files, one CA certificate each,
as the vendors publish them (e.g. ../shared/tpm-vendor-certs/roots). Every fact in a row is read from the
certificate itself with the openssl command line: SHA-256 of the DER, subject (CA name), self-issued or
not (role), key, notAfter. The vendor is the folder's name. Bundles (files with more than one
certificate) are skipped: their members are listed through their own files. See docs/FORMATS.md.
"""
import datetime
import pathlib
import re
import subprocess
import sys

VENDORS = {
    "alibaba": "Alibaba Cloud", "amd": "AMD", "atmel": "Atmel (Microchip)", "google": "Google",
    "infineon": "Infineon", "intel": "Intel", "microsoft": "Microsoft", "nationz": "Nationz",
    "nsing": "NSING", "nuvoton": "Nuvoton", "qualcomm": "Qualcomm", "stmicro": "STMicroelectronics",
}
HOST = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def openssl(path, *args):
    return subprocess.run(["openssl", "x509", "-in", str(path), "-noout", *args], check=True,
                          capture_output=True, text=True).stdout


def attributes(path, which):
    """The attributes of the subject or issuer as (long name, value) pairs (multi-valued RDNs split)."""
    out = openssl(path, "-" + which, "-nameopt", "sep_multiline,utf8,lname,space_eq,-esc_msb")
    pairs = []
    for line in out.splitlines()[1:]:
        for ava in line.strip().split(" + "):
            name, _, value = ava.partition(" = ")
            pairs.append((name, value))
    return pairs


def ca_name(subject):
    values = {}
    for name, value in subject:
        values.setdefault(name, value)
    cn, ou, o = (values.get(k, "") for k in ("commonName", "organizationalUnitName", "organizationName"))
    if cn and not HOST.match(cn):
        return cn
    if ou:
        return f"{o} {ou}".strip() if o and o not in ou else ou
    return cn or o or "(empty subject)"


def key_text(text):
    bits = re.search(r"Public-Key: \((\d+) bit\)", text)
    curve = re.search(r"NIST CURVE: (P-\d+)", text)
    if "id-ecPublicKey" in text:
        return f"EC {curve.group(1)}" if curve else f"EC-{bits.group(1) if bits else '?'}"
    return f"RSA-{bits.group(1)}" if bits else "unknown"


def row(vendor, path):
    fingerprint = openssl(path, "-fingerprint", "-sha256").strip().split("=", 1)[1].replace(":", "").lower()
    subject = attributes(path, "subject")
    role = "root" if subject == attributes(path, "issuer") else "intermediate"
    end = openssl(path, "-enddate").strip().split("=", 1)[1]
    not_after = datetime.datetime.strptime(" ".join(end.split()), "%b %d %H:%M:%S %Y %Z").date().isoformat()
    name = ca_name(subject).replace("\t", " ")
    return f"{fingerprint}\t{vendor}\t{role}\t{name}\t{key_text(openssl(path, '-text'))}\t{not_after}"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[1])
    rows = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        vendor = VENDORS.get(folder.name, folder.name)
        for path in sorted(folder.glob("*.pem")):
            if path.read_text(errors="replace").count("BEGIN CERTIFICATE") != 1:
                continue
            line = row(vendor, path)
            rows.setdefault(line.split("\t", 1)[0], line)
    print("# Known TPM vendor CA certificates: SHA-256 of the DER, vendor, role, name, key, notAfter.")
    print("# Written by scripts/make-vendor-ca-manifest.py from the vendors' published CA files; format in")
    print("# docs/FORMATS.md. Compiled into the station (core/crypto/VendorCaManifest).")
    print("sha256\tvendor\trole\tname\tkey\tnot_after")
    for key in sorted(rows, key=lambda k: (rows[k].split("\t")[1], rows[k].split("\t")[3], k)):
        print(rows[key])


if __name__ == "__main__":
    main()
