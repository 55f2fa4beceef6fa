#!/usr/bin/env python3
"""Rebuilds helder-server/src/main/resources/kb/lexicon/<src>-<dst>.txt from a FreeDict TEI dictionary.

Source: FreeDict (https://freedict.org, https://github.com/freedict/fd-dictionaries), e.g. eng-nld/eng-nld.tei,
GNU GPL 2.0 or later. The output is a data file derived from that dictionary and stays under the same licence
(its header says so); Helder reads it at run time and links no FreeDict code.

Usage: build_freedict.py eng-nld.tei en nl > en-nl.txt
Output: one line per headword, "headword<TAB>translation|translation|..." (lower case, at most 4 translations
of at most 2 words each, from the first two senses).
"""
import sys
import xml.etree.ElementTree as ET

NS = {"tei": "http://www.tei-c.org/ns/1.0"}


def main(path, src, dst):
    root = ET.parse(path).getroot()
    out = {}
    for entry in root.iter("{http://www.tei-c.org/ns/1.0}entry"):
        orth = entry.find("tei:form/tei:orth", NS)
        if orth is None or not orth.text:
            continue
        head = orth.text.strip().lower()
        if " " in head or not head.replace("-", "").isalpha():
            continue
        translations = []
        for sense in entry.findall("tei:sense", NS)[:2]:
            for quote in sense.findall("tei:cit[@type='trans']/tei:quote", NS):
                text = (quote.text or "").strip().lower()
                if text and len(text.split()) <= 2 and text not in translations:
                    translations.append(text)
        if translations:
            out.setdefault(head, [])
            for t in translations:
                if t not in out[head] and len(out[head]) < 4:
                    out[head].append(t)
    print(f"# {src} -> {dst} translations derived from the FreeDict dictionary {path.split('/')[-1]} "
          f"(https://github.com/freedict/fd-dictionaries), GNU GPL 2.0 or later; rebuilt by "
          f"tools/lexicons/build_freedict.py. headword<TAB>translation|...")
    for head in sorted(out):
        print(head + "\t" + "|".join(out[head]))


if __name__ == "__main__":
    main(*sys.argv[1:4])
