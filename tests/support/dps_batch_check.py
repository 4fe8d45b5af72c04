#!/usr/bin/env python3
"""Checks a DPS enrollment batch directory (docs/FORMATS.md "DPS enrollment batch") with the standard
library only, as the cloud engineer's side would: every file the manifest lists has its SHA-256 and size;
bulk-NNNN.json are DPS bulk 'create' operations of at most 10 TPM enrollments; each registration ID is
base32(SHA-256(EK TPM2B_PUBLIC)), lowercase, unpadded; enrollments.csv has one row per enrollment with the same
EK; the manifest counts agree. Prints the serials, one per line, sorted; exit status 1 with the reason."""
import base64
import csv
import hashlib
import json
import os
import sys


def fail(why):
    print(why, file=sys.stderr)
    sys.exit(1)


def main(out):
    manifest = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    if manifest.get("format") != "tps-dps-batch/1":
        fail("format %r" % manifest.get("format"))
    for f in manifest["files"]:
        data = open(os.path.join(out, f["name"]), "rb").read()
        if hashlib.sha256(data).hexdigest() != f["sha256"] or len(data) != f["size"]:
            fail("%s does not match the manifest" % f["name"])
    bulk = sorted(f["name"] for f in manifest["files"] if f["name"].startswith("bulk-"))
    enrollments = {}
    for name in bulk:
        op = json.load(open(os.path.join(out, name), encoding="utf-8"))
        if op.get("mode") != "create" or not 1 <= len(op["enrollments"]) <= 10:
            fail("%s is not a bulk create of 1..10 enrollments" % name)
        for e in op["enrollments"]:
            ek = base64.b64decode(e["attestation"]["tpm"]["endorsementKey"])
            if int.from_bytes(ek[:2], "big") != len(ek) - 2:
                fail("EK of %s: size prefix" % e["registrationId"])
            rid = base64.b32encode(hashlib.sha256(ek).digest()).decode().lower().rstrip("=")
            if rid != e["registrationId"]:
                fail("registration ID %s is not derived from its EK" % e["registrationId"])
            if rid in enrollments:
                fail("registration ID %s twice" % rid)
            enrollments[rid] = (e["initialTwin"]["tags"]["serial"], ek)
    rows = list(csv.DictReader(open(os.path.join(out, "enrollments.csv"), encoding="utf-8", newline="")))
    if len(rows) != len(enrollments):
        fail("enrollments.csv has %d rows for %d enrollments" % (len(rows), len(enrollments)))
    for r in rows:
        serial, ek = enrollments.get(r["registration_id"], (None, None))
        if serial != r["serial"] or base64.b64decode(r["endorsement_key"]) != ek:
            fail("enrollments.csv row %s does not match its enrollment" % r["registration_id"])
    if manifest["counts"]["devices"] != len(enrollments) or manifest["counts"]["operations"] != len(bulk):
        fail("manifest counts")
    for serial in sorted(s for s, _ in enrollments.values()):
        print(serial)


if __name__ == "__main__":
    main(sys.argv[1])
