"""The default knowledge base (resources/knowledge_base.json) and the folding used to match its names.

The knowledge base lists the canonical entities of the domain (states, capitals, regional organisations,
ministries, news agencies, office-holders named in the seed documents) with their names in every script
the corpus uses. It seeds a project's canonical entities and feeds the gazetteer, so it is validated on
load: a hand-edited file with a typo must fail with a message that names the entity and the field, not
with a KeyError deep inside the gazetteer.

Matching has to equate "Kırgızistan", "KIRGIZISTAN" and the ASCII-typed "Kirgizistan", and "ЖККУ" with
"жкку", while a match must still land on exact character offsets of the original text (spans are code
point offsets, see DOMAIN.md). `fold_with_offsets` therefore returns the folded text together with a map
from every folded character back to the original character that produced it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from curator.core.domain import CuratorError
from curator.core.project.resources import resource_path

KNOWLEDGE_BASE_RESOURCE = "knowledge_base.json"
FORMAT_VERSION = 1
ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "FAC")
ORG_SUBTYPES = ("IGO", "GOV", "MIL", "PARTY", "MEDIA")
# Checked with fullmatch: with re.match a trailing newline ("Q5\n") would pass the `$`.
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
# Entity ids are stable keys that projects store; keep them plain so they survive any export format.
ENTITY_ID = re.compile(r"^[a-z][a-z0-9_]*$")
REQUIRED_FIELDS = ("id", "name", "type", "subtype", "aliases", "wikidata", "notes")
OPTIONAL_FIELDS = ("sources",)
TOP_LEVEL_FIELDS = ("version", "description", "entities")


@dataclass(frozen=True, slots=True)
class KnowledgeEntity:
    """One canonical entity. `aliases` holds every other surface form (any script); `name` is matched too.

    `sources` says where a Wikidata id or an unusual alias was checked; it is for the people who maintain
    the file and never affects matching.
    """

    id: str
    name: str
    type: str
    subtype: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    notes: str
    sources: str = ""

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name followed by the aliases: everything a gazetteer should look for."""
        return (self.name, *self.aliases)


# --- Folding -------------------------------------------------------------------------------------------

# Turkish letters fold to their ASCII base so that text typed without the Turkish keyboard matches
# ("Cumhurbaskani" = "Cumhurbaşkanı"); the dotted/dotless i pairs are the reason a plain casefold is not
# enough ("I".casefold() is "i" but "ı" stays "ı", and "İ".casefold() is two code points).
_SPECIAL: dict[str, str] = {
    "İ": "i", "I": "i", "ı": "i", "i": "i",
    "Ş": "s", "ş": "s", "Ğ": "g", "ğ": "g", "Ç": "c", "ç": "c",
    "Ö": "o", "ö": "o", "Ü": "u", "ü": "u",
    "Â": "a", "â": "a", "Î": "i", "î": "i", "Û": "u", "û": "u",
    # Russian text writes ё as е more often than not; both must find "Объединённых".
    "Ё": "е", "ё": "е",
    # One apostrophe, so a suffix after "Çavuşoğlu’nun" looks like one after "Caparov'u"; ʻ is Uzbek.
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-",
}  # fmt: skip
# Invisible characters that PDF extraction and web pages leave inside words; they never separate words.
_IGNORABLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

_TEXT, _MARK, _SPACE, _IGNORE = 0, 1, 2, 3
_LATIN, _CYRILLIC, _OTHER = 0, 1, 2
_CACHE_LIMIT = 1 << 16
# char -> (kind, folded form, script of a base character)
_CHAR_INFO: dict[str, tuple[int, str, int]] = {}


def _script(char: str) -> int:
    name = unicodedata.name(char, "")
    if "LATIN" in name:
        return _LATIN
    if "CYRILLIC" in name:
        return _CYRILLIC
    return _OTHER


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _strip_marks(text: str) -> str:
    return "".join(char for char in text if not _is_mark(char))


