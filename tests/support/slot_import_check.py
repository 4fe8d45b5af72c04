#!/usr/bin/env python3
"""Independent oracle for the slot key export (tests/integration/TestSlotLine).

Reads IoT Hub import-devices JSON lines (decrypted by `openssl cms -decrypt`) on stdin and the string to
sign as argv[1]. Every line must be one JSON object with exactly the import-devices fields; prints, per
device, "<id> <hex HMAC-SHA256(base64-decode(primaryKey), string)> <hex of the primary key> <hex of the
secondary key>". Exit status 1 on any malformed line.
"""
import base64
import hashlib
import hmac
import json
import sys

message = sys.argv[1].encode()
seen = set()
for number, line in enumerate(sys.stdin.read().splitlines(), 1):
    record = json.loads(line)
    assert set(record) == {"id", "status", "importMode", "authentication"}, (number, sorted(record))
    assert record["status"] == "enabled" and record["importMode"] == "create", number
    auth = record["authentication"]
    assert auth["type"] == "sas" and set(auth["symmetricKey"]) == {"primaryKey", "secondaryKey"}, number
    primary = base64.b64decode(auth["symmetricKey"]["primaryKey"], validate=True)
    secondary = base64.b64decode(auth["symmetricKey"]["secondaryKey"], validate=True)
    assert len(primary) == 32 and len(secondary) == 32 and primary != secondary, number
    assert record["id"] not in seen, number
    seen.add(record["id"])
    mac = hmac.new(primary, message, hashlib.sha256).hexdigest()
    print(record["id"], mac, primary.hex(), secondary.hex())
