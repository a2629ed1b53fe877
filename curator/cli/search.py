"""`curator search`: find text across the corpus, print the hits in context, optionally tag them all.

curator search "Bişkek lang:tr"                  (hits, with the tags already on them)
curator search Бишкек --whole-word --tag GPE     (tag every hit; one undo step in the window's history)
curator search 'ШК[УО]' --regex --json --limit 50
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json

if TYPE_CHECKING:
    from curator.core.search.corpus import SearchResult
    from curator.core.services.search_tags import BulkResult

EXIT_OK, EXIT_USAGE = 0, 2


def _positive(value: str) -> int:
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "search",
        help="find text in every document (case, accents and Turkish ı/i folded; case endings allowed)",
        description=(
            "QUERY may carry filters: lang:CODE, status:STATUS, label:NAME (hits already tagged NAME;"
            " label:none for untagged ones)."
        ),
    )
    parser.add_argument("query", metavar="QUERY", help="the text to find, with any filters")
    parser.add_argument(
        "--tag", metavar="LABEL", help="tag every hit with LABEL (skips what is tagged already)"
    )
    parser.add_argument("--regex", action="store_true", help="QUERY is a regular expression (case ignored)")
    parser.add_argument(
        "--whole-word", action="store_true", help="the match must end the word (a case ending may follow)"
    )
    parser.add_argument(
        "--limit", type=_positive, default=500, metavar="N", help="at most N hits (default 500)"
    )
    parser.add_argument("--reindex", action="store_true", help="rebuild the search index first")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def _as_json(result: SearchResult, tagged: BulkResult | None) -> dict[str, object]:
    data: dict[str, object] = {
        "hits": [
            {
                "document_id": hit.document_id, "title": hit.title, "start": hit.start, "end": hit.end,
                "left": hit.left, "match": hit.match, "right": hit.right,
                "tags": [{"span_id": tag.span_id, "label": tag.label, "start": tag.start, "end": tag.end}
                         for tag in hit.tags],
            }
            for hit in result.hits
        ],
        "truncated": result.truncated,
    }  # fmt: skip
    if tagged is not None:
        data["tagged"] = tagged.done
        data["skipped"] = dict(tagged.skipped)
    return data


def _summary(result: SearchResult) -> str:
    hits, documents = len(result.hits), len({hit.document_id for hit in result.hits})
    line = f"{hits} hit{'s' * (hits != 1)} in {documents} document{'s' * (documents != 1)}"
    return line + (" (limit reached: raise --limit to see more)" if result.truncated else "")


def run(args: argparse.Namespace) -> int:
    from curator.core.search.corpus import search_corpus
    from curator.core.search.index import SearchIndex
    from curator.core.search.query import parse_query
    from curator.core.services.search_tags import HitRef, tag_hits

    query = parse_query(args.query, regex=args.regex, whole_word=args.whole_word)
    if not query.pattern.text:
        echo("error: QUERY has only filters; say what to find", file=sys.stderr)
        return EXIT_USAGE
    tagged = None
    with open_project(args) as project:
        index = SearchIndex(project)
        try:
            if args.reindex:
                index.rebuild()
            result = search_corpus(project, query, limit=args.limit, index=index)
        finally:
            index.close()
        if args.tag is not None and result.hits:
            refs = [HitRef(hit.document_id, hit.start, hit.end) for hit in result.hits]
            tagged = tag_hits(project, refs, args.tag)
    if args.json:
        echo_json(_as_json(result, tagged))
        return EXIT_OK
    for hit in result.hits:
        tags = f"  [{hit.labels}]" if hit.tags else ""
        echo(f"{hit.document_id} {hit.title}: {hit.left}«{hit.match}»{hit.right}{tags}")
    echo(_summary(result))
    if tagged is not None:
        reasons = ", ".join(f"{reason}: {count}" for reason, count in sorted(tagged.skipped.items()))
        echo(
            f"tagged {tagged.done} as {args.tag}; skipped {tagged.skipped_total}"
            + (f" ({reasons})" if reasons else "")
        )
    return EXIT_OK
