"""Reading articles: the exact text, its body paragraphs, and the metadata the text gives.

Real articles are messy: share counts, "Read more" links, newsletter blurbs,
contact footers and paragraphs broken in the middle of a sentence. Facts
must point at exact spans of the article, so the text is kept as it is and the
body is described by offsets into it. Metadata is only what the text says
(front matter, a heading, a byline, a date line, a URL, a credit or a footer):
a publication date is never guessed.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdeck.articles.calendar import parse_date_line
from factdeck.articles.furniture import is_boilerplate as _is_boilerplate
from factdeck.articles.outlets import AGENCIES, host_of, outlet_of_host, outlet_of_url
from factdeck.bank.facts import SourceArticle
from factdeck.bank.files import MAX_ARTICLE_BYTES, read_bytes
from factdeck.errors import ArticleError, BankError

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

_URL_LINE = re.compile(r"^<?(https?://\S+?)>?$")
# "(EURONEWS with Reuters)": an outlet's credit line, maybe naming the agency it used
_CREDIT = re.compile(r"""(?x)^\(\s*
    (?P<outlet>[^()]{2,40}?)                            # the outlet
    (?:\s+(?:with|and)\s+(?P<agency>[^()]{2,30}))?      # "with AFP", "and Reuters"
    \s*\)$""")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_BY = re.compile(r"(?i)^(?:by|written by|words by)\s+(?P<name>.+)$")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)*|[A-Z]\.?)"
# a person's name: two to four name words, with the particles names carry
_AUTHOR = re.compile(rf"""(?x)^
    {_NAME_WORD}                                        # the first name or initial
    (?:\s+
       (?:de|da|di|van|von|der|le|la|du|bin|al-)?       # a particle: "van", "da", "al-"
       \s*{_NAME_WORD}                                  # the next name word
    ){{1,3}}$""")
# "To contact the WSWS and ...": a footer naming the site
_CONTACT_SITE = re.compile(r"""(?xi)\bcontact\s+(?:the\s+)?
    (?P<name>[A-Z][A-Za-z0-9\ ]{1,30}?)                 # the site's name
    \s+(?:and|at|via|visit|on)\b                        # what follows it in such footers
    """)
_COPYRIGHT = re.compile(r"(?i)(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*)?"
                        r"(?P<name>[A-Z][\w .&'’-]{1,40}?)\.?(?:\s*all rights reserved.*)?$")
# "BRASILIA, Brazil (AP) — ...": an agency dateline opening the first paragraph
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,30})?\s*"
                       r"\((?P<outlet>[A-Z][\w .&-]{1,20})\)\s*[—–-]")
_TERMINAL = re.compile(r"[.!?:;\"”’')\]…]\s*$")
_FUNCTION_END = re.compile(
    r"(?i)\b(?:a|an|the|of|in|on|at|to|by|for|with|from|and|or|but|that|which|who|as|is|was|"
    r"are|were|be|been|his|her|its|their|our|this|these|those|than|into|over|after|before)$")


@dataclass
class _Line:
    start: int
    end: int
    text: str  # stripped
    blank_before: bool = False


@dataclass
class _Meta:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: _dt.date | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def fill(self, other: _Meta) -> None:
        """Take what ``other`` knows and this one doesn't."""
        for key in ("title", "outlet", "author", "published", "url"):
            if getattr(self, key) is None and getattr(other, key) is not None:
                setattr(self, key, getattr(other, key))


def article_paths(args: Iterable[str | Path]) -> list[Path]:
    """Files to read: each argument is an article file or a folder of them.

    A folder's articles are sorted by name and not searched recursively.
    """
    paths: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                raise ArticleError(f"{path}: no articles (.txt, .md, .html) in this folder")
            paths.extend(found)
        elif path.is_file():
            paths.append(path)
        elif path.exists():
            raise ArticleError(f"{path}: not a file")
        else:
            raise ArticleError(f"{path}: no such file")
    return paths


