"""Reads the bars back out of the SVG that PlantUML draws for a `@startgantt` diagram (test
tooling, not product): where each row's bar or milestone diamond sits, as dates.

PlantUML draws one column per day, each with a grey grid line at its left edge; a bar of
days d0..d1 runs from 2 px right of d0's line to 2 px left of the line after d1, and a
milestone is a 12 px diamond centred on its day. Rows are drawn top to bottom in the order
of the text, separators as rows without a shape, so the n-th shape from the top is the n-th
row written. Dates are mapped back through the axis itself: the column width and origin
from the grid lines, the origin's date from the project start, checked against the day
number PlantUML prints over the first column.
"""
import datetime
import re
import statistics


def _attributes(tag):
    return dict(re.findall(r'([\w:-]+)="([^"]*)"', tag))


def shapes(svg):
    """[(top y, kind, first x, last x)] for each bar and diamond, top to bottom."""
    found = []
    for tag in re.findall(r"<rect\b[^>]*>", svg):
        a = _attributes(tag)
        if a.get("height") == "12" and "rx" in a:
            x, width = float(a["x"]), float(a["width"])
            found.append((float(a["y"]), "bar", x, x + width))
    for tag in re.findall(r"<polygon\b[^>]*>", svg):
        numbers = [float(v) for v in re.findall(r"-?[\d.]+", _attributes(tag).get("points", ""))]
        xs, ys = numbers[0::2], numbers[1::2]
        if len(xs) == 4 and max(xs) - min(xs) >= 10 and abs((max(xs) - min(xs)) - (max(ys) - min(ys))) < 1:
            found.append((min(ys), "diamond", min(xs), max(xs)))
    return sorted(found)


def axis(svg):
    """(origin x, column width, day number printed over the first column)."""
    lines = sorted({float(a["x1"]) for a in map(_attributes, re.findall(r"<line\b[^>]*>", svg))
                    if a.get("x1") == a.get("x2") and "#C0C0C0" in a.get("style", "")})
    width = statistics.mode(round(b - a, 3) for a, b in zip(lines, lines[1:]))
    origin = lines[0]
    first_day = None
    for tag, text in re.findall(r"(<text\b[^>]*>)([^<]*)</text>", svg):
        a = _attributes(tag)
        if text.strip().isdigit() and a.get("font-family") == "Serif" and float(a["x"]) < origin + width:
            first_day = int(text)
            break
    return origin, width, first_day


def dates(svg, start):
    """[(kind, first date, last date)] for each row's shape, top to bottom, and the day of the
    month PlantUML printed over the first column (to check the axis starts at `start`)."""
    origin, width, first_day = axis(svg)

    def day(x):
        return start + datetime.timedelta(days=int((x - origin) // width))

    out = []
    for _, kind, x0, x1 in shapes(svg):
        if kind == "diamond":
            middle = day((x0 + x1) / 2)
            out.append((kind, middle, middle))
        else:
            out.append((kind, day(x0), day(x1)))
    return out, first_day