def _classify(char: str) -> tuple[int, str, int]:
    """How one character folds on its own; cached because a corpus uses a few hundred distinct ones."""
    special = _SPECIAL.get(char)
    if special is not None:
        return _TEXT, special, _script(char)
    if char in _IGNORABLE:
        return _IGNORE, "", _OTHER
    if char.isspace():
        return _SPACE, " ", _OTHER
    if _is_mark(char):
        return _MARK, char, _OTHER
    script = _script(char)
    if script == _LATIN:
        # NFKD splits "é" into e + accent and "ﬁ" into f + i; casefold turns "ß" into "ss".
        folded = _strip_marks(unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold()))
        return _TEXT, folded, _LATIN
    # Cyrillic keeps its letters (й is not и, қ is not к): case is the only difference that matters.
    return _TEXT, char.casefold(), script


def _char_info(char: str) -> tuple[int, str, int]:
    info = _CHAR_INFO.get(char)
    if info is None:
        info = _classify(char)
        if len(_CHAR_INFO) < _CACHE_LIMIT:
            _CHAR_INFO[char] = info
    return info


def _fold_cyrillic_cluster(cluster: str) -> str:
    """A Cyrillic letter written decomposed ("и" + breve) folds like the precomposed one ("й").

    Marks that compose into nothing (a stress accent over "а") are dropped: they are not letters.
    """
    composed = unicodedata.normalize("NFC", cluster)
    return "".join(_char_info(char)[1] for char in composed if not _is_mark(char))


def _fold(text: str, offsets: list[int] | None) -> str:
    out: list[str] = []
    append = out.append
    info_cache = _CHAR_INFO
    cluster_start = -1  # original index of the base character the following marks attach to
    cluster_script = _OTHER
    last_was_space = False
    for index, char in enumerate(text):
        info = info_cache.get(char)
        kind, folded, script = info if info is not None else _char_info(char)
        if kind == _TEXT:
            append(folded)
            if offsets is not None:
                if len(folded) == 1:
                    offsets.append(index)
                else:
                    offsets.extend([index] * len(folded))
            cluster_start, cluster_script = index, script
            last_was_space = False
        elif kind == _SPACE:
            # Runs of white space (a PDF line break inside "Kırgız \nCumhuriyeti") become one space.
            if not last_was_space:
                append(" ")
                if offsets is not None:
                    offsets.append(index)
                last_was_space = True
            cluster_start, cluster_script = -1, _OTHER
        elif kind == _MARK:
            if cluster_start < 0 or cluster_script == _OTHER:
                # A mark with no Latin or Cyrillic base (start of text, after a space, Arabic, Devanagari)
                # stays: it may be a vowel sign that is part of the word.
                append(folded)
                if offsets is not None:
                    offsets.append(index)
                last_was_space = False
            elif cluster_script == _CYRILLIC:
                # Recompose the whole cluster: its earlier output (the last piece) is replaced.
                previous = len(out.pop())
                if offsets is not None and previous:
                    del offsets[-previous:]
                refolded = _fold_cyrillic_cluster(text[cluster_start : index + 1])
                append(refolded)
                if offsets is not None:
                    offsets.extend([cluster_start] * len(refolded))
            # A mark on a Latin base is an accent: dropped, as in the precomposed letter.
        # _IGNORE: contributes nothing and keeps the current cluster and space state.
    return "".join(out)


