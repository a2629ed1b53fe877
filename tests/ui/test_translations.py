"""The translation catalogues and their loading: every string lupdate finds in curator/ is in each .ts,
translated, none obsolete; the committed .qm files are what `release` makes of them; Curator's and Qt's
own catalogues load for Turkish; plural messages (%n) take each language's forms; merging a part file
copies only its finished translations."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from curator.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
BUSY = "Not saved: the project is busy — another program kept writing to it for %n second(s)."


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:
    yield
    i18n.install_language("en")


@pytest.mark.parametrize("ts", tool.catalogues(), ids=lambda path: path.name)
def test_every_string_of_the_code_is_in_the_catalogue_and_translated(ts: Path) -> None:
    """After a merge of wrapped modules: `python packaging/translations.py update`, translate, `release`."""
    assert ts.exists(), f"{ts.name} is missing: run python packaging/translations.py update"
    problems = tool.problems(ts)
    missing = tool.missing(ts)
    names = {kind: [tool._name(key) for key in keys] for kind, keys in problems.items()}
    assert not missing, f"not in {ts.name} (run update): {[tool._name(key) for key in missing]}"
    assert not names, f"{ts.name} has messages that are not finished: {names}"


def test_every_text_the_code_translates_is_one_lupdate_sees() -> None:
    """lupdate's Python parser skips a call with a call inside its arguments (`"", len(files)`) and
    cannot hold an f-string: such a text would stay English whatever the catalogue says."""
    turkish = tool.FOLDER / "curator_tr.ts"
    assert tool.unseen(turkish) == []


def test_the_check_names_a_text_lupdate_cannot_see(tmp_path: Path) -> None:
    sources = tmp_path / "curator"
    sources.mkdir()
    (sources / "m.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def f(files, name):\n"
        "    a = QCoreApplication.translate('M', '%n file(s)', '', len(files))\n"
        "    b = QCoreApplication.translate('M', f'Open {name}')\n"
        "    return QCoreApplication.translate('M', 'Seen')\n",
        encoding="utf-8",
    )
    ts = tmp_path / "curator_tr.ts"
    tool.lupdate([ts], sources)
    assert tool.unseen(ts, sources) == [
        "curator/m.py:3: M: '%n file(s)' (lupdate does not see it)",
        "curator/m.py:4: the text is not a plain string literal",
    ]


@pytest.mark.parametrize("ts", tool.catalogues(), ids=lambda path: path.name)
def test_the_committed_qm_is_what_release_makes_of_the_ts(ts: Path, tmp_path: Path) -> None:
    fresh = tool.lrelease(ts, tmp_path / ts.with_suffix(".qm").name)
    committed = ts.with_suffix(".qm")
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is out of date: run python packaging/translations.py release"
    )


def test_turkish_loads_curator_and_qt_catalogues_and_the_locale_follows() -> None:
    assert i18n.install_language("tr") == "tr"
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Tercihler"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"İptal", "Evet"}  # Qt's own qtbase_tr.qm
    assert QLocale().language() == QLocale.Language.Turkish
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert i18n.install_language("en") == "en"
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Preferences"
    assert QLocale().language() == QLocale.Language.English


def test_curator_fills_the_gaps_of_qts_own_turkish_catalogue() -> None:
    i18n.install_language("tr")
    translated = {text: QCoreApplication.translate(context, text) for text, context in i18n.QT_GAPS}
    assert translated == {"Files of &type:": "Dosya &türü:", "&Look in:": "&Konum:"}


def test_a_language_is_offered_by_its_own_name_when_it_has_a_catalogue() -> None:
    assert i18n.available_languages()[:1] == ["en"] and "tr" in i18n.available_languages()
    assert [i18n.native_name(code) for code in ("en", "tr", "ru", "ky")] == [
        "English", "Türkçe", "Русский", "Кыргызча",
    ]  # fmt: skip
    assert i18n.resolve("tr") == "tr"
    assert i18n.resolve("pt-BR") == "en"  # no catalogue: English, not a half-translated window


def test_plural_messages_take_each_languages_forms() -> None:
    """Turkish has one form ("1 saniye", "45 saniye"); English's catalogue gives "1 second", "45 seconds"."""

    def busy(n: int) -> str:
        return QCoreApplication.translate("BusyWaiter", BUSY, "", n)

    i18n.install_language("en")
    assert busy(1).endswith("for 1 second.") and busy(45).endswith("for 45 seconds.")
    i18n.install_language("tr")
    assert busy(1) == "Kaydedilmedi: proje meşgul — başka bir program 1 saniye boyunca ona yazmayı sürdürdü."
    assert busy(45).startswith("Kaydedilmedi:") and "45 saniye boyunca" in busy(45)


