"""The side-by-side report of ``factdeck compare``: a block per aspect, a column per outlet.

Built as a string (the CLI prints it), wrapped to a given width so a teacher
can read it in any terminal; too narrow for columns, each outlet's version is
stacked under the aspect instead.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from factdeck.bank.facts import Difference, SourceArticle
from factdeck.differences.text import outlet_name

MIN_COLUMN = 18  # narrower columns are unreadable: stack the versions instead
KIND_LABELS = {"number": "figures", "actor": "who did it", "wording": "wording",
               "description": "description", "claim": "claim and rebuttal", "date": "dates",
               "name": "names", "place": "places", "agreement": "told alike",
               "other": "other"}


def column_names(articles: Sequence[SourceArticle]) -> dict[str, str]:
    """Each article's column heading: its outlet, with the date or file when an outlet repeats."""
    names = {a.file: outlet_name(a) for a in articles}
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    out = {}
    for a in articles:
        name = names[a.file]
        if counts[name] > 1:
            name = f"{name} {a.published.isoformat() if a.published else a.file}"
        out[a.file] = name
    return out


def render(diffs: Sequence[Difference], articles: Sequence[SourceArticle], width: int = 100,
           *, evidence: bool = False) -> str:
    """The report: a heading per aspect, then each outlet's version in its own column."""
    names = column_names(articles)
    blocks = []
    for number, diff in enumerate(diffs, 1):
        title = f"{number}. {diff.aspect} ({KIND_LABELS.get(diff.kind, diff.kind)})"
        lines = textwrap.wrap(title, width) or [title]
        heads = [names.get(r.article, r.article) for r in diff.reports]
        cells = [" ".join((r.evidence if evidence else r.says).split()) for r in diff.reports]
        lines += _columns(heads, cells, width)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _columns(heads: list[str], cells: list[str], width: int) -> list[str]:
    n = len(heads)
    gap = " \u2502 "
    col = (width - len(gap) * (n - 1)) // max(1, n)
    if col < MIN_COLUMN:
        out = []
        for head, cell in zip(heads, cells, strict=True):
            out += textwrap.wrap(f"{head}: {cell}", width, subsequent_indent="    ")
        return out
    wrapped = [textwrap.wrap(h, col) for h in heads]
    bodies = [textwrap.wrap(c, col) or ["\u2014"] for c in cells]
    rule = "\u2500\u253c\u2500".join("\u2500" * col for _ in heads)
    out = []
    for rows in (wrapped, None, bodies):
        if rows is None:
            out.append(rule)
            continue
        for i in range(max(len(r) for r in rows)):
            out.append(gap.join((r[i] if i < len(r) else "").ljust(col) for r in rows).rstrip())
    return out
