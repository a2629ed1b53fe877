"""Curator's translation catalogues: resources/translations/curator_<code>.ts, compiled to .qm beside them.

    python packaging/translations.py update             re-read the strings of curator/ into every .ts
    python packaging/translations.py merge PART.ts ...  copy finished translations from part files in
    python packaging/translations.py release            compile every .ts to its .qm
    python packaging/translations.py check              what is unfinished, obsolete or missing (exit 1)

`update` runs pyside6-lupdate over every module of curator/ (it finds only `tr`, `translate` and
`QT_TRANSLATE_NOOP` calls, so modules without user strings cost nothing): new strings come in
unfinished, translations of unchanged strings are kept, and strings gone from the code are dropped
(-no-obsolete) rather than left as obsolete entries. No source locations are written, so a .ts changes
only when a string does and branches that wrap different modules merge without conflicts.

`merge` is how parts translated separately (resources/translations/parts/<who>_<code>.ts, one per group
of modules) come into curator_<code>.ts: a finished message of a part replaces the message with the same
context, source and comment; unfinished ones and ones the catalogue does not have (run `update` first)
are counted and named, never guessed at.

The .qm files are committed (a fresh clone, a wheel and the PyInstaller build show Turkish without a build
step); tests/ui/test_translations.py checks that each is what `release` makes of its .ts today.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "curator"
DEFAULT_LANGUAGES = ("en", "ru", "tr")
SOURCE_LANGUAGE = "en"  # the code's own: its catalogue holds only the plural forms of "%n document(s)"
Key = tuple[str, str, str]  # context, source, comment


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease of the Python that runs this (the venv's), else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found beside {sys.executable} or on PATH (it comes with PySide6)")
    return found


def catalogues(folder: Path = FOLDER) -> list[Path]:
    """Every curator_<code>.ts there is, and those of the default languages (made by `update`)."""
    defaults = {folder / f"curator_{code}.ts" for code in DEFAULT_LANGUAGES}
    return sorted(defaults | set(folder.glob("curator_*.ts")))


def source_files(sources: Path = SOURCES) -> list[Path]:
    return sorted(path for path in sources.rglob("*.py") if "__pycache__" not in path.parts)


def lupdate(ts_files: list[Path], sources: Path = SOURCES) -> None:
    """Read the strings of `sources` into `ts_files`, keeping their translations (see the module text)."""
    english = [ts for ts in ts_files if ts.stem.endswith(f"_{SOURCE_LANGUAGE}")]
    others = [ts for ts in ts_files if ts not in english]
    for ts in others or [Path(tempfile.mkdtemp()) / "plurals_tr.ts"]:
        ts.parent.mkdir(parents=True, exist_ok=True)
        language = ts.stem.rsplit("_", 1)[1]
        plurals = _unmark_plurals(ts) if ts.exists() else {}
        command = [tool("pyside6-lupdate"), *map(str, source_files(sources)), "-no-obsolete",
                   "-locations", "none", "-target-language", language, "-ts", str(ts)]  # fmt: skip
        subprocess.run(command, check=True, capture_output=True, text=True)
        mark_plurals(ts, plurals)
        others = others or [ts]
    for ts in english:
        english_plurals(others[0], ts)


def mark_plurals(ts: Path, before: dict[Key, ET.Element] | None = None) -> None:
    """Mark every message with %n as a plural one. lupdate's Python parser marks only a call whose count
    is a number literal (`translate("C", "%n file(s)", "", 3)`), not one with a variable, which is every
    real call; unmarked, a language with several forms (Russian) would get one. A translation written
    before as plain text becomes the first form; `before` (from `_unmark_plurals`) gives back each
    plural message's forms as they were."""
    tree = ET.parse(ts)
    changed = False
    for key, message in messages(tree).items():
        if "%n" not in (message.findtext("source") or ""):
            continue
        translation = message.find("translation")
        if before and key in before:  # whatever lupdate made of it (a literal count it sees as plural)
            changed = True
            message.set("numerus", "yes")
            if translation is not None:
                message.remove(translation)
            message.append(before[key])
            continue
        if message.get("numerus") == "yes":
            continue
        changed = True
        message.set("numerus", "yes")
        if translation is None:
            translation = ET.SubElement(message, "translation", type="unfinished")
        form = ET.SubElement(translation, "numerusform")
        form.text, translation.text = translation.text, None
    if changed:
        write(tree, ts)


def _unmark_plurals(ts: Path) -> dict[Key, ET.Element]:
    """Make the plural messages of `ts` plain ones again before lupdate reads it (it sees the calls as
    plain and would otherwise mark every plural message unfinished); their translations, to give back."""
    tree = ET.parse(ts)
    kept = {}
    for key, message in messages(tree).items():
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        kept[key] = ET.fromstring(ET.tostring(translation))
        del message.attrib["numerus"]
        forms = translation.findall("numerusform")
        translation.text = forms[0].text if forms else translation.text
        for form in forms:
            translation.remove(form)
    if kept:
        write(tree, ts)
    return kept


