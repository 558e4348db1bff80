#!/usr/bin/env python3
"""Generates the constants of java.lang.Character.UnicodeBlock inside stdlib/src/java.base/java/lang/Character.java
(the region between the BEGIN/END GENERATED UnicodeBlock markers), from Unicode's Blocks.txt.

Source data: Perl's copy of Blocks.txt (/usr/share/perl/*/unicore/Blocks.txt), filtered to the blocks that hold a
code point assigned by Unicode 13.0 (Perl's In/13_0 table, as gen_unicode.py uses it), the version HotSpot 17's
Character implements; blocks added later are left out. Constant names are the block names in upper case with
runs of other characters turned into '_', except for the three names Java kept from earlier Unicode versions
(GREEK, CYRILLIC_SUPPLEMENTARY, COMBINING_MARKS_FOR_SYMBOLS), and two ranges take their 13.0 extent (RANGE_13);
the deprecated SURROGATES_AREA is added by hand in Character.java.

Usage: python3 stdlib/tools/gen_unicode_blocks.py   (rewrites Character.java in place)
"""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_unicode import ASSIGNED  # noqa: E402  (Perl's In/13_0 set, or None)

RENAMED = {"Greek and Coptic": "GREEK", "Cyrillic Supplement": "CYRILLIC_SUPPLEMENTARY",
           "Combining Diacritical Marks for Symbols": "COMBINING_MARKS_FOR_SYMBOLS"}
# Ranges that Unicode 14.0 changed (Perl's Blocks.txt is 14.0): their 13.0 extent, checked against HotSpot 17.
RANGE_13 = {"Ahom": (0x11700, 0x1173F), "Tangut Supplement": (0x18D00, 0x18D8F)}
BEGIN = "        // BEGIN GENERATED UnicodeBlock (tools/gen_unicode_blocks.py)\n"
END = "        // END GENERATED UnicodeBlock\n"


def blocks():
    path = sorted(glob.glob("/usr/share/perl/*/unicore/Blocks.txt"))[-1]
    for line in open(path, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        span, name = line.split(";")
        lo, hi = (int(x, 16) for x in span.split(".."))
        name = name.strip()
        lo, hi = RANGE_13.get(name, (lo, hi))
        if ASSIGNED is not None and not any(cp in ASSIGNED for cp in range(lo, hi + 1)):
            continue
        yield lo, hi, name


def main():
    if ASSIGNED is None:
        sys.exit("gen_unicode_blocks.py: Perl's Unicode tables are needed to know the Unicode 13.0 blocks")
    lines = []
    for lo, hi, name in blocks():
        const = RENAMED.get(name, re.sub(r"[^A-Z0-9]+", "_", name.upper()))
        lines.append(f'        public static final UnicodeBlock {const} = new UnicodeBlock("{const}", "{name}", 0x{lo:04X}, 0x{hi:04X});\n')
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "java.base", "java", "lang",
                          "Character.java")
    text = open(target, encoding="utf-8").read()
    start = text.index(BEGIN) + len(BEGIN)
    end = text.index(END)
    open(target, "w", encoding="utf-8").write(text[:start] + "".join(lines) + text[end:])


if __name__ == "__main__":
    main()
