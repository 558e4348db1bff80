#!/usr/bin/env python3
"""Generates stdlib/src/java.base/cortado/internal/UnicodeData.java, the compact Unicode tables behind
java.lang.Character (general categories, simple case mappings, numeric values and a few binary properties).

Source data: Python 3's `unicodedata` module (its own Unicode version, `unicodedata.unidata_version`; 14.0.0 on
the machine that last ran this), plus, when present, Perl's compiled Unicode tables (/usr/share/perl/*/unicore)
for the properties Python does not expose (Alphabetic, Ideographic, Uppercase, Lowercase) and for the set of code
points assigned by Unicode 13.0 (Age <= 13.0), which is the version HotSpot 17's Character implements. Code
points assigned after 13.0 are written as unassigned, so the tables behave as Unicode 13.0 for every code point
13.0 assigned and for every code point assigned later; properties of 13.0 characters that a later version changed
follow the later version (a handful, see the generated javadoc).

Usage: python3 stdlib/tools/gen_unicode.py > stdlib/src/java.base/cortado/internal/UnicodeData.java
"""
import glob
import sys
import unicodedata

TARGET = "13.0"
CATS = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
        "", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"]
CAT_ID = {c: i for i, c in enumerate(CATS) if c}
MAXCP = 0x10FFFF


def perl_set(rel):
    """The code points of one of Perl's inversion-list files, or None when Perl's tables are absent."""
    files = sorted(glob.glob("/usr/share/perl/*/unicore/lib/" + rel))
    if not files:
        return None
    text = open(files[-1]).read()
    body = text.split("return <<'END';\n", 1)[1].split("END\n", 1)[0].split()
    assert body[0].startswith("V")
    nums = [int(x) for x in body[1:]]
    if len(nums) % 2:
        nums.append(MAXCP + 1)
    s = set()
    for i in range(0, len(nums), 2):
        s.update(range(nums[i], nums[i + 1]))
    return s


ASSIGNED = perl_set("In/" + TARGET.replace(".", "_") + ".pl")
MASKED = ASSIGNED is not None


def in_target(cp):
    return ASSIGNED is None or cp in ASSIGNED


# General categories that changed between Unicode 13.0 and the version Python carries (checked against HotSpot 17).
CATEGORY_13 = {0x1734: "Mn"}


def cat(cp):
    if not in_target(cp):
        return 0
    if cp in CATEGORY_13 and unicodedata.unidata_version != TARGET + ".0":
        return CAT_ID[CATEGORY_13[cp]]
    return CAT_ID[unicodedata.category(chr(cp))]


ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def enc(v):
    """A non-negative int as base-32 digits, high first; every digit but the last is a continuation."""
    assert v >= 0
    groups = []
    while True:
        groups.append(v & 31)
        v >>= 5
        if v == 0:
            break
    groups.reverse()
    return "".join(ALPHABET[32 + g] for g in groups[:-1]) + ALPHABET[groups[-1]]


def zz(v):
    return (v << 1) if v >= 0 else ((-v << 1) - 1)


def literal(s, name):
    assert len(s) < 60000, name
    return s


def runs_table(values):
    """(start delta, value) pairs for every change of value over 0..MAXCP."""
    out = []
    prev_start = 0
    prev_val = None
    for cp in range(MAXCP + 1):
        v = values(cp)
        if v != prev_val:
            out.append(enc(cp - prev_start) + enc(v))
            prev_start = cp
            prev_val = v
    return "".join(out)


def set_table(pred):
    """An inversion list: deltas between successive boundaries, the first one starting the set."""
    out = []
    prev = 0
    inside = False
    for cp in range(MAXCP + 2):
        now = cp <= MAXCP and pred(cp)
        if now != inside:
            out.append(enc(cp - prev))
            prev = cp
            inside = now
    return "".join(out)


def simple_upper(cp):
    c = chr(cp)
    u = c.upper()
    if len(u) == 1:
        return ord(u)
    t = c.title()
    return ord(t) if len(t) == 1 else cp


