"""A text's tokens as the JSONL export writes them, made once and kept beside the tokens in the token store.

Formatting ~27 token objects a document was a quarter of a JSONL export, giving the same text the same
JSON every time. `json_tokens` formats them once, with each token's id left as `%d`: the id of a token
moves when a span cuts a token before it (`curator.core.exporters.alignment`), so the export fills the
ids in with one `%` (and formats only the pieces of tokens a span cuts). The tokens are separated by
`TOKEN_SEPARATOR`, which JSON strings never hold raw (it is escaped as `\\u001e`), so the export can take
them apart again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from itertools import chain

TOKEN_SEPARATOR = "\x1e"
# What `json.dumps(..., ensure_ascii=False)` does to a string, and the object of one token, its id to fill in.
encode_string = json.encoder.encode_basestring
_TOKEN = '{"text": %s, "start": %d, "end": %d, "id": %%d, "ws": %s}'
JSON_BOOLEANS = ("false", "true")
_TEMPLATES: dict[int, str] = {}  # `json_tokens`' templates by token count, up to:
_TEMPLATES_KEPT = 500


def token_object(word: str, start: int, end: int, space: object) -> str:
    """One token's JSON object, its id `%d` (and any % of its word doubled, for that `%`)."""
    return _TOKEN % (encode_string(word).replace("%", "%%"), start, end, JSON_BOOLEANS[bool(space)])


def json_tokens(text: str, starts: Sequence[int], ends: Sequence[int], spaces: Sequence[bool]) -> str:
    """The tokens of `text` (their offsets and trailing spaces) as `token_object`s, `TOKEN_SEPARATOR`
    between them: formatted with one `%` into a template kept per token count (a call per token cost
    as much again as tokenizing)."""
    count = len(starts)
    template = _TEMPLATES.get(count)
    if template is None:
        template = TOKEN_SEPARATOR.join([_TOKEN] * count)
        if count <= _TEMPLATES_KEPT:
            _TEMPLATES[count] = template
    words: Iterable[str] = map(encode_string, map(text.__getitem__, map(slice, starts, ends)))
    if "%" in text:
        words = [word.replace("%", "%%") for word in words]
    booleans = map(JSON_BOOLEANS.__getitem__, spaces)
    return template % tuple(chain.from_iterable(zip(words, starts, ends, booleans, strict=True)))
