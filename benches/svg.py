"""The benchmark report's plot: a grouped bar chart of time ratios on a log scale, as a hand-written SVG.

One group per program, one bar per configuration, each bar the configuration's time over the reference
configuration's (drawn as the line at 1). Standard library only; used by run.py --svg.
"""

import math
from xml.sax.saxutils import escape

# Colours for up to eight configurations, distinguishable in print.
COLOURS = ["#9e2a2b", "#e07a1f", "#f2c14e", "#3c6e71", "#70a9a1", "#284b63", "#7b6d8d", "#999999"]


def chart(title, programs, labels, ratios, reference):
    """Returns the SVG text. ratios[program][label] is a float or None (missing: no bar, a cross)."""
    values = [r for p in programs for r in (ratios[p].get(l) for l in labels) if r]
    lo = min(values + [1.0])
    hi = max(values + [1.0])
    lo_exp = math.floor(math.log10(lo))
    hi_exp = math.ceil(math.log10(hi))
    if hi_exp == lo_exp:
        hi_exp += 1
    bar_w, gap, left, top, plot_h = 11, 14, 70, 50, 320
    group_w = bar_w * len(labels) + gap
    width = left + group_w * len(programs) + 20
    legend_h = 18 * ((len(labels) + 2) // 3)
    height = top + plot_h + 90 + legend_h

    def y_of(r):
        return top + plot_h * (hi_exp - math.log10(r)) / (hi_exp - lo_exp)

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" '
           'font-size="11">' % (width, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="%d" y="22" font-size="14" font-weight="bold">%s</text>' % (left, escape(title)),
           '<text x="%d" y="38" fill="#444">time / %s time, log scale (lower is faster)</text>'
           % (left, escape(reference))]
    for e in range(lo_exp, hi_exp + 1):
        for m in (1, 2, 5):
            r = m * 10.0 ** e
            if r < 10.0 ** lo_exp or r > 10.0 ** hi_exp:
                continue
            y = y_of(r)
            major = m == 1
            out.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="%s"/>' % (
                left, width - 20, y, y, "#bbb" if major else "#eee"))
            out.append('<text x="%d" y="%.1f" text-anchor="end" fill="#444">%s</text>' % (
                left - 6, y + 4, ("%g" % r) + "x"))
    y1 = y_of(1.0)
    out.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="black" stroke-width="1.5"/>' % (
        left, width - 20, y1, y1))
    for gi, p in enumerate(programs):
        x0 = left + gap / 2 + gi * group_w
        for li, l in enumerate(labels):
            r = ratios[p].get(l)
            x = x0 + li * bar_w
            if not r:
                out.append('<text x="%.1f" y="%.1f" fill="#999">x</text>' % (x + 2, y1 - 3))
                continue
            y = y_of(r)
            out.append('<rect x="%.1f" y="%.1f" width="%d" height="%.1f" fill="%s"><title>%s %s: %.2fx</title>'
                       '</rect>' % (x, min(y, y1), bar_w - 1, abs(y1 - y), COLOURS[li % len(COLOURS)],
                                    escape(p), escape(l), r))
        out.append('<text transform="translate(%.1f,%d) rotate(-35)" text-anchor="end">%s</text>' % (
            x0 + group_w / 2 - gap / 2, top + plot_h + 14, escape(p)))
    ly = top + plot_h + 70
    for li, l in enumerate(labels):
        x = left + (li % 3) * 220
        y = ly + (li // 3) * 18
        out.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>' % (x, y - 10, COLOURS[li % len(COLOURS)]))
        out.append('<text x="%d" y="%d">%s</text>' % (x + 18, y, escape(l)))
    out.append("</svg>")
    return "\n".join(out) + "\n"