def english_plurals(model: Path, ts: Path) -> None:
    """English's catalogue: only the plural messages, read from another language's catalogue (lupdate
    marks no message of an English target as plural, and its -pluralonly drops every message of a Python
    source, PySide 6.11), with English's two forms made from the source's marker: "%n document(s)" is
    "%n document" and "%n documents", "(es)" likewise; one without a marker keeps the forms written
    before, else is its own source in both forms."""
    before = messages(ET.parse(ts)) if ts.exists() else {}
    tree = ET.parse(model)
    root = tree.getroot()
    root.set("language", SOURCE_LANGUAGE)
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            message.append(_english_forms(source, before.get((name, source, comment))))
        if not context.findall("message"):
            root.remove(context)
    ts.parent.mkdir(parents=True, exist_ok=True)
    write(tree, ts)


def _english_forms(source: str, before: ET.Element | None) -> ET.Element:
    marker = next((m for m in ("(s)", "(es)") if m in source), None)
    if marker is None and before is not None and state(before) == "finished":
        return ET.fromstring(ET.tostring(before.find("translation")))
    translation = ET.Element("translation")
    if marker is None:  # "%n spans", said only of several (the code picks it): right as it is
        for _form in range(2):
            ET.SubElement(translation, "numerusform").text = source
        return translation
    for ending in ("", marker[1:-1]):
        ET.SubElement(translation, "numerusform").text = source.replace(marker, ending)
    return translation


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    command = [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, text=True)
    return qm


# --- reading a .ts ------------------------------------------------------------------------------------


