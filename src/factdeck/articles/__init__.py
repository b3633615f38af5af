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
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from factdeck.articles.calendar import find_full_dates, parse_date_line
from factdeck.articles.outlets import AGENCIES, host_of, outlet_of_host, outlet_of_url
from factdeck.bank.facts import SourceArticle
from factdeck.errors import ArticleError, BankError

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# Whole lines that are page furniture, never part of an article.
_BOILERPLATE = re.compile(
    r"""(?ix)^(?:
      skip\ to\ (?:main\ )?content | skip\ to\ navigation | jump\ to\ (?:main\ )?content
    | read\ more\b.{0,80} | read\ also\b.{0,80} | see\ also\b.{0,80}
    | related(?:\ articles?|\ stories)?:?.{0,80}
    | (?:also\ )?read:.{0,120} | more\ on\ this\ story.{0,40} | recommended(?:\ for\ you)?
    | \d[\d.,]*[km]? (?:\s*(?:shares?|comments?|views?|likes?))?
    | \d+\ min(?:ute)?s?(?:\ read)?
    | share(?:\ this(?:\ article|\ story)?)?(?:\ on\ \w+)?
    | tweet | print | e-?mail | whatsapp | facebook | twitter
    | advertisement | sponsored(?:\ content)? | comments? | show\ comments | leave\ a\ comment.*
    | .{0,40}newsletter.{0,120} | sign\ up\b.{0,120} | subscribe\b.{0,120} | follow\ us\b.{0,120}
    | page\ not\ found | 404.{0,40}
    | the\ (?:content|page)\ you\ requested\ (?:does\ not|doesn't)\ exist.*
    | (?:©|\(c\)|copyright\b).{0,160} | all\ rights\ reserved.{0,80}
    | to\ contact\ the\b.{0,160} | contact\ us.{0,80}
    | (?:additional\ )?(?:reporting|writing|editing|compiled|produced)\ by\ .{0,200}
    | \*{0,2}\[[^\]]{0,120}\]\([^)]{0,200}\)\*{0,2}
    | (?:image|photo|video)(?:\ credit)?:?\ ?\w{0,20} | listen\ to\ this\ article.{0,40}
    | cookies?\b.{0,160} | accept(?:\ all)?(?:\ cookies)? | back\ to\ top | menu | search
    )\s*$""")
_URL_LINE = re.compile(r"^<?(https?://\S+?)>?$")
_CREDIT = re.compile(r"^\(\s*(?P<outlet>[^()]{2,40}?)(?:\s+(?:with|and)\s+(?P<agency>[^()]{2,30}))?\s*\)$")  # noqa: E501
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_BY = re.compile(r"(?i)^(?:by|written by|words by)\s+(?P<name>.+)$")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)*|[A-Z]\.?)"
_AUTHOR = re.compile(rf"^{_NAME_WORD}(?:\s+(?:de|da|di|van|von|der|le|la|du|bin|al-)?\s*{_NAME_WORD}){{1,3}}$")  # noqa: E501
_CONTACT_SITE = re.compile(r"(?i)\bcontact\s+(?:the\s+)?(?P<name>[A-Z][A-Za-z0-9 ]{1,30}?)\s+(?:and|at|via|visit|on)\b")  # noqa: E501
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
    """Files to read: each argument is an article file or a folder of them (sorted, not recursive)."""  # noqa: E501
    paths: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)  # noqa: E501
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
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a folder, not an article") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read it ({exc.strerror or exc})") from None
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
    meta = _Meta()
    if kind == "html":
        text, meta = _html_text(text, file)
        offset = 0
    else:
        offset, front = _front_matter(text, file)
        meta = front
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


def _is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line.strip("*_ ")))


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


# ---------------------------------------------------------------- HTML

_SKIP_TAGS = frozenset({"script", "style", "nav", "footer", "aside", "form", "noscript", "svg",
                        "button", "iframe", "template", "select", "header", "menu", "dialog"})
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
                         "h6", "li", "ul", "ol", "blockquote", "figcaption", "figure", "br", "tr",
                         "table", "pre", "dd", "dt", "address", "time", "hr", "body"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base",
                   "col", "embed", "param", "track"})
_BOILER_CLASS = re.compile(r"(?i)\b(?:nav|menu|footer|share|social|newsletter|related|comment|"
                           r"cookie|advert|promo|subscribe|breadcrumb|sidebar|popup|modal)")


