#!/usr/bin/env python3
"""Fills the singular and plural forms of the English plural messages lupdate left unfinished in
tpm-station_en.ts, from the source's "(s)" / "(es)" / "y(ies)" markers: "%n device(s)" becomes
"%n device" and "%n devices". A source without such a marker is reported and left for a person.
Run after `cmake --build build --target update_translations`. Edits the file in place, textually, so
lupdate's layout is kept."""
import html
import re
import sys

MARK = re.compile(r"(\w*?)(y\(ies\)|\(es\)|\(s\))")


def forms(source):
    if not MARK.search(source):
        return None
    one = MARK.sub(lambda m: m.group(1) + ("y" if m.group(2).startswith("y") else ""), source)
    many = MARK.sub(lambda m: m.group(1) + {"y(ies)": "ies", "(es)": "es", "(s)": "s"}[m.group(2)], source)
    return one, many


def main(path):
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(
        r'(<message numerus="yes">\s*<source>)([^<]*)(</source>\s*)<translation type="unfinished">\s*'
        r"<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>", re.S)
    left = []

    def fill(m):
        found = forms(html.unescape(m.group(2)))
        if not found:
            left.append(m.group(2))
            return m.group(0)
        one, many = (html.escape(f, quote=False).replace("'", "&apos;").replace('"', "&quot;") for f in found)
        return (f"{m.group(1)}{m.group(2)}{m.group(3)}<translation>\n"
                f"            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n        </translation>")

    text, count = pattern.subn(fill, text)
    open(path, "w", encoding="utf-8").write(text)
    print(f"{count - len(left)} plural messages filled")
    for source in left:
        print(f"left for a person (no (s) marker): {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/tpm-station_en.ts"))
