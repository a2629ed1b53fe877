"""Finding the same story twice: exact copies and near-duplicates (another agency's wording, a re-crawl).

Identical content hashes cannot occur (imports skip them), so what is left are copies that differ in
white space or case, and near-duplicates: the same article under another header, with a ticker or a
comment box around it. The search works in two passes so that no more than one batch of texts is in
memory at a time:

1. Every document is folded (`fold_for_matching`: case, Turkish dotted/dotless i, accents, white space),
   cut into word 5-gram shingles and summarised by a MinHash signature; the signature is cut into LSH
   bands, and documents that share a band become candidate pairs. Only the band keys and a digest of the
   folded text (for exact copies) are kept, never the texts.
2. The texts of the candidate documents are read again, in batches, and each pair is verified with the
   true Jaccard similarity of its shingle sets (or containment, for a re-crawl that wraps the article
   in boilerplate), so MinHash only decides what to compare, never what is reported.

Pure Python (no new dependency) with seeded hash functions, so the groups are the same on every run.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy
from sqlalchemy import ColumnElement, Row, func, select
from sqlmodel import col

from curator.core.domain import CuratorError
from curator.core.knowledge.base import fold_for_matching
from curator.core.storage.database import Project
from curator.core.storage.models import Document
from curator.core.text.signature_store import Signature, SignatureStore

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

SHINGLE_WORDS = 5
PERMUTATIONS = 128
# 32 bands of 4 rows: a pair with Jaccard 0.5 becomes a candidate with probability 0.87, one with 0.7 with
# 0.9998; low enough that a re-crawl contained in a longer page (Jaccard well below its containment)
# is still compared, while unrelated stories almost never share a band.
BANDS = 32
ROWS = PERMUTATIONS // BANDS
CONTAINMENT_THRESHOLD = 0.9
# Containment counts only when the smaller document has this many shingles: a two-line note whose words
# all occur in a long article is not a copy of it.
MIN_CONTAINMENT_SHINGLES = 10
BATCH_SIZE = 500
# Document meta key listing the ids a user kept separate from this document (services.keep_separate).
DISTINCT_KEY = "distinct_from"
_SEED = 20_240_405
# How the stored signatures were made (`signature_store`): change it with folding, shingling or hashing,
# so signatures of the old kind are never mixed with new ones.
PARAMETERS = f"fold1/{SHINGLE_WORDS}/{PERMUTATIONS}/{BANDS}/{_SEED}"
_WORD = re.compile(r"\w+")


def _packed_hash_functions() -> tuple[int, int]:
    """The seeded hash functions h_i(x) = ((a_i * x + b_i) mod 2**64) >> 32 (multiply-shift), packed.

    Each (a_i, b_i) sits in its own 128-bit lane of one big integer, wide enough that a_i * x + b_i never
    carries into the next lane, so a single big-int multiplication evaluates all PERMUTATIONS functions
    for a shingle: about four times faster in pure Python than a loop over (a*x + b) mod p.
    """
    rng = random.Random(_SEED)
    a_packed = b_packed = 0
    for lane in range(PERMUTATIONS):
        a_packed |= (rng.getrandbits(64) | 1) << (128 * lane)
        b_packed |= rng.getrandbits(64) << (128 * lane)
    return a_packed, b_packed


_A_PACKED, _B_PACKED = _packed_hash_functions()
_PACKED_BYTES = PERMUTATIONS * 16


class DuplicateSearchCancelled(CuratorError):
    """The caller's `is_cancelled()` turned true; nothing was written, so there is nothing to undo."""


@dataclass(frozen=True, slots=True)
class DuplicateMember:
    id: int
    title: str
    span_count: int
    length: int
    source: str | None = None
    pub_date: str | None = None


@dataclass(frozen=True, slots=True)
class PairSimilarity:
    """How alike two members are: Jaccard of the shingle sets, and the share of the smaller in the larger."""

    first_id: int
    second_id: int
    jaccard: float
    containment: float


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    kind: Literal["exact", "near"]
    members: tuple[DuplicateMember, ...]  # by id
    keeper_id: int
    pairs: tuple[PairSimilarity, ...]

    @property
    def document_ids(self) -> tuple[int, ...]:
        return tuple(member.id for member in self.members)

    def to_dict(self) -> dict:
        """Plain JSON-ready values (the CLI's --json, a future GUI view)."""
        return {
            "kind": self.kind,
            "keeper_id": self.keeper_id,
            "documents": [
                {"id": m.id, "title": m.title, "span_count": m.span_count, "length": m.length}
                for m in self.members
            ],
            "pairs": [
                {
                    "ids": [p.first_id, p.second_id],
                    "jaccard": round(p.jaccard, 4),
                    "containment": round(p.containment, 4),
                }
                for p in self.pairs
            ],
        }


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def folded_text(text: str) -> str:
    """The text as compared: case, Turkish i's, accents and white-space runs folded, ends stripped."""
    return fold_for_matching(text).strip()


