"""The lead paragraph (standfirst, spot, announce) that sits between a headline and the article body.

trafilatura, tuned for precision, drops the lead on about one news page in six: it is often a `div`
or an `h2` outside the body's container, styled as a subtitle. The lead is the story in one sentence
(who met whom, where) and carries the entities an annotator tags first, so losing it loses data.

Putting it back must not let boilerplate in, so a block is taken as the lead only when all of these
hold: it comes after the page's headline (`h1`) and before the first block of the extracted body; its
class, id or itemprop says lead-like (`lead`, `standfirst`, `spot`, `announce`, `intro`, ...) or its
text is the page's own meta description shown on the page; it is prose (several words, not mostly
links); and neither it nor any ancestor is a caption, figure, navigation, share box, related-links list,
comment box or byline. A meta description that the page does not show is never used: it is not part of
what the reader saw. Blocks inside the body that link to other stories ("Читайте также: ...") are taken
out before extraction by the same class test.
"""

from __future__ import annotations

import re
from copy import deepcopy

import lxml.html

# class/id/itemprop words that name a lead; matched as whole words of the attribute (split on - _ space).
_LEAD_WORDS = frozenset(
    """lead standfirst spot spotu announce anons intro summary excerpt deck subtitle subheadline
    subheading second-title sapo ozet description abstract teaser""".split()
)
# Words that mark boilerplate: an element carrying one, or inside one, is never the lead.
_REJECT_WORDS = frozenset(
    """caption figcaption credit copyright photo foto image img media video player gallery related
    readalso read-also read-more readmore also ilgili benzer similar more comment comments yorum
    disqus share social tags tag etiket topics breadcrumb menu nav cookie banner advert ad ads
    reklam promo newsletter subscribe signup author byline date time meta info ticker rates currency
    kur kurlar sidebar widget footer popular most-read""".split()
)
# Inline "see also" blocks inside the body: dropped from the tree before extraction.
_SEE_ALSO_WORDS = frozenset("readalso read-also read-more readmore inline-related see-also".split())
_REJECT_TAGS = frozenset("nav aside footer figure figcaption form button label select textarea a".split())
_CANDIDATE_TAGS = frozenset("p div h2 h3 h4 h5 h6 span strong b section".split())
_WORD_SPLIT = re.compile(r"[\s_]+")
_SPACE = re.compile(r"\s+")
MIN_WORDS = 6
MAX_LEAD_CHARS = 1_000
MAX_LINK_SHARE = 0.3
# Blocks looked at after the headline before giving up: leads sit right under it.
MAX_BLOCKS_AFTER_HEADLINE = 40


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _words(element: lxml.html.HtmlElement) -> set[str]:
    """The element's class, id and itemprop as lower-case words and every dashed run of their parts.

    `tn-read-more` gives `tn`, `read`, `more`, `tn-read`, `read-more` and `tn-read-more`, and
    `article__second-title` gives `article`, `second-title` and the rest: CSS names are built that way.
    """
    raw = " ".join(element.get(name) or "" for name in ("class", "id", "itemprop")).lower()
    words: set[str] = set()
    for word in _WORD_SPLIT.split(raw):
        for block in word.split("__"):
            parts = [part for part in block.split("-") if part]
            for start in range(len(parts)):
                for end in range(start + 1, len(parts) + 1):
                    words.add("-".join(parts[start:end]))
    return words


def _rejected(element: lxml.html.HtmlElement) -> bool:
    node: lxml.html.HtmlElement | None = element
    while node is not None and isinstance(node.tag, str):
        if node.tag.lower() in _REJECT_TAGS or _words(node) & _REJECT_WORDS:
            return True
        node = node.getparent()
    return False


def _link_share(element: lxml.html.HtmlElement, text: str) -> float:
    linked = sum(len(_squash(link.text_content())) for link in element.iter("a"))
    return linked / max(len(text), 1)


def _see_also(element: lxml.html.HtmlElement) -> bool:
    return isinstance(element.tag, str) and bool(_SEE_ALSO_WORDS & _words(element))


def drop_see_also(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the tree without inline "see also" blocks, or the tree itself when it has none."""
    if not any(_see_also(element) for element in tree.iter()):
        return tree
    tree = deepcopy(tree)
    for element in [element for element in tree.iter() if _see_also(element)]:
        if element.getparent() is not None:
            element.drop_tree()
    return tree


def _headline(tree: lxml.html.HtmlElement, title: str) -> lxml.html.HtmlElement | None:
    """The `h1` that shows the title (or the only `h1`), where the lead search starts."""
    headlines = [h for h in tree.iter("h1") if not _rejected(h)]
    wanted = _squash(title)
    for headline in headlines:
        shown = _squash(headline.text_content())
        if shown and wanted and (shown in wanted or wanted in shown):
            return headline
    return headlines[0] if len(headlines) == 1 else None


def _holds_boilerplate(element: lxml.html.HtmlElement) -> bool:
    """A block wrapping a caption or a credit ("© РИА Новости / ...") is a picture, not a lead."""
    return any(
        isinstance(inner.tag, str) and _words(inner) & _REJECT_WORDS for inner in element.iterdescendants()
    )


def _is_lead(element: lxml.html.HtmlElement, text: str, description: str) -> bool:
    if len(text.split()) < MIN_WORDS or len(text) > MAX_LEAD_CHARS or _rejected(element):
        return False
    if _holds_boilerplate(element):
        return False
    if _link_share(element, text) > MAX_LINK_SHARE:
        return False
    return bool(_words(element) & _LEAD_WORDS) or (bool(description) and text == description)


def find_lead(tree: lxml.html.HtmlElement, title: str, body: str, description: str | None) -> str | None:
    """The lead under the headline that the extracted `body` lacks, or None.

    `description` is the page's meta description; it only helps recognise a block shown on the page.
    """
    headline = _headline(tree, title)
    if headline is None:
        return None
    squashed_body = _squash(body)
    wanted_description = _squash(description or "")
    inside = set(headline.iter())
    seen_headline = False
    blocks = 0
    for element in tree.iter():
        if element is headline:
            seen_headline = True
            continue
        if not seen_headline or element in inside or not isinstance(element.tag, str):
            continue
        if element.tag.lower() not in _CANDIDATE_TAGS:
            continue
        text = _squash(element.text_content())
        if not text:
            continue
        blocks += 1
        if blocks > MAX_BLOCKS_AFTER_HEADLINE or text in squashed_body:
            return None  # reached the body (or went too far): the lead, if any, is not missing
        if _is_lead(element, text, wanted_description):
            return text
    return None


def with_lead(text: str, title: str, lead: str) -> str:
    """The text with the lead right after the headline line (or first, when the text has no headline)."""
    if title and text.startswith(title):
        head, _, rest = text.partition("\n")
        return f"{head}\n{lead}\n{rest}" if rest else f"{head}\n{lead}"
    return f"{lead}\n{text}"
