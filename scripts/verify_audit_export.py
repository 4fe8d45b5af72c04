#!/usr/bin/env python3
"""Checks a station audit export (docs/AUDIT.md) with Python's standard library; openssl checks the signature.
Usage: verify_audit_export.py EXPORT.json OUTDIR [WITNESS.txt]  -> writes OUTDIR/{payload.bin,sig.bin,pub.pem}"""
import base64, hashlib, json, os, struct, sys

FIELDS = ["uuid", "timeUtc", "stationId", "softwareVersion", "actorId", "actorName", "deviceSerial",
          "action", "object", "field", "oldValue", "newValue", "reason"]
doc = json.load(open(sys.argv[1], encoding="utf-8"))
prev = bytes(32)
for n, e in enumerate(doc["events"], start=1):
    data = b"TPS-AUDIT-V1"
    for f in FIELDS:
        v = e[f].encode("utf-8")
        data += struct.pack(">I", len(v)) + v
    h = hashlib.sha256(data + prev).digest()
    if e["seq"] != n or bytes.fromhex(e["prevHash"]) != prev or bytes.fromhex(e["hash"]) != h:
        sys.exit(f"event {e['seq']}: broken chain or altered content")
    prev = h
cp = doc["checkpoint"]
sid, created = cp["stationId"].encode(), cp["createdUtc"].encode()
payload = (b"TPS-CHECKPOINT-V1" + struct.pack(">I", len(sid)) + sid + struct.pack(">Q", cp["seq"]) +
           struct.pack(">I", 32) + bytes.fromhex(cp["hash"]) + struct.pack(">I", len(created)) + created)
if cp["seq"] != len(doc["events"]) or bytes.fromhex(cp["hash"]) != prev or payload.hex() != cp["payload"]:
    sys.exit("the checkpoint does not cover the exported events")
if len(sys.argv) > 3:  # the auditor's witnessed checkpoint: the export must extend it
    origin, size, root = open(sys.argv[3], encoding="utf-8").read().split("\n")[:3]
    ev = doc["events"][int(size) - 1] if 0 < int(size) <= len(doc["events"]) else {}
    if origin != "tpm-station/" + cp["stationId"] or ev.get("hash") != base64.b64decode(root).hex():
        sys.exit("the export does not extend the witnessed checkpoint")
for name, data in (("payload.bin", payload), ("sig.bin", bytes.fromhex(cp["signature"])),
                   ("pub.pem", doc["publicKeyPem"].encode())):
    open(os.path.join(sys.argv[2], name), "wb").write(data)
print(f"{len(doc['events'])} events chained; now: openssl pkeyutl -verify -pubin -inkey pub.pem -rawin "
      "-in payload.bin -sigfile sig.bin")
