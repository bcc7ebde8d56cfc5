#!/usr/bin/env python3
"""Completes nest_en.ts after `update_translations`: English is the source language, so every
message's translation is its source text, except counts (numerus), which get a singular and a
plural form written from the source's "(s)" / "(es)" / "(ies)" markers, e.g.
"%n active user(s)" -> "%n active user" / "%n active users"."""
import re
import sys
import xml.etree.ElementTree as ET

MARKERS = [(r"y\(ies\)", "y", "ies"), (r"\(es\)", "", "es"), (r"\(s\)", "", "s")]


def forms(source):
    one, other = source, source
    for pattern, singular, plural in MARKERS:
        one = re.sub(pattern, singular, one)
        other = re.sub(pattern, plural, other)
    return one, other


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in forms(source):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "nest_en.ts")
