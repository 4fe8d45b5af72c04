#!/usr/bin/env python3
"""Independent check of a station database's outbox (docs/FORMATS.md, "Outbox"), with Python's sqlite3 and
json modules only (control characters other than LF, CR and TAB may stand raw in a queued string: the
relay escapes them): every row of every mirrored table is queued, the newest entry of each row carries exactly
the row's columns (BLOBs as lowercase hex) but an operator's password hash, salt and kdf, inserts of tables with a uuid column carry the row's UUID, and
entry UUIDs are unique. Prints a JSON summary {table: rows}; exits 1 with the first difference."""
import json
import sqlite3
import sys

KEYS = {
    "station_info": lambda r, db: "station_info/" + r["key"],
    "batch_devices": lambda r, db: "%s/%s" % (
        db.execute("SELECT uuid FROM batches WHERE id=?", (r["batch_id"],)).fetchone()[0],
        db.execute("SELECT uuid FROM devices WHERE id=?", (r["device_id"],)).fetchone()[0]),
    "lot_entries": lambda r, db: "%s/%s" % (
        db.execute("SELECT uuid FROM lots WHERE id=?", (r["lot_id"],)).fetchone()[0], r["row"]),
    "lot_batches": lambda r, db: "%s/lot" % (
        db.execute("SELECT uuid FROM batches WHERE id=?", (r["batch_id"],)).fetchone()[0]),
}
# Columns that never leave the station (secrets): absent from the queued entry.
SECRET = {"operators": {"kdf", "salt", "password_hash"}}


def main(path, tables):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    newest = {}
    uuids = set()
    for seq, uuid, table, key, op, payload in db.execute(
            "SELECT seq, uuid, table_name, row_key, op, payload FROM outbox ORDER BY seq"):
        if uuid in uuids:
            sys.exit("entry uuid %s twice" % uuid)
        uuids.add(uuid)
        newest[(table, key)] = (op, uuid, json.loads(payload, strict=False))
    summary = {}
    for table in tables:
        cur = db.execute("SELECT * FROM %s" % table)
        names = [d[0] for d in cur.description]
        rows = 0
        for values in cur.fetchall():
            row = dict(zip(names, values))
            expected = {k: (v.hex() if isinstance(v, bytes) else v) for k, v in row.items()
                        if k not in SECRET.get(table, ())}
            key = KEYS[table](row, db) if table in KEYS else row["uuid"]
            if (table, key) not in newest:
                sys.exit("%s row %s is not queued" % (table, key))
            op, uuid, payload = newest[(table, key)]
            if payload != expected:
                sys.exit("%s row %s: queued %r, stored %r" % (table, key, payload, expected))
            if op == "insert" and "uuid" in row and uuid != row["uuid"]:
                sys.exit("%s row %s: insert entry has uuid %s" % (table, key, uuid))
            rows += 1
        summary[table] = rows
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