class _MainText(HTMLParser):
    """Collects text blocks, noting which lie inside <article>/<main>, skipping page furniture."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skip_depth = 0
        self.article_depth = 0
        self.main_depth = 0
        self.blocks: list[tuple[str, str, bool, bool]] = []  # (tag, text, in_article, in_main)
        self.current: list[str] = []
        self.current_tag = "p"
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1: str | None = None
        self.time_datetime: list[str] = []
        self.in_ld_json = False
        self.ld_json: list[str] = []  # schema.org metadata: datePublished, author, publisher

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
            return
        if tag == "time" and a.get("datetime"):
            self.time_datetime.append(a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_ld_json = True
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag == "br":
                self.current.append("\n")
            return
        skipped = tag in _SKIP_TAGS or bool(_BOILER_CLASS.search(
            " ".join((a.get("class", ""), a.get("id", ""), a.get("role", "")))))
        if a.get("aria-hidden") == "true" or "hidden" in a:
            skipped = True
        if tag in _BLOCK_TAGS:
            self._flush()
            self.current_tag = tag
        self.stack.append((tag, skipped))
        if skipped:
            self.skip_depth += 1
        if tag == "article":
            self.article_depth += 1
        if tag == "main" or a.get("role") == "main":
            self.main_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_ld_json = False
        if tag in _VOID:
            return
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, skipped = self.stack.pop()
            if skipped:
                self.skip_depth -= 1
            if t in _BLOCK_TAGS:
                self._flush()
            if t == "article":
                self.article_depth -= 1
            if t == "main":
                self.main_depth = max(0, self.main_depth - 1)
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_ld_json:
            self.ld_json.append(data)
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        self.current.append(data)

    def _flush(self) -> None:
        text = "".join(self.current)
        self.current = []
        lines = [re.sub(r"[ \t\f\v\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
        text = "\n".join(ln for ln in lines if ln)
        if text:
            if self.current_tag == "h1" and self.h1 is None:
                self.h1 = text
            self.blocks.append((self.current_tag, text, self.article_depth > 0,
                                self.main_depth > 0))

    def close(self) -> None:
        super().close()
        self._flush()


def _html_text(source: str, file: str) -> tuple[str, _Meta]:
    """The main text of an HTML page (blocks separated by blank lines) and its meta tags."""
    parser = _MainText()
    try:
        parser.feed(source)
        parser.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise ArticleError(f"{file}: cannot parse the HTML ({exc})") from None
    blocks = parser.blocks
    if any(b[2] for b in blocks):
        blocks = [b for b in blocks if b[2]]
    elif any(b[3] for b in blocks):
        blocks = [b for b in blocks if b[3]]
    parts: list[str] = []
    for tag, text, _, _ in blocks:
        if tag == "h1" and parts == [] and text == parser.h1:
            parts.append("# " + text)
        else:
            parts.append(text)
    text = "\n\n".join(parts) + ("\n" if parts else "")
    if not text.strip():
        raise ArticleError(f"{file}: the HTML page has no article text")
    m = parser.meta
    meta = _Meta()
    meta.title = m.get("og:title") or m.get("twitter:title") or parser.h1
    meta.author = m.get("author") or m.get("article:author") or m.get("byl") or None
    if meta.author and meta.author.startswith("http"):
        meta.author = None
    if meta.author:
        meta.author = re.sub(r"(?i)^by\s+", "", meta.author).strip()
    meta.url = m.get("og:url") or m.get("canonical") or None
    meta.outlet = m.get("og:site_name") or (outlet_of_url(meta.url) if meta.url else None)
    for key in ("article:published_time", "datepublished", "date", "pubdate", "dc.date",
                "publish-date", "sailthru.date", "parsely-pub-date"):
        if m.get(key):
            meta.published = _iso_date(m[key])
            if meta.published:
                break
    _fill_from_ld_json(meta, "".join(parser.ld_json))
    meta.title = meta.title or "".join(parser.title_parts).strip() or None
    if meta.published is None and parser.time_datetime:
        meta.published = _iso_date(parser.time_datetime[0])
    return text, meta


def _fill_from_ld_json(meta: _Meta, blob: str) -> None:
    """Take what schema.org JSON-LD says and the meta tags did not (read as data, never run)."""
    if not blob.strip():
        return
    import json

    try:
        data = json.loads(blob)
    except ValueError:
        return
    items = data if isinstance(data, list) else data.get("@graph", [data]) \
        if isinstance(data, dict) else []
    for item in items:
        if not isinstance(item, dict) or "datePublished" not in item and "headline" not in item:
            continue
        if meta.published is None and isinstance(item.get("datePublished"), str):
            meta.published = _iso_date(item["datePublished"])
        if meta.title is None and isinstance(item.get("headline"), str):
            meta.title = item["headline"].strip() or None
        author = item.get("author")
        authors = author if isinstance(author, list) else [author]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors]
        names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
        if meta.author is None and names:
            meta.author = " and ".join(names)
        publisher = item.get("publisher")
        if meta.outlet is None and isinstance(publisher, dict) and \
                isinstance(publisher.get("name"), str):
            meta.outlet = publisher["name"].strip() or None


def _iso_date(value: str) -> _dt.date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    found = find_full_dates(value)
    return found[0][2] if found else None
