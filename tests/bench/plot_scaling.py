#!/usr/bin/env python3
"""Renders the dtpm scaling benchmark's CSV (BENCH_DTPM_CSV) as a PNG, with the standard library only.

usage: plot_scaling.py results.csv out.png

x: sockets (1..8), y: devices per hour. Blue: measured over the whole batch; green: steady state (the
batch's drain left out); grey: K x the 1-socket figure (ideal); red: 0.9 x K x the 1-socket figure (goal).
Tick labels are drawn with a built-in 3x5 digit font (no font files, no pip packages).
"""
import csv
import struct
import sys
import zlib

W, H = 640, 420
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 20, 50

DIGITS = {
    "0": ["111", "101", "101", "101", "111"], "1": ["010", "110", "010", "010", "111"],
    "2": ["111", "001", "111", "100", "111"], "3": ["111", "001", "111", "001", "111"],
    "4": ["101", "101", "111", "001", "001"], "5": ["111", "100", "111", "001", "111"],
    "6": ["111", "100", "111", "101", "111"], "7": ["111", "001", "010", "010", "010"],
    "8": ["111", "101", "111", "101", "111"], "9": ["111", "101", "111", "001", "111"],
}


class Canvas:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.px = bytearray(b"\xff" * (w * h * 3))

    def set(self, x, y, rgb):
        if 0 <= x < self.w and 0 <= y < self.h:
            i = (y * self.w + x) * 3
            self.px[i:i + 3] = bytes(rgb)

    def line(self, x0, y0, x1, y1, rgb, width=2, dash=0):
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        for s in range(steps + 1):
            if dash and (s // dash) % 2:
                continue
            x = round(x0 + (x1 - x0) * s / steps)
            y = round(y0 + (y1 - y0) * s / steps)
            for dx in range(width):
                for dy in range(width):
                    self.set(x + dx, y + dy, rgb)

    def dot(self, x, y, rgb, r=4):
        for dx in range(-r, r + 1):
            for dy in range(-r, r + 1):
                if dx * dx + dy * dy <= r * r:
                    self.set(x + dx, y + dy, rgb)

    def text(self, x, y, s, rgb=(0, 0, 0), scale=2):
        for ch in s:
            glyph = DIGITS.get(ch)
            if glyph:
                for gy, row in enumerate(glyph):
                    for gx, bit in enumerate(row):
                        if bit == "1":
                            for sx in range(scale):
                                for sy in range(scale):
                                    self.set(x + gx * scale + sx, y + gy * scale + sy, rgb)
            x += 4 * scale

    def png(self):
        raw = b"".join(b"\x00" + bytes(self.px[y * self.w * 3:(y + 1) * self.w * 3]) for y in range(self.h))

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    rows = list(csv.DictReader(open(sys.argv[1])))
    ks = [int(r["sockets"]) for r in rows]
    batch = [float(r["devices_per_hour"]) for r in rows]
    steady = [float(r["steady_per_hour"]) for r in rows]
    base = batch[0] / ks[0]
    ymax = max(max(batch), max(steady), base * max(ks)) * 1.1
    xmax = max(ks)
    c = Canvas(W, H)
    X = lambda k: LEFT + round((k - 1) / max(xmax - 1, 1) * (W - LEFT - RIGHT))
    Y = lambda v: H - BOTTOM - round(v / ymax * (H - TOP - BOTTOM))
    c.line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM, (0, 0, 0), 1)
    c.line(LEFT, TOP, LEFT, H - BOTTOM, (0, 0, 0), 1)
    for k in range(1, xmax + 1):
        c.line(X(k), H - BOTTOM, X(k), H - BOTTOM + 5, (0, 0, 0), 1)
        c.text(X(k) - 3, H - BOTTOM + 12, str(k))
    step = 10 ** len(str(int(ymax))) // 10
    while ymax / step > 8:
        step *= 2
    v = 0
    while v <= ymax:
        c.line(LEFT - 5, Y(v), LEFT, Y(v), (0, 0, 0), 1)
        c.line(LEFT + 1, Y(v), W - RIGHT, Y(v), (225, 225, 225), 1)
        c.text(4, Y(v) - 5, str(int(v)))
        v += step
    c.line(X(1), Y(base), X(xmax), Y(base * xmax), (150, 150, 150), 2, dash=6)
    c.line(X(1), Y(0.9 * base), X(xmax), Y(0.9 * base * xmax), (200, 40, 40), 2, dash=4)
    for series, rgb in ((steady, (46, 125, 50)), (batch, (25, 90, 200))):
        for i in range(len(ks) - 1):
            c.line(X(ks[i]), Y(series[i]), X(ks[i + 1]), Y(series[i + 1]), rgb, 2)
        for k, v in zip(ks, series):
            c.dot(X(k), Y(v), rgb)
    open(sys.argv[2], "wb").write(c.png())


if __name__ == "__main__":
    main()
