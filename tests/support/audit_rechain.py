#!/usr/bin/env python3
"""A forger's tool for the tests: rewrites audit event SEQ's reason in a station database and recomputes the
hash chain from there on (docs/AUDIT.md, canonical encoding) — in audit_events (its append-only triggers
dropped) and in the queued outbox entries — without the station's key, so the checkpoints are left as
they were signed. Python standard library only."""
import hashlib
import json
import sqlite3
import sys

FIELDS = ["uuid", "time_utc", "station_id", "software_version", "actor_id", "actor_name", "device_serial",
          "action", "object", "field", "old_value", "new_value", "reason"]


def event_hash(row, prev):
    data = bytearray(b"TPS-AUDIT-V1")
    for f in FIELDS:
        b = row[f].encode("utf-8")
        data += len(b).to_bytes(4, "big") + b
    return hashlib.sha256(bytes(data) + prev).digest()


def main(path, seq, reason):
    db = sqlite3.connect(path)
    db.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    cur = db.execute("SELECT hash FROM audit_events WHERE seq = ?", (seq - 1,))
    prev = cur.fetchone()[0] if seq > 1 else bytes(32)
    names = ["seq"] + FIELDS
    rows = db.execute("SELECT %s FROM audit_events WHERE seq >= ? ORDER BY seq" % ", ".join(names), (seq,)).fetchall()
    for values in rows:
        row = dict(zip(names, values))
        if row["seq"] == seq:
            row["reason"] = reason
        h = event_hash(row, prev)
        db.execute("UPDATE audit_events SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                   (row["reason"], prev, h, row["seq"]))
        for oseq, payload in db.execute("SELECT seq, payload FROM outbox WHERE table_name = 'audit_events' AND "
                                        "row_key = ?", (row["uuid"],)).fetchall():
            p = json.loads(payload)
            p.update(reason=row["reason"], prev_hash=prev.hex(), hash=h.hex())
            db.execute("UPDATE outbox SET payload = ? WHERE seq = ?", (json.dumps(p), oseq))
        prev = h
    db.commit()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