def fold_for_matching(text: str) -> str:
    """A key for case-, accent- and keyboard-insensitive matching of names in any of the corpus scripts.

    - Turkish: ı, İ, I, i all become "i"; ş→s, ğ→g, ç→c, ö→o, ü→u, â/î/û→a/i/u, so "Kırgızistan",
      "KIRGIZISTAN" and the ASCII-typed "Kirgizistan" share one key.
    - Other Latin letters: casefold, then NFKD with the combining marks removed ("Szijjártó" → "szijjarto",
      "straße" → "strasse").
    - Cyrillic: casefold only, so Kazakh and Kyrgyz letters (қ, ө, ү, ұ, й) stay distinct; ё → е.
    - Curly and modifier apostrophes become "'", and every run of white space becomes one space.

    The folded text can be longer or shorter than the original; use `fold_with_offsets` to map back.
    """
    return _fold(text, None)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold like `fold_for_matching` and map each folded character to the original character it came from.

    `offsets[k]` is the index in `text` of the character that produced `folded[k]`; characters that fold
    to several ("ß" → "ss") repeat their index, and characters that fold to nothing (an accent written as
    a separate mark, a soft hyphen, the second space of a run) appear in no entry. Use `original_span` to
    turn a match in the folded text into exact offsets in `text`.
    """
    offsets: list[int] = []
    return _fold(text, offsets), offsets


def original_span(text: str, offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The span of `text` that produced `folded[start:end]`, widened to whole characters.

    The end includes any combining marks that belong to the last character ("s" + cedilla), so a span
    never cuts a letter in two; a match that ends inside an expansion ("stras" of "straße") ends after it.
    """
    if not 0 <= start < end <= len(offsets):
        raise ValueError(f"folded span {start}..{end} is empty or outside 0..{len(offsets)}")
    last = offsets[end - 1]
    stop = last + 1
    while stop < len(text) and _is_mark(text[stop]):
        stop += 1
    return offsets[start], stop


def alias_key(alias: str) -> str:
    """The lookup key of a name or alias: its folded form without surrounding white space."""
    return fold_for_matching(alias).strip()


# --- Loading and validation ----------------------------------------------------------------------------


def _reject_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """json.loads keeps the last of two equal keys silently; in a hand-edited file that hides a mistake."""
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise CuratorError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _string(value: object, where: str, field: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise CuratorError(f"{where}: {field!r} must be a string, not {type(value).__name__}")
    value = value.strip()
    if not value and not allow_empty:
        raise CuratorError(f"{where}: {field!r} is empty")
    return value


def _entity(item: object, position: int, source: str) -> KnowledgeEntity:
    where = f"{source}: entity #{position}"
    if not isinstance(item, Mapping):
        raise CuratorError(f"{where} must be an object, not {type(item).__name__}")
    raw_id = item.get("id")
    if isinstance(raw_id, str) and raw_id:
        where = f"{where} ({raw_id})"
    missing = [field for field in REQUIRED_FIELDS if field not in item]
    if missing:
        raise CuratorError(f"{where}: missing field {', '.join(repr(f) for f in missing)}")
    unknown = sorted(set(item) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS))
    if unknown:
        allowed = ", ".join(REQUIRED_FIELDS + OPTIONAL_FIELDS)
        raise CuratorError(
            f"{where}: unknown field {', '.join(repr(f) for f in unknown)} (allowed: {allowed})"
        )

    entity_id = _string(item["id"], where, "id")
    if not ENTITY_ID.fullmatch(entity_id):
        raise CuratorError(
            f"{where}: id {entity_id!r} must be lower-case letters, digits and _ (e.g. org_csto)"
        )
    name = _string(item["name"], where, "name")
    entity_type = _string(item["type"], where, "type")
    if entity_type not in ENTITY_TYPES:
        raise CuratorError(f"{where}: type {entity_type!r} is not one of {', '.join(ENTITY_TYPES)}")

    subtype = item["subtype"]
    if subtype is not None:
        subtype = _string(subtype, where, "subtype")
        if entity_type != "ORG":
            raise CuratorError(f"{where}: only ORG entities have a subtype (this one is {entity_type})")
        if subtype not in ORG_SUBTYPES:
            raise CuratorError(f"{where}: subtype {subtype!r} is not one of {', '.join(ORG_SUBTYPES)}")

    raw_aliases = item["aliases"]
    if not isinstance(raw_aliases, list):
        raise CuratorError(f"{where}: 'aliases' must be a list of strings, not {type(raw_aliases).__name__}")
    aliases: list[str] = []
    for alias_position, raw_alias in enumerate(raw_aliases, start=1):
        alias = _string(raw_alias, where, f"aliases[{alias_position}]")
        if alias != name and alias not in aliases:
            aliases.append(alias)
    for form in (name, *aliases):
        if not alias_key(form):
            raise CuratorError(f"{where}: {form!r} has nothing left to match once folded")

    wikidata = item["wikidata"]
    if wikidata is not None:
        if not isinstance(wikidata, str) or not WIKIDATA_ID.fullmatch(wikidata):
            raise CuratorError(
                f"{where}: wikidata {wikidata!r} is not a Wikidata item id like Q318693 (or null)"
            )

    notes = _string(item["notes"], where, "notes", allow_empty=True)
    sources = _string(item.get("sources", ""), where, "sources", allow_empty=True)
    return KnowledgeEntity(entity_id, name, entity_type, subtype, tuple(aliases), wikidata, notes, sources)