def read_article(path: str | Path) -> SourceArticle:
    """Read one article file (.txt, .md or .html) into a :class:`SourceArticle`."""
    path = Path(path)
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder, not an article")
    try:  # a regular file only, opened without blocking: a FIFO or a device never hangs a build
        raw = read_bytes(path, MAX_ARTICLE_BYTES)
    except BankError as exc:
        raise ArticleError(str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    if "\x00" in text:
        raise ArticleError(f"{path}: looks like a binary file, not an article")
    article = parse_article(text, path.name, kind=_kind_of(path, text))
    return _with_path(article, str(path))


def parse_article(text: str, file: str, kind: str = "txt") -> SourceArticle:
    """Parse article text; ``kind`` is "txt", "md" or "html"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kind == "html":  # the page's article, as Markdown with front matter
        from factdeck.articles.html import extract_html

        text = extract_html(text, file).markdown()
    offset, meta = _front_matter(text, file)
    body, found = _scan(text, offset)
    meta.fill(found)
    return SourceArticle(file=file, text=text, body=tuple(body), title=meta.title,
                         outlet=meta.outlet, author=meta.author, published=meta.published,
                         url=meta.url)


def _with_path(article: SourceArticle, path: str) -> SourceArticle:
    return SourceArticle(file=article.file, text=article.text, body=article.body,
                         title=article.title, outlet=article.outlet, author=article.author,
                         published=article.published, url=article.url, path=path)


def _kind_of(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix not in (".txt", "") :
        head = text.lstrip()[:200].lower()
        if head.startswith(("<!doctype html", "<html")):
            return "html"
    return "txt"


# ---------------------------------------------------------------- front matter

def _front_matter(text: str, file: str) -> tuple[int, _Meta]:
    """Metadata from a leading ``---`` YAML block; returns where the article starts."""
    meta = _Meta()
    m = re.match(r"---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|$)", text, flags=re.S)
    if not m:
        return 0, meta
    from factdeck.bank import yamlio  # only articles with front matter pay for PyYAML

    try:  # the bank loader's limits: no alias bombs, no impossible dates, no duplicate keys
        data = yamlio.parse(m.group(1) or "", file) or {}
    except BankError as exc:
        where = f":{exc.line + 1}" if exc.line is not None else ""
        raise ArticleError(f"{file}{where}: front matter: {exc.message}") from None
    if not isinstance(data, dict):
        raise ArticleError(f"{file}: front matter: expected keys such as title: and published:")

    def text_of(*keys: str) -> str | None:
        for key in keys:
            value = data.get(key)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            if value is not None and str(value).strip():
                return str(value).strip()
        return None

    meta.title = text_of("title", "headline")
    meta.outlet = text_of("outlet", "source", "publisher", "site")
    meta.author = text_of("author", "authors", "byline")
    meta.url = text_of("url", "link", "source_url")
    raw_date = next((data[k] for k in ("published", "date", "pubdate", "published_at")
                     if data.get(k) is not None), None)
    if raw_date is not None:
        meta.published = _front_date(raw_date, file)
    if meta.outlet is None and meta.url:
        meta.outlet = outlet_of_url(meta.url)
    return m.end(), meta


def _front_date(value: Any, file: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    date = parse_date_line(text)
    if date is None:
        raise ArticleError(f"{file}: front matter: published: {text!r} is not a date "
                           "(write it as YYYY-MM-DD)")
    return date


# ---------------------------------------------------------------- plain text

def _lines(text: str, start: int) -> list[_Line]:
    lines: list[_Line] = []
    pos = start
    blank = True
    for raw in text[start:].split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = pos + lead
            lines.append(_Line(s, s + len(stripped), stripped, blank_before=blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def _scan(text: str, start: int) -> tuple[list[tuple[int, int]], _Meta]:
    """Split the text into body paragraphs and header/footer metadata."""
    meta = _Meta()
    lines = _lines(text, start)
    kept: list[_Line] = []
    in_header = True
    footer_site: str | None = None
    dropped_previous = False
    for i, line in enumerate(lines):
        s = line.text
        if dropped_previous and not line.blank_before and len(s.split()) < 12:
            # the rest of a furniture block: "To contact the X and the  / Y visit:"
            host = host_of(s) if re.search(r"(?i)\]\(|https?://|www\.|\.\w{2,3}\b", s) else None
            if host and outlet_of_host(host):
                meta.outlet = meta.outlet or outlet_of_host(host)
            continue
        dropped_previous = False
        url = _URL_LINE.match(s)
        if url:
            meta.url = meta.url or url.group(1)
            meta.outlet = meta.outlet or outlet_of_url(url.group(1))
            continue
        credit = _CREDIT.match(s)
        if credit and _credit_outlet(credit):
            meta.outlet = meta.outlet or _credit_outlet(credit)
            continue
        if _is_boilerplate(s):
            host = host_of(s) if re.search(r"(?i)contact|\]\(|https?://|www\.", s) else None
            if host and outlet_of_host(host):
                meta.outlet = meta.outlet or outlet_of_host(host)
            site = _CONTACT_SITE.search(s) or _COPYRIGHT.match(s.strip("*_ "))
            if site:
                footer_site = footer_site or site.group("name").strip()
            dropped_previous = True
            continue
        if in_header:
            heading = _HEADING.match(s)
            if heading:
                if meta.title is None:
                    meta.title = _clean_title(heading.group("title"))
                continue
            date = parse_date_line(s)
            if date is not None:
                meta.published = meta.published or date
                continue
            by = _BY.match(s)
            if by and _authors(by.group("name")):
                meta.author = meta.author or _authors(by.group("name"))
                continue
            if meta.title is not None and meta.author is None and _AUTHOR.match(
                    _strip_author(s)) and _near_header_end(lines, i):
                meta.author = _strip_author(s)
                continue
            if meta.title is None and _looks_like_title(s, lines, i):
                meta.title = _clean_title(s)
                continue
            if _is_paragraph(s):
                in_header = False
                dateline = _DATELINE.match(s)
                if dateline and meta.outlet is None:
                    meta.outlet = dateline.group("outlet")
        kept.append(line)
    if meta.outlet is None and footer_site:
        meta.outlet = footer_site
    return _paragraphs(text, kept), meta


def _credit_outlet(m: re.Match[str]) -> str | None:
    outlet = m.group("outlet").strip()
    agency = (m.group("agency") or "").strip()
    if agency and agency not in AGENCIES and not agency.isupper():
        return None
    if len(outlet.split()) > 4 or not re.match(r"[A-Z0-9]", outlet):
        return None
    return outlet


def _authors(text: str) -> str | None:
    """"Maria Santos and Peter Hall" as written, if every part is a name; else None."""
    text = _strip_author(text) if " and " not in text else text.strip(" *_")
    if text.isupper():
        text = text.title()  # "By MARIA SANTOS"
    text = re.split(r"\s*(?:\||\s-\s|\s—\s|,\s*(?:[A-Z][a-z]+\s)?"
                    r"(?:correspondent|reporter|editor)\b)", text)[0].strip()
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text) if p]
    if parts and all(_AUTHOR.match(p) for p in parts):
        return text
    return None


def _strip_author(name: str) -> str:
    return re.split(r"\s*(?:,|\||\s-\s|\s—\s)\s*", name.strip(" *_"))[0].strip()


def _clean_title(title: str) -> str:
    return title.strip(" *_#").strip()


def _is_paragraph(s: str) -> bool:
    words = len(s.split())
    return words >= 25 or (words >= 8 and bool(_TERMINAL.search(s)))


def _near_header_end(lines: list[_Line], i: int) -> bool:
    """A byline sits right under the title, before the first paragraph."""
    return i + 1 < len(lines) and not _is_paragraph(lines[i].text)


def _looks_like_title(s: str, lines: list[_Line], i: int) -> bool:
    """A short line before the first paragraph, not ending like a sentence."""
    words = s.split()
    if not (3 <= len(words) <= 25) or s.endswith((".", ",", ";", ":")):
        return False
    if "|" in s or "/" in s[:40]:
        return False
    later = [ln for ln in lines[i + 1:i + 4]]
    return bool(later) and any(_is_paragraph(ln.text) or ln.blank_before for ln in later)


def _paragraphs(text: str, kept: Sequence[_Line]) -> list[tuple[int, int]]:
    """Group kept lines into paragraphs, joining paragraphs broken mid-sentence."""
    blocks: list[list[int]] = []
    previous_end = -1
    for line in kept:
        contiguous = blocks and not line.blank_before and "\n" not in text[previous_end:line.start]
        contiguous = contiguous or (blocks and not line.blank_before and
                                    text[previous_end:line.start].count("\n") <= 1)
        if contiguous:
            blocks[-1][1] = line.end
        else:
            blocks.append([line.start, line.end])
        previous_end = line.end
    merged: list[list[int]] = []
    for block in blocks:
        if merged and _broken(text[merged[-1][0]:merged[-1][1]], text[block[0]:block[1]]):
            merged[-1][1] = block[1]
        else:
            merged.append(block)
    return [(s, e) for s, e in merged]


def _broken(before: str, after: str) -> bool:
    """Whether ``after`` continues a sentence that ``before`` left unfinished."""
    before = before.rstrip()
    if _TERMINAL.search(before) or not after:
        return False
    if after[0].islower():
        return True
    words = len(before.split())
    return words >= 15 or (words >= 5 and bool(_FUNCTION_END.search(before)))