def simple_lower(cp):
    if cp == 0x130:
        return 0x69
    l = chr(cp).lower()
    return ord(l) if len(l) == 1 else cp


def simple_title(cp):
    t = chr(cp).title()
    return ord(t) if len(t) == 1 else cp


def map_table(f):
    """Runs of code points whose mapping differs by the same delta and whose code points step by 1 or 2."""
    pairs = []
    for cp in range(MAXCP + 1):
        if not in_target(cp):
            continue
        m = f(cp)
        if m != cp and in_target(m):
            pairs.append((cp, m - cp))
    out = []
    prev = 0
    i = 0
    while i < len(pairs):
        cp, d = pairs[i]
        step = 1
        n = 1
        if i + 1 < len(pairs) and pairs[i + 1][1] == d and pairs[i + 1][0] - cp in (1, 2):
            step = pairs[i + 1][0] - cp
            while i + n < len(pairs) and pairs[i + n][1] == d and pairs[i + n][0] == cp + n * step:
                n += 1
        out.append(enc(cp - prev) + enc(n) + enc(step) + enc(zz(d)))
        prev = cp
        i += n
    return "".join(out)


UNIHAN = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x3FFFF)]


def numeric(cp):
    """Java's getNumericValue from the Unicode data alone: the integer value, -2 for others, None for none."""
    if not in_target(cp):
        return None
    if any(a <= cp <= b for a, b in UNIHAN) and not unicodedata.decomposition(chr(cp)):
        # Unified ideographs: Python adds Unihan's numeric values, which UnicodeData.txt (and so Java) lacks.
        return None
    v = unicodedata.numeric(chr(cp), None)
    if v is None:
        return None
    if v == int(v) and 0 <= v <= 0x7FFFFFFF:
        return int(v)
    return -2


def numeric_table():
    items = [(cp, numeric(cp)) for cp in range(MAXCP + 1)]
    items = [(cp, v) for cp, v in items if v is not None]
    out = []
    prev = 0
    i = 0
    while i < len(items):
        cp, v = items[i]
        n = 1
        while (i + n < len(items) and items[i + n][0] == cp + n and v >= 0 and items[i + n][1] == v + n):
            n += 1
        out.append(enc(cp - prev) + enc(n) + enc(zz(v)))
        prev = cp
        i += n
    return "".join(out)


