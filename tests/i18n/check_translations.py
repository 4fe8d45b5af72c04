#!/usr/bin/env python3
"""Checks the station's Qt Linguist files with Python's standard library only (an oracle that shares no
code with Qt's lrelease or with the station):

- every shipped language (every .ts but the English one) has no unfinished or empty message;
- each translation keeps the source's %-placeholders, its single-& mnemonic count, its HTML tags and
  its line breaks;
- a plural message (numerus="yes") has exactly as many forms as the language has plural forms, each
  holding %n;
- the English file supplies a singular and a plural form for every plural message.

Usage: check_translations.py FILE.ts...   Exit status 1 with one line per problem.
"""
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms per language as Qt's numerus rules define them (qtbase/src/corelib/kernel/qtranslator.cpp
# rules: Chinese and Vietnamese have none, German, English and Spanish one singular and one plural).
PLURAL_FORMS = {"en": 2, "de": 2, "es": 2, "zh_CN": 1, "vi": 1}

PLACEHOLDER = re.compile(r"%L?\d+|%n")
HTML = "a|b|big|body|br|code|div|em|font|h[1-6]|hr|html|i|li|ol|p|pre|qt|small|span|strong|table|td|th|tr|tt|u|ul"
# Only HTML tags: "<command>" in a usage line is a placeholder word the translator may translate.
TAG = re.compile(r"</?(" + HTML + r")\b[^<>]*>", re.IGNORECASE)
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=[^\s;])")


def signature(text):
    return (sorted(set(PLACEHOLDER.findall(text))), len(MNEMONIC.findall(text)),
            sorted(TAG.findall(text)), text.count("\n"))


def forms(message):
    translation = message.find("translation")
    numerus = translation.findall("numerusform")
    return translation, ([n.text or "" for n in numerus] if numerus else [translation.text or ""])


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    english = language == "en"
    expected_plurals = PLURAL_FORMS.get(language)
    if expected_plurals is None:
        return [f"{path}: no plural rule known for language '{language}'"]
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path}: [{name}] {source[:60]!r}"
            translation, texts = forms(message)
            plural = message.get("numerus") == "yes"
            if english and not plural:
                continue  # English singular messages are the source text itself
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {translation.get('type')}")
                continue
            if plural and len(texts) != expected_plurals:
                problems.append(f"{where}: {len(texts)} plural forms, {language} has {expected_plurals}")
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                elif plural and "%n" not in text:
                    problems.append(f"{where}: plural form without %n: {text[:60]!r}")
                elif signature(text) != signature(source):
                    problems.append(f"{where}: placeholders, mnemonics, tags or line breaks differ: {text[:60]!r}")
    return problems


def main(paths):
    problems = [p for path in paths for p in check_file(path)]
    for p in problems:
        print(p)
    print(f"{len(paths)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