def test_russian_ships_with_its_three_plural_forms_and_qts_own_buttons() -> None:
    """The shipped Russian catalogue: one, few and many forms chosen by Qt's rule, Qt's own buttons too."""
    assert "ru" in i18n.available_languages() and i18n.install_language("ru") == "ru"
    forms = [QCoreApplication.translate("BoilerplateActions", "No new boilerplate in %n document(s).", "", n)
             for n in (1, 3, 5, 21)]  # fmt: skip
    assert [form.split()[-1] for form in forms] == ["документ).", "документа).", "документов).", "документ)."]
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Параметры"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text().replace("&", "") == "Отмена"
    i18n.install_language("en")


def test_a_language_with_three_plural_forms_gets_them_from_the_tool(tmp_path: Path) -> None:
    """lupdate marks no call with a variable count as plural; `update` does, so Russian gets 3 forms."""
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "m.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def f(n):\n    return QCoreApplication.translate('M', '%n document(s)', '', n)\n",
        encoding="utf-8",
    )
    ts = tmp_path / "curator_ru.ts"
    tool.lupdate([ts], sources)
    tree = ET.parse(ts)
    [message] = tool.messages(tree).values()
    assert message.get("numerus") == "yes"
    translation = message.find("translation")
    assert translation is not None
    for form in translation.findall("numerusform"):
        translation.remove(form)
    for text in ("%n документ", "%n документа", "%n документов"):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type")
    tool.write(tree, ts)
    tool.lupdate([ts], sources)  # again: the code's plain-looking call must not undo the forms
    [again] = tool.messages(ET.parse(ts)).values()
    assert tool.state(again) == "finished" and len(again.findall("translation/numerusform")) == 3
    tool.lrelease(ts)
    i18n.install_language("ru", folder=tmp_path)
    forms = [QCoreApplication.translate("M", "%n document(s)", "", n) for n in (1, 3, 5, 21)]
    assert forms == ["1 документ", "3 документа", "5 документов", "21 документ"]


def test_merge_copies_finished_translations_by_context_source_and_comment(tmp_path: Path) -> None:
    def catalogue(path: Path, messages: list[tuple[str, str, str | None]]) -> Path:
        body = "".join(
            f"<message><source>{source}</source>"
            + (f"<translation>{text}</translation>" if text else '<translation type="unfinished"/>')
            + "</message>"
            for source, _context, text in messages
        )
        path.write_text(f'<TS version="2.1" language="tr"><context><name>C</name>{body}</context></TS>')
        return path

    target = catalogue(tmp_path / "curator_tr.ts", [("Open", "C", None), ("Close", "C", None)])
    part = catalogue(
        tmp_path / "x_tr.ts", [("Open", "C", "Aç"), ("Close", "C", None), ("Gone", "C", "Gitti")]
    )
    result = tool.merge(target, [part])
    assert result.copied == 1
    assert result.unfinished == [("C", "Close", "")] and result.unknown == [("C", "Gone", "")]
    merged = tool.messages(ET.parse(target))
    assert tool.state(merged[("C", "Open", "")]) == "finished"
    assert merged[("C", "Open", "")].findtext("translation") == "Aç"
    assert tool.state(merged[("C", "Close", "")]) == "unfinished"


def test_the_command_line_offers_its_commands() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "--help"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0 and "update" in result.stdout and "merge" in result.stdout