def parse_knowledge_base(data: object, source: str = "knowledge base") -> list[KnowledgeEntity]:
    """Validate already-decoded JSON and build the entities; `source` prefixes every error message."""
    if not isinstance(data, Mapping):
        raise CuratorError(f"{source}: the top level must be an object with an 'entities' list")
    unknown = sorted(set(data) - set(TOP_LEVEL_FIELDS))
    if unknown:
        raise CuratorError(f"{source}: unknown top-level field {', '.join(repr(f) for f in unknown)}")
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise CuratorError(f"{source}: 'version' must be {FORMAT_VERSION}, found {version!r}")
    items = data.get("entities")
    if not isinstance(items, list):
        raise CuratorError(f"{source}: 'entities' must be a list")

    entities: list[KnowledgeEntity] = []
    seen_ids: dict[str, int] = {}
    seen_wikidata: dict[str, str] = {}
    for position, item in enumerate(items, start=1):
        entity = _entity(item, position, source)
        if entity.id in seen_ids:
            first = seen_ids[entity.id]
            raise CuratorError(
                f"{source}: entity #{position}: duplicate id {entity.id!r} (also entity #{first})"
            )
        seen_ids[entity.id] = position
        if entity.wikidata is not None:
            if entity.wikidata in seen_wikidata:
                raise CuratorError(
                    f"{source}: entity #{position} ({entity.id}): wikidata {entity.wikidata} is already "
                    f"the id of {seen_wikidata[entity.wikidata]!r}"
                )
            seen_wikidata[entity.wikidata] = entity.id
        entities.append(entity)
    return entities


def load_knowledge_base(path: Path | str) -> list[KnowledgeEntity]:
    """Read and validate a knowledge base file; every problem is a CuratorError naming the file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CuratorError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    except OSError as error:
        raise CuratorError(f"{path}: cannot read the knowledge base ({error.strerror or error})") from error
    try:
        data = json.loads(raw, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as error:
        raise CuratorError(
            f"{path}: not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from error
    except CuratorError as error:
        raise CuratorError(f"{path}: {error}") from error
    return parse_knowledge_base(data, str(path))


def load_default_knowledge_base() -> list[KnowledgeEntity]:
    """The knowledge base shipped in resources/, validated like any user file."""
    return load_knowledge_base(resource_path(KNOWLEDGE_BASE_RESOURCE))


def build_alias_index(entities: Iterable[KnowledgeEntity]) -> dict[str, tuple[KnowledgeEntity, ...]]:
    """Folded key -> the entities that have a name or alias with that key, in knowledge-base order.

    A key can belong to several entities (e.g. a PER and a GPE); the caller chooses by type or context.
    """
    index: dict[str, list[KnowledgeEntity]] = {}
    for entity in entities:
        for form in entity.surface_forms:
            bucket = index.setdefault(alias_key(form), [])
            if entity not in bucket:
                bucket.append(entity)
    return {key: tuple(bucket) for key, bucket in index.items()}


def lookup(index: Mapping[str, tuple[KnowledgeEntity, ...]], text: str) -> tuple[KnowledgeEntity, ...]:
    """The entities whose name or alias folds exactly like `text` (no suffix stripping)."""
    return index.get(alias_key(text), ())