def main():
    alpha = perl_set("Alpha/Y.pl")
    ideo = perl_set("Ideo/Y.pl")
    upper = perl_set("Upper/Y.pl")
    lower = perl_set("Lower/Y.pl")
    if upper is None:
        upper = {cp for cp in range(MAXCP + 1) if chr(cp).isupper() and len(chr(cp)) == 1}
        lower = {cp for cp in range(MAXCP + 1) if chr(cp).islower()}
    if alpha is None:
        alpha = {cp for cp in range(MAXCP + 1) if unicodedata.category(chr(cp)) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nl")}
    if ideo is None:
        ideo = {cp for cp in range(MAXCP + 1) if "CJK" in unicodedata.name(chr(cp), "") and unicodedata.category(chr(cp)) == "Lo"}
    tables = [
        ("TYPES", "general categories: runs of (start delta, category)", runs_table(cat)),
        ("UPPER", "simple upper-case mappings: runs of (start delta, count, step, zigzag delta)", map_table(simple_upper)),
        ("LOWER", "simple lower-case mappings, as UPPER", map_table(simple_lower)),
        ("TITLE", "simple title-case mappings, as UPPER", map_table(simple_title)),
        ("NUMERIC", "numeric values: runs of (start delta, count, zigzag first value), values rising by one",
         numeric_table()),
        ("ALPHABETIC", "the Alphabetic property, an inversion list of boundary deltas",
         set_table(lambda cp: cp in alpha and in_target(cp))),
        ("IDEOGRAPHIC", "the Ideographic property, as ALPHABETIC", set_table(lambda cp: cp in ideo and in_target(cp))),
        ("UPPERCASE", "the Uppercase property (Lu and Other_Uppercase), as ALPHABETIC",
         set_table(lambda cp: cp in upper and in_target(cp))),
        ("LOWERCASE", "the Lowercase property (Ll and Other_Lowercase), as ALPHABETIC",
         set_table(lambda cp: cp in lower and in_target(cp))),
        ("MIRRORED", "the Bidi_Mirrored property, as ALPHABETIC",
         set_table(lambda cp: in_target(cp) and unicodedata.mirrored(chr(cp)) == 1)),
    ]
    special = []
    for cp in range(MAXCP + 1):
        if in_target(cp):
            u = chr(cp).upper()
            if len(u) > 1:
                assert cp < 0x10000 and all(ord(ch) < 0x10000 for ch in u)
                special.append(chr(cp) + chr(len(u)) + u)
    w = sys.stdout.write
    w("package cortado.internal;\n\n")
    w("/**\n")
    w(" * Unicode character data for {@code java.lang.Character} (not exported). GENERATED by\n")
    w(" * {@code stdlib/tools/gen_unicode.py}; do not edit by hand.\n")
    w(" *\n")
    w(" * <p>Generated from Python's {@code unicodedata}, Unicode %s" % unicodedata.unidata_version)
    if MASKED:
        w(", restricted to the code points assigned by\n")
        w(" * Unicode %s (Age &lt;= %s, from Perl's Unicode tables), the version HotSpot 17 implements: code points\n" % (TARGET, TARGET))
        w(" * first assigned after %s read as unassigned, with no case mappings or properties, exactly as on HotSpot 17.\n" % TARGET)
        w(" * What remains different from a true %s table are the rare properties of %s characters that Unicode %s\n" % (TARGET, TARGET, unicodedata.unidata_version))
        w(" * revised; the one such difference found against HotSpot 17 (U+1734 HANUNOO SIGN PAMUDPOD, Mn in 13.0, Mc in\n")
        w(" * 14.0) is corrected by the generator.\n")
    else:
        w(".\n * Unicode %s tables were not available, so code points assigned after that version are\n" % TARGET)
        w(" * defined here but unassigned on HotSpot 17.\n")
    w(" *\n")
    w(" * <p>Every table is a string of base-32 digits (alphabet {@code A-Za-z0-9+/}; the first 32 symbols end a\n")
    w(" * number, the last 32 continue it), decoded once when this class is initialized.\n")
    w(" */\n")
    w("public final class UnicodeData {\n")
    w("    private UnicodeData() {\n    }\n\n")
    w("    /** The Unicode version of the data this class was generated from (before the %s restriction). */\n" % TARGET)
    w("    public static final String SOURCE_VERSION = \"%s\";\n\n" % unicodedata.unidata_version)
    w("    /** The Unicode version these tables behave as for assignment. */\n")
    w("    public static final String VERSION = \"%s\";\n\n" % (TARGET if MASKED else unicodedata.unidata_version))
    for name, doc, s in tables:
        literal(s, name)
        w("    /** %s. */\n" % doc[0].upper() if False else "    /** The %s. */\n" % doc)
        w("    public static final String %s =\n" % name)
        for i in range(0, len(s), 110):
            w("        %s\"%s\"\n" % ("" if i == 0 else "+ ", s[i:i + 110]))
        w("    ;\n\n")
    sp = "".join(special)
    w("    /** The full upper-case mappings that are longer than one char: entries of (code point, length, chars). */\n")
    w("    public static final String SPECIAL_UPPER =\n")
    for i in range(0, len(sp), 24):
        w("        %s\"%s\"\n" % ("" if i == 0 else "+ ", "".join("\\u%04X" % ord(ch) for ch in sp[i:i + 24])))
    w("    ;\n")
    w("}\n")


if __name__ == "__main__":
    main()
