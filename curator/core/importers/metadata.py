"""A news document's own metadata, read from its text: title, publication date, agency, dateline, byline.

Scraped and PDF-extracted news carries its metadata inside the text, in forms that vary by outlet:
a metadata line glued to the lead ("date 2025-11-24 Kolektif..."), a headline glued to its byline
("...kabul ettiNazir Aliyev Tayfur"), datelines ("BISKEK (AA) -", "Бишкек, 19.05.21. /Кабар/."), a
credit line ("Kabar (1 Aralık 2020)"), a footer ("HABER TARİHİ: 11.01.2022"). Reading them at import
fills the document's pub_date (the reference for year-less dates in the text) and source (the
publication of exported records) without anyone typing them.

The text is only read, never changed: annotations are character offsets into it, so a "cleaned" copy
would shift every span. Everything found is described in `notes`, so a reviewer can see where a value
came from and distrust a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from curator.core.dates import NormalizedDate, find_dates, normalize_date
from curator.core.text.language import guess_language

# Datelines, credit lines and headlines sit at the top; the first date in the lead is the fallback.
HEAD_CHARS = 1_500
FIRST_DATE_CHARS = 400
ASCII_SAMPLE_CHARS = 20_000
# A block of short lines above the headline is a masthead ("AVRASYA / İNCELEMELERİ / MERKEZİ").
MASTHEAD_MAX_WORDS = 2
# A headline hard-wrapped by PDF extraction is joined back, up to this many lines.
TITLE_MAX_LINES = 3
TITLE_JOIN_MAX_CHARS = 300
# Turkish typed without diacritics: at least this many such words, making up at least this share.
ASCII_MIN_WORDS = 2
ASCII_MIN_SHARE = 0.5

_UPPER = "A-ZÇĞİÖŞÜА-ЯЁӨҮҢ"
_LOWER = "a-zçğıöşüа-яёөүң"
_NAME_WORD = f"[{_UPPER}][{_LOWER}]+"
_URL = re.compile(r"https?://[^\s<>\"'«»]+")
_URL_TRAILING = ".,;:!?)]}'\""
# "date 2025-11-24 ..." at the very start: a scraper's metadata field glued to the text.
_META_DATE = re.compile(r"\A\s*(date\s*:?\s*(\d{4}-\d{2}-\d{2}))\s*", re.IGNORECASE)
# "HABER TARİHİ: 11.01.2022", "Yayın tarihi: ...": a labelled date anywhere (often a footer).
_LABELLED_DATE = re.compile(
    r"(?:HABER|YAYIN|Haber|Yayın|haber|yayın)\s+(?:TAR[İI]H[İI]|[Tt]arihi)\s*:\s*"
    r"(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\w+\s+\d{4})"
)
# "Бишкек, 19.05.21. /Кабар/." and "МОСКВА, 5 апреля /ТАСС/.": place, date, agency between slashes.
_SLASH_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[{_UPPER}][\w'’-]+(?: [{_UPPER}][\w'’-]+)?),[ \t]+"
    r"(?P<date>[^/\n]{1,40}?)\.?[ \t]*/(?P<agency>[^/\n]{1,30})/",
    re.MULTILINE,
)
# "BISKEK (AA) -", "ASTANA (Reuters) -": an upper-case place, the agency in parentheses, a dash.
_PAREN_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[{_UPPER}][{_UPPER} '’.-]{{1,30}}?)[ \t]*\((?P<agency>[^()\n]{{1,30}})\)[ \t]*[-–—]",
    re.MULTILINE,
)
# "Kabar (1 Aralık 2020)": an outlet credited on a line of its own, with the date of its report.
_CREDIT_LINE = re.compile(
    rf"^[ \t]*(?P<agency>[{_UPPER}][\w.&-]*(?: [{_UPPER}][\w.&-]*){{0,2}})[ \t]*"
    r"\((?P<date>[^()\n]{6,30})\)[ \t]*$",
    re.MULTILINE,
)
# A place on a line of its own right below the credit line ("Bişkek").
_PLACE_LINE = re.compile(rf"[{_UPPER}][{_LOWER}'’-]+(?: [{_UPPER}][{_LOWER}'’-]+)?")
# A date line of its own near the top: "- 02.12.2020".
_DATE_LINE = re.compile(r"^[ \t]*[-–—•]?[ \t]*(?P<date>[^\n]{6,30}?)[ \t]*$", re.MULTILINE)
# A year written out, so "19-майда" resolved against today does not pass for a publication date.
_HAS_YEAR = re.compile(r"\d{4}|\b\d{1,2}[./]\d{1,2}[./]\d{2}\b")
# A byline glued to the headline: lower-case word start, then 2–3 capitalised words to the line end.
_GLUED_BYLINE = re.compile(
    rf"(?<![{_UPPER}{_LOWER}])[{_LOWER}]{{2,}}(?P<byline>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})$"
)
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")

# Stems of frequent news words whose proper spelling has Turkish letters; their ASCII-typed forms
# ("Kirgizistan", "Cumhurbaskani", "Disisleri") are what a keyboard without those letters produces.
TURKISH_STEMS = (
    "cumhurbaşkan", "kırgızistan", "kırgız", "dışişleri", "başkan", "bakanlığ", "işbirliğ", "görüş",
    "güvenliğ", "uluslararası", "açıklama", "gerçekleştir", "yapılan", "yapılacak", "katıldı",
    "tarafından", "için", "toplantı", "anlaşma", "antlaşma", "barış", "büyükelçi", "başbakan",
    "bölgesel", "ilişki", "dolayısıyla", "amacıyla", "olduğunu", "karşı", "değerlendir",
)  # fmt: skip
# Keyboards without Turkish letters often still have ö, ü and ç (German or French layouts), so both
# the fully folded form and the form that loses only ı, ş and ğ count as ASCII-typed.
_FULL_FOLD = str.maketrans("ışğçöü", "isgcou")
_PARTIAL_FOLD = str.maketrans("ışğ", "isg")


def _ascii_forms(stem: str) -> frozenset[str]:
    return frozenset({stem.translate(_FULL_FOLD), stem.translate(_PARTIAL_FOLD)} - {stem})


_ASCII_STEMS = {stem: _ascii_forms(stem) for stem in TURKISH_STEMS}
# The stems (in their order) that a word can start with, by the word's first three letters: checking
# every stem against every word made this the slowest step of importing a Turkish text.
_PREFIX = 3
_STEMS_BY_PREFIX: dict[str, list[tuple[str, frozenset[str]]]] = {}
for _stem, _forms in _ASCII_STEMS.items():
    for _key in sorted({form[:_PREFIX] for form in (_stem, *_forms)}):
        _STEMS_BY_PREFIX.setdefault(_key, []).append((_stem, _forms))


@dataclass(frozen=True, slots=True)
class DocumentMetadata:
    """What the text says about itself; None where it says nothing (or nothing we recognise)."""

    title: str = ""
    pub_date: str | None = None  # ISO 8601 day, "2020-12-02"
    pub_date_raw: str | None = None  # the text the date was read from, "02.12.2020"
    source: str | None = None  # the agency or outlet, "AA", "Кабар"
    dateline_place: str | None = None  # "BISKEK", "Бишкек"
    author: str | None = None
    url: str | None = None
    ascii_turkish: bool = False
    language: str = "und"
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Found:
    """The values as they are found; the first finding of each wins, as the rules run best first."""

    pub_date: str | None = None
    pub_date_raw: str | None = None
    source: str | None = None
    dateline_place: str | None = None
    notes: list[str] = field(default_factory=list)

    def date(self, found: NormalizedDate | None, raw: str, where: str) -> None:
        if self.pub_date is not None or found is None or found.precision != "day" or found.is_range:
            return
        if not _HAS_YEAR.search(raw):
            # Kept raw only, and a later rule may still find a full date: a year guessed from today's
            # date would misdate every older article.
            if self.pub_date_raw is None:
                self.pub_date_raw = raw
            self.notes.append(f"date {raw!r} in {where} has no year; pub_date left empty")
            return
        self.pub_date, self.pub_date_raw = found.iso, raw
        self.notes.append(f"pub_date {found.iso} from {where}")

    def agency(self, agency: str, where: str) -> None:
        agency = agency.strip()
        if self.source is None and agency:
            self.source = agency
            self.notes.append(f"source {agency!r} from {where}")

    def place(self, place: str, where: str) -> None:
        place = place.strip()
        if self.dateline_place is None and place:
            self.dateline_place = place
            self.notes.append(f"dateline place {place!r} from {where}")


def _line_no(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _read_dates_and_sources(text: str, found: _Found) -> None:
    """The rules, most explicit first: a labelled metadata date beats a dateline beats a bare date."""
    head = text[:HEAD_CHARS]
    match = _META_DATE.match(text)
    if match:
        found.date(normalize_date(match.group(2)), match.group(2), f"the metadata field {match.group(1)!r}")
    match = _LABELLED_DATE.search(text)
    if match:
        where = f"the label {match.group(0)!r} (line {_line_no(text, match.start())})"
        found.date(normalize_date(match.group(1)), match.group(1), where)
    for match in _SLASH_DATELINE.finditer(head):
        raw = match.group("date").strip()
        stated = normalize_date(raw)
        if stated is None:
            continue  # "Word, words /x/" without a date is no dateline
        where = f"the dateline {match.group(0).strip()!r} (line {_line_no(text, match.start())})"
        found.place(match.group("place"), where)
        found.agency(match.group("agency"), where)
        found.date(stated, raw, where)
        break
    match = _PAREN_DATELINE.search(head)
    if match:
        where = f"the dateline {match.group(0).strip()!r} (line {_line_no(text, match.start())})"
        found.place(match.group("place"), where)
        found.agency(match.group("agency"), where)
    for match in _DATE_LINE.finditer(head):
        raw = match.group("date")
        dates = find_dates(raw)
        if len(dates) == 1 and (dates[0][0], dates[0][1]) == (0, len(raw)):
            where = f"the date line {match.group(0).strip()!r} (line {_line_no(text, match.start())})"
            found.date(dates[0][2], raw, where)
            break
    for match in _CREDIT_LINE.finditer(head):
        raw = match.group("date").strip()
        credited = normalize_date(raw)
        if credited is None or credited.precision != "day":
            continue
        where = f"the credit line {match.group(0).strip()!r} (line {_line_no(text, match.start())})"
        found.agency(match.group("agency"), where)
        found.date(credited, raw, where)
        following = [line.strip() for line in text[match.end() :].split("\n", 3)[1:3]]
        place = next((line for line in following if line), "")
        if _PLACE_LINE.fullmatch(place):
            found.place(place, f"the line below the credit line (line {_line_no(text, match.end()) + 1})")
        break
    if found.pub_date is None:
        for start, end, first in find_dates(text[:FIRST_DATE_CHARS]):
            raw = text[start:end]
            if first.precision == "day" and not first.is_range and _HAS_YEAR.search(raw):
                found.date(first, raw, f"the first full date in the lead (line {_line_no(text, start)})")
                break


def _blocks(text: str) -> list[list[str]]:
    """Paragraphs (runs of non-blank lines) of the head, each line stripped."""
    blocks: list[list[str]] = [[]]
    for line in text[:HEAD_CHARS].splitlines():
        line = line.strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _title_lines(text: str, notes: list[str]) -> tuple[str, str | None]:
    """The headline and the next line after it (to recognise a repeated headline)."""
    skipped_masthead = False
    for index, block in enumerate(_blocks(text)):
        lines = [line for line in block if len(_LETTER.findall(line)) >= 2]
        if not lines:
            continue  # a currency ticker, a bare number
        short = 0
        while short < len(lines) and len(lines[short].split()) <= MASTHEAD_MAX_WORDS:
            short += 1
        if len(lines) > 1 and short == len(lines):
            skipped_masthead = True
            continue
        if short >= 2:
            # PDF text loses blank lines, so a masthead can run straight into the headline's block.
            lines = lines[short:]
            skipped_masthead = True
        count = 1
        while (
            count < min(len(lines), TITLE_MAX_LINES)
            and lines[count - 1] == lines[count - 1].upper()
            and lines[count] == lines[count].upper()
            and len(" ".join(lines[: count + 1])) <= TITLE_JOIN_MAX_CHARS
        ):
            count += 1  # an upper-case headline hard-wrapped by PDF extraction
        if skipped_masthead:
            notes.append("title: masthead lines above the headline skipped")
        if count > 1:
            notes.append(f"title: {count} hard-wrapped lines joined")
        title = " ".join(lines[:count])
        following = lines[count] if count < len(lines) else None
        if following is None:
            later = _blocks(text)[index + 1 : index + 2]
            following = later[0][0] if later else None
        return title, following
    return "", None


def _split_byline(title: str, following: str | None, notes: list[str]) -> tuple[str, str | None]:
    """ "...kabul ettiNazir Aliyev Tayfur" → ("...kabul etti", "Nazir Aliyev Tayfur").

    Only where a lower-case word runs into 2–3 capitalised words ending the line, and the part before
    is the start of the repeated headline or a title of several words, so "McDonald" stays whole.
    """
    match = _GLUED_BYLINE.search(title)
    if not match:
        return title, None
    left, byline = title[: match.start("byline")], match.group("byline")
    repeated = following is not None and following.startswith(left) and following != left
    if not repeated and len(left.split()) < 3:
        return title, None
    notes.append(f"title: byline {byline!r} glued to the headline split off")
    return left.rstrip(), byline


def _turkish_fold(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower()


def looks_ascii_turkish(text: str) -> bool:
    """Whether Turkish `text` was typed without its letters ı, ş, ğ ("Kirgizistan Cumhurbaskani").

    Such text needs ASCII-tolerant matching of names and dates; it is recognised by frequent news
    words, counting their ASCII forms against their proper forms, so one "Aralik" in otherwise
    correct text does not count.
    """
    ascii_words = proper_words = 0
    for word in _WORD.findall(text[:ASCII_SAMPLE_CHARS]):
        folded = _turkish_fold(word)
        for stem, ascii_forms in _STEMS_BY_PREFIX.get(folded[:_PREFIX], ()):
            if folded.startswith(stem):
                proper_words += 1
                break
            if any(folded.startswith(form) for form in ascii_forms):
                ascii_words += 1
                break
    total = ascii_words + proper_words
    return ascii_words >= ASCII_MIN_WORDS and ascii_words / total >= ASCII_MIN_SHARE


def first_url(text: str) -> str | None:
    match = _URL.search(text)
    return match.group(0).rstrip(_URL_TRAILING) if match else None


def extract_metadata(text: str, *, language: str | None = None) -> DocumentMetadata:
    """Title, publication date, agency, dateline place, byline, URL and ASCII-Turkish flag of `text`.

    `language` is guessed when not given. Each value comes from the most explicit cue found (see
    `notes`); nothing is invented, so a missing cue leaves the value None.
    """
    language = language or guess_language(text)
    found = _Found()
    _read_dates_and_sources(text, found)
    notes = found.notes
    title, following = _title_lines(text, notes)
    meta_date = _META_DATE.match(title)
    if meta_date:
        title = title[meta_date.end() :]
        notes.append(f"title: the metadata field {meta_date.group(1)!r} left out")
    title, author = _split_byline(title, following, notes)
    url = first_url(text)
    if url:
        notes.append(f"url from line {_line_no(text, text.index(url))}")
    ascii_turkish = language == "tr" and looks_ascii_turkish(text)
    if ascii_turkish:
        notes.append("Turkish typed without diacritics (ı, ş, ğ)")
    return DocumentMetadata(
        title=title,
        pub_date=found.pub_date,
        pub_date_raw=found.pub_date_raw,
        source=found.source,
        dateline_place=found.dateline_place,
        author=author,
        url=url,
        ascii_turkish=ascii_turkish,
        language=language,
        notes=notes,
    )


def metadata_meta(metadata: DocumentMetadata) -> dict[str, object]:
    """The values a document has no column for, as meta entries; only those found, so meta stays small.

    `ascii_turkish` is kept for every Turkish document, since False there is an answer, not a gap.
    """
    meta: dict[str, object] = {
        key: value
        for key, value in (
            ("author", metadata.author),
            ("dateline_place", metadata.dateline_place),
            ("url", metadata.url),
        )
        if value is not None
    }
    if metadata.language == "tr":
        meta["ascii_turkish"] = metadata.ascii_turkish
    if metadata.notes:
        meta["metadata_notes"] = list(metadata.notes)
    return meta