def shingles(text: str) -> frozenset[int]:
    """64-bit hashes of the word 5-grams of the folded text, punctuation dropped."""
    return _shingles_of_folded(folded_text(text))


def _shingles_of_folded(folded: str) -> frozenset[int]:
    # A text of fewer than five words is one shingle (all its words), so short items can still match.
    words = _WORD.findall(folded)
    if not words:
        return frozenset()
    if len(words) < SHINGLE_WORDS:
        return frozenset((_hash64(" ".join(words)),))
    return frozenset(
        _hash64(" ".join(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def minhash(shingle_set: Iterable[int]) -> tuple[int, ...]:
    """The MinHash signature: for each seeded hash function, the least value over the shingles."""
    # Bits 32..63 of each 128-bit lane are the 32-bit uint at index 4*lane + 1 of the little-endian bytes.
    rows = [
        memoryview((_A_PACKED * x + _B_PACKED).to_bytes(_PACKED_BYTES, "little")).cast("I")[1::4].tolist()
        for x in shingle_set
    ]
    if not rows:
        return ()
    return tuple(map(min, *rows)) if len(rows) > 1 else tuple(rows[0])


def band_keys(signature: Sequence[int]) -> list[int]:
    """One hashable key per LSH band; two documents sharing any key are compared."""
    return [hash(tuple(signature[band * ROWS : (band + 1) * ROWS])) for band in range(BANDS)]


def similarity(first: frozenset[int], second: frozenset[int]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not first or not second:
        return 0.0, 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared), shared / min(len(first), len(second))


def is_duplicate_pair(first: frozenset[int], second: frozenset[int], threshold: float) -> bool:
    jaccard, containment = similarity(first, second)
    if jaccard >= threshold:
        return True
    return containment >= CONTAINMENT_THRESHOLD and min(len(first), len(second)) >= MIN_CONTAINMENT_SHINGLES


def suggested_keeper(members: Iterable[DuplicateMember]) -> int:
    """The document whose annotations are most worth keeping: most spans, then longest, then oldest id."""
    return max(members, key=lambda m: (m.span_count, m.length, -m.id)).id


def distinct_pairs(project: Project) -> set[tuple[int, int]]:
    """Pairs (lower id, higher id) a user said are no duplicates ("Keep separate"; meta["distinct_from"])."""
    pairs: set[tuple[int, int]] = set()
    with project.read() as session:
        kept_from = _meta_text(DISTINCT_KEY)
        rows = session.execute(select(col(Document.id), kept_from).where(kept_from.is_not(None))).all()
    for document_id, others in rows:
        for other in json.loads(others) if isinstance(others, str) else others or ():
            if isinstance(other, int) and other != document_id:
                pairs.add((min(document_id, other), max(document_id, other)))
    return pairs


def _meta_text(key: str) -> ColumnElement[str]:
    """meta[key] as SQL on either engine (SQLite's json_extract, PostgreSQL's ->>); NULL when missing.

    An array comes as its JSON text on both; `distinct_pairs` decodes it.
    """
    return col(Document.meta)[key].as_string()


def _unmerged() -> ColumnElement[bool]:
    # Documents merged away earlier carry meta["duplicate_of"]; they are resolved, so not reported again.
    return _meta_text("duplicate_of").is_(None)


def _iter_batches(
    project: Project, columns: Sequence, ids: Sequence[int] | None = None
) -> Iterator[Sequence[Row]]:
    """Rows in id order, BATCH_SIZE at a time, by keyset (or by the given ids): never the whole corpus."""
    with project.read() as session:
        if ids is not None:
            ordered = sorted(ids)
            for start in range(0, len(ordered), BATCH_SIZE):
                chunk = ordered[start : start + BATCH_SIZE]
                yield session.execute(
                    select(*columns).where(col(Document.id).in_(chunk)).order_by(col(Document.id))
                ).all()
            return
        last = 0
        while True:
            rows = session.execute(
                select(*columns)
                .where(col(Document.id) > last, _unmerged())
                .order_by(col(Document.id))
                .limit(BATCH_SIZE)
            ).all()
            if not rows:
                return
            yield rows
            last = rows[-1][0]


class _BandKeys:
    """Every document's LSH band keys, as int64 arrays (8 bytes a key) rather than a dict of lists per
    band (about 150 bytes a key: 700 MB for 100,000 documents); documents sharing a key are found by
    sorting each band's keys."""

    def __init__(self) -> None:
        self._ids: list[int] = []
        self._keys: list[list[int]] = []
        self._chunks: list[tuple[numpy.ndarray, numpy.ndarray]] = []

    def add(self, document_id: int, keys: list[int]) -> None:
        self._ids.append(document_id)
        self._keys.append(keys)
        if len(self._ids) == BATCH_SIZE:
            self._pack()

    def candidate_pairs(self) -> set[tuple[int, int]]:
        """(lower id, higher id) of every two documents sharing a band key."""
        self._pack()
        pairs: set[tuple[int, int]] = set()
        if not self._chunks:
            return pairs
        ids = numpy.concatenate([chunk_ids for chunk_ids, _ in self._chunks])
        keys = numpy.concatenate([chunk_keys for _, chunk_keys in self._chunks])
        self._chunks.clear()
        for band in range(BANDS):
            # A stable sort keeps a key's documents in the order they came: by id.
            order = numpy.argsort(keys[:, band], kind="stable")
            ordered = keys[order, band]
            starts = numpy.flatnonzero(numpy.concatenate(([True], ordered[1:] != ordered[:-1])))
            lengths = numpy.diff(numpy.append(starts, len(ordered)))
            # Most shared keys are shared by two documents: their pairs in one step, not a loop each.
            two = starts[lengths == 2]
            pairs.update(zip(ids[order[two]].tolist(), ids[order[two + 1]].tolist(), strict=True))
            for start, length in zip(
                starts[lengths > 2].tolist(), lengths[lengths > 2].tolist(), strict=True
            ):
                shared = ids[order[start : start + length]].tolist()
                pairs.update((a, b) for index, a in enumerate(shared) for b in shared[index + 1 :])
        return pairs

    def _pack(self) -> None:
        if self._ids:
            self._chunks.append(
                (numpy.array(self._ids, dtype=numpy.int64), numpy.array(self._keys, dtype=numpy.int64))
            )
            self._ids, self._keys = [], []


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            parent = self.parent[item] = self.find(parent)
        return parent

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def signature(text: str) -> Signature:
    """What the search keeps of a text: the digest of its folded text (b"" if that is empty), its LSH
    band keys (none when it has no words) and its shingle hashes, packed (compared for a candidate)."""
    folded = folded_text(text)
    if not folded:
        return b"", (), b""
    shingle_set = _shingles_of_folded(folded)
    minhashes = minhash(shingle_set)
    keys = tuple(band_keys(minhashes)) if minhashes else ()
    digest = hashlib.blake2b(folded.encode("utf-8"), digest_size=16).digest()
    return digest, keys, array("Q", shingle_set).tobytes()


def _signatures(store: SignatureStore, rows: Sequence[Row]) -> list[Signature]:
    """The signature of each (id, text) row: read from the store, computed (and kept) where missing."""
    documents = [(document_id, text) for document_id, text in rows]
    found = store.load(documents)
    made = [
        (document_id, text, signature(text))
        for (document_id, text), known in zip(documents, found, strict=True)
        if known is None
    ]
    store.save(made)
    computed = iter(made)
    return [known if known is not None else next(computed)[2] for known in found]


def find_duplicate_groups(
    project: Project,
    *,
    threshold: float = 0.8,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> list[DuplicateGroup]:
    """Groups of documents that are the same story: exact copies first, then near-duplicates, by lowest id.

    `threshold` is the least Jaccard similarity of word 5-gram sets for a near-duplicate; a document at
    least 90% contained in another also counts. `progress(done, total)` counts documents of the first
    pass; `is_cancelled()` is checked between batches and raises `DuplicateSearchCancelled`.
    """
    if not 0 < threshold <= 1:
        raise CuratorError(f"threshold must be above 0 and at most 1, not {threshold}")
    with project.read() as session:
        total = int(session.execute(select(func.count(col(Document.id))).where(_unmerged())).scalar_one())
    exact: dict[bytes, list[int]] = defaultdict(list)
    bands = _BandKeys()
    done = 0
    store = SignatureStore(project, PARAMETERS)
    try:
        for rows in _iter_batches(project, (col(Document.id), col(Document.text))):
            _check(is_cancelled)
            for document_id, (folded, keys, _) in zip(
                (row[0] for row in rows), _signatures(store, rows), strict=True
            ):
                if not folded:
                    continue
                copies = exact[folded]
                copies.append(document_id)
                if len(copies) > 1:
                    continue  # an exact copy joins through its first; its bands would only add pairs to check
                if keys:
                    bands.add(document_id, list(keys))
            done += len(rows)
            if progress is not None:
                progress(done, total)
    finally:
        store.close()

    exact_pairs: set[tuple[int, int]] = set()
    exact_of: dict[int, int] = {}
    for ids in exact.values():
        for document_id in ids:
            exact_of[document_id] = ids[0]
        exact_pairs.update((ids[0], other) for other in ids[1:])
    del exact
    candidates = bands.candidate_pairs()
    del bands
    candidates -= exact_pairs
    kept_apart = distinct_pairs(project)
    exact_pairs -= kept_apart
    candidates -= kept_apart

    shingle_sets: dict[int, bytes] = {}
    info: dict[int, DuplicateMember] = {}
    wanted = {i for pair in candidates | exact_pairs for i in pair}
    try:
        _load(project, wanted, shingle_sets, info, is_cancelled, store)
    finally:
        store.close()
    groups = _UnionFind()
    for first, second in exact_pairs:
        groups.union(first, second)
    for first, second in candidates:
        if is_duplicate_pair(_unpacked(shingle_sets[first]), _unpacked(shingle_sets[second]), threshold):
            groups.union(first, second)

    members_of: dict[int, list[int]] = defaultdict(list)
    for document_id in groups.parent:
        members_of[groups.find(document_id)].append(document_id)
    result: list[DuplicateGroup] = []
    for ids in members_of.values():
        if len(ids) < 2:
            continue
        ids.sort()
        members = tuple(info[i] for i in ids)
        kind: Literal["exact", "near"] = "exact" if len({exact_of[i] for i in ids}) == 1 else "near"
        pairs = tuple(
            PairSimilarity(
                a,
                b,
                *(
                    (1.0, 1.0)
                    if exact_of[a] == exact_of[b]
                    else similarity(_unpacked(shingle_sets[a]), _unpacked(shingle_sets[b]))
                ),
            )
            for index, a in enumerate(ids)
            for b in ids[index + 1 :]
        )
        result.append(DuplicateGroup(kind, members, suggested_keeper(members), pairs))
    result.sort(key=lambda group: (group.kind != "exact", group.members[0].id))
    return result


def _load(
    project: Project,
    ids: set[int],
    shingle_sets: dict[int, bytes],
    info: dict[int, DuplicateMember],
    is_cancelled: CancelCheck | None,
    store: SignatureStore,
) -> None:
    """Second pass: shingle sets (stored by the first, else computed) and list details of the candidates
    only, a batch of texts at a time."""
    columns = (
        col(Document.id), col(Document.text), col(Document.title), col(Document.span_count),
        col(Document.source), col(Document.pub_date),
    )  # fmt: skip
    for rows in _iter_batches(project, columns, ids=list(ids)):
        _check(is_cancelled)
        stored = store.shingles([(row[0], row[1]) for row in rows])
        for (document_id, text, title, span_count, source, pub_date), packed in zip(
            rows, stored, strict=True
        ):
            shingle_sets[document_id] = packed if packed is not None else array("Q", shingles(text)).tobytes()
            info[document_id] = DuplicateMember(document_id, title, span_count, len(text), source, pub_date)


def _unpacked(packed: bytes) -> frozenset[int]:
    """A candidate's shingle set, kept packed (8 bytes a shingle, not ~100 as a frozenset member: 170 MB
    for 100,000 one-sentence candidates) and unpacked for the pair being compared."""
    shingle_hashes = array("Q")
    shingle_hashes.frombytes(packed)
    return frozenset(shingle_hashes)


def _check(is_cancelled: CancelCheck | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise DuplicateSearchCancelled("duplicate search cancelled")