def messages(tree: ET.ElementTree) -> dict[Key, ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def state(message: ET.Element) -> str:
    """ "finished", or the translation's type: "unfinished", "obsolete", "vanished"."""
    translation = message.find("translation")
    kind = translation.get("type") if translation is not None else "unfinished"
    if kind is None and translation is not None and not _has_text(translation):
        return "unfinished"
    return kind or "finished"


def _has_text(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def problems(ts: Path) -> dict[str, list[Key]]:
    """The messages of `ts` that are not finished, by their state."""
    found: dict[str, list[Key]] = {}
    for key, message in messages(ET.parse(ts)).items():
        kind = state(message)
        if kind != "finished":
            found.setdefault(kind, []).append(key)
    return found


def missing(ts: Path, sources: Path = SOURCES) -> list[Key]:
    """Strings lupdate finds in `sources` today that `ts` does not have (it was not updated since)."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts.name
        lupdate([fresh], sources)
        have = messages(ET.parse(ts)).keys()
        return sorted(key for key in messages(ET.parse(fresh)) if key not in have)


def code_strings(sources: Path = SOURCES) -> list[tuple[str, int, Key | None]]:
    """Every `self.tr`, `QCoreApplication.translate` and `QT_TRANSLATE_NOOP` call of `sources` with
    its file, line and key; the key is None when the text is not a plain literal (an f-string, a "+"),
    which no catalogue can hold."""
    found = []
    for path in source_files(sources):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, context in _calls(tree, ""):
            key = _key(node, context)
            if key is not False:
                found.append((str(path.relative_to(sources.parent)), node.lineno, key or None))
    return found


def _calls(node: ast.AST, context: str) -> Iterator[tuple[ast.Call, str]]:
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else context
        if isinstance(child, ast.Call):
            yield child, context
        yield from _calls(child, inner)


def _key(call: ast.Call, context: str) -> Key | None | bool:
    """The call's key; None for a text that is not a literal; False for a call that is not ours."""
    function = call.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    if name == "tr" and isinstance(function, ast.Attribute) and call.args:
        text, comment = call.args[0], call.args[1] if len(call.args) > 1 else None
    elif name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
        if not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
            return False  # translate(context_variable, …): not a call lupdate or this can read
        context = call.args[0].value
        text, comment = call.args[1], call.args[2] if len(call.args) > 2 else None
    else:
        return False
    if isinstance(text, ast.Name | ast.Attribute | ast.Subscript | ast.Call):
        return False  # a variable: its literal is marked where it is written (QT_TRANSLATE_NOOP)
    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        return None
    note = comment.value if isinstance(comment, ast.Constant) and isinstance(comment.value, str) else ""
    return context, text.value, note


def unseen(ts: Path, sources: Path = SOURCES) -> list[str]:
    """Translated texts of the code that `ts` lacks because lupdate cannot see them: an f-string or a
    sum as the text, or a call inside the arguments (`tr("%n file(s)", "", len(files))`, PySide 6.11)."""
    have = {(context, source) for context, source, _comment in messages(ET.parse(ts))}
    lost = []
    for where, line, key in code_strings(sources):
        if key is None:
            lost.append(f"{where}:{line}: the text is not a plain string literal")
        elif (key[0], key[1]) not in have:
            lost.append(f"{where}:{line}: {key[0]}: {key[1]!r} (lupdate does not see it)")
    return lost


# --- merging parts ------------------------------------------------------------------------------------


@dataclass
class Merged:
    copied: int = 0
    unfinished: list[Key] = field(default_factory=list)  # in a part, not translated there
    unknown: list[Key] = field(default_factory=list)  # in a part, not in the catalogue
    differing: list[Key] = field(default_factory=list)  # translated differently before: the part won


def merge(target: Path, parts: list[Path]) -> Merged:
    tree = ET.parse(target)
    into = messages(tree)
    result = Merged()
    for part in parts:
        for key, message in messages(ET.parse(part)).items():
            if state(message) != "finished":
                result.unfinished.append(key)
                continue
            if key not in into:
                result.unknown.append(key)
                continue
            old = into[key].find("translation")
            new = message.find("translation")
            assert new is not None  # a finished message has one
            if old is not None:
                if state(into[key]) == "finished" and ET.tostring(old) != ET.tostring(new):
                    result.differing.append(key)
                into[key].remove(old)
            copy = _shaped(ET.fromstring(ET.tostring(new)), plural=into[key].get("numerus") == "yes")
            copy.tail = old.tail if old is not None else None
            into[key].append(copy)
            result.copied += 1
    write(tree, target)
    return result


def _shaped(translation: ET.Element, *, plural: bool) -> ET.Element:
    """A part's translation in the catalogue's shape: a part made by plain lupdate has "%n document(s)"
    as a plain message (see `mark_plurals`), the catalogue as a plural one, whose text is one form."""
    forms = translation.findall("numerusform")
    if plural and not forms:
        ET.SubElement(translation, "numerusform").text, translation.text = translation.text, None
    elif not plural and forms:
        translation.text = forms[0].text
        for form in forms:
            translation.remove(form)
    return translation


def write(tree: ET.ElementTree, path: Path) -> None:
    """As lupdate writes a .ts, so that its next run changes nothing it did not mean to: the declaration
    and doctype, contexts flush left and their insides four spaces in, no empty-element tags, `'` as
    &apos;."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    body = re.sub(r"^    ", "", body, flags=re.MULTILINE)
    body = re.sub(r"<(\w+)([^<>]*?) />", r"<\1\2></\1>", body).replace("'", "&apos;")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


# --- the command line ---------------------------------------------------------------------------------


def _name(key: Key) -> str:
    context, source, comment = key
    return f"{context}: {source!r}" + (f" ({comment})" if comment else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="read the strings of curator/ into every .ts")
    merging = commands.add_parser("merge", help="copy finished translations from part files")
    merging.add_argument("parts", nargs="+", type=Path)
    merging.add_argument("--into", type=Path, help="the catalogue (default: the part's language's)")
    commands.add_parser("release", help="compile every .ts to .qm")
    commands.add_parser("check", help="list unfinished, obsolete and missing messages")
    arguments = parser.parse_args(argv)
    if arguments.command == "update":
        lupdate(catalogues())
        for ts in catalogues():
            print(f"{ts.relative_to(ROOT)}: {len(messages(ET.parse(ts)))} messages")
        return 0
    if arguments.command == "merge":
        return _merge(arguments.parts, arguments.into)
    if arguments.command == "release":
        for ts in catalogues():
            print(f"{lrelease(ts).relative_to(ROOT)}")
        return 0
    return _check()


def _merge(parts: list[Path], into: Path | None) -> int:
    by_target: dict[Path, list[Path]] = {}
    for part in parts:
        language = part.stem.rsplit("_", 1)[-1]
        by_target.setdefault(into or FOLDER / f"curator_{language}.ts", []).append(part)
    for target, group in by_target.items():
        result = merge(target, group)
        print(f"{target.relative_to(ROOT)}: {result.copied} translations copied from {len(group)} part(s)")
        listed = (
            ("unfinished in a part", result.unfinished),
            ("not in the catalogue (run update first)", result.unknown),
            ("translated differently before (the part's kept)", result.differing),
        )
        for title, keys in listed:
            if keys:
                print(f"  {len(keys)} {title}:")
                print("".join(f"    {_name(key)}\n" for key in keys), end="")
    return 0


def _check() -> int:
    failed = False
    for ts in catalogues():
        found = problems(ts)
        found["missing"] = missing(ts)
        english = ts.stem.endswith(f"_{SOURCE_LANGUAGE}")  # holds only the plurals
        for line in [] if english else unseen(ts):
            failed = True
            print(f"{ts.relative_to(ROOT)}: unseen: {line}")
        for kind, keys in found.items():
            if keys:
                failed = True
                print(f"{ts.relative_to(ROOT)}: {len(keys)} {kind}")
                print("".join(f"    {_name(key)}\n" for key in keys), end="")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
