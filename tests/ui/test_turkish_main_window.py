"""The main window in Turkish: its menus, tabs, panel titles, table headers, status words and messages
come from resources/translations/curator_tr.ts (the `turkish` fixture installs it). English stays the
default: without a translator every text is the source text the other tests look for."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from curator.core.domain import AssignmentStatus, DocumentStatus, Realis, SpanStatus
from curator.core.project.setup import open_project
from curator.core.services.review import ANNOTATOR, REVIEWER, STATUS_WORDS
from curator.ui import i18n_main
from curator.ui.action_specs import SPECS, ActionSpec, MenuSpec
from curator.ui.main_window import MainWindow
from tests.ui.conftest import open_window
from tests.ui.test_tagging import select_chars

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"
PART = TRANSLATIONS / "curator_tr.ts"
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _messages() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message of the part file; numerus forms joined."""
    found = []
    for context in ET.parse(PART).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, f"{name}: {message.findtext('source')} is unfinished"
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append((name, message.findtext("source", ""), "".join(forms) or translation.text or ""))
    return found


def test_every_message_of_the_part_is_translated_with_its_placeholders_and_mnemonic() -> None:
    messages = _messages()
    assert len(messages) > 300
    for context, source, translation in messages:
        assert translation.strip(), f"{context}: {source!r} has no translation"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), source
        assert ("&" in source) == ("&" in translation), f"{source!r} → {translation!r}: the mnemonic"
        assert translation.startswith(" ") == source.startswith(" "), source  # an appended clause's space


def test_every_core_word_the_window_shows_has_an_entry() -> None:
    assert set(i18n_main.DOCUMENT_STATUSES) == set(DocumentStatus) == set(STATUS_WORDS)
    assert set(i18n_main.REALIS) == set(Realis)
    assert set(i18n_main.SPAN_STATUSES) == set(SpanStatus)
    assert set(i18n_main.ASSIGNMENTS) == set(AssignmentStatus)
    assert set(i18n_main.ROLES) == {ANNOTATOR, REVIEWER}
    assert i18n_main.DOCUMENT_STATUSES == STATUS_WORDS  # the same English words as the core's
    realis_actions = {spec.id for spec in SPECS if spec.id.startswith("event.realis.")}
    assert realis_actions == {f"event.realis.{realis.value}" for realis in Realis}


def test_menus_are_turkish_with_one_mnemonic_per_letter(qtbot, project, turkish) -> None:
    window = open_window(qtbot, project)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:5] == ["&Dosya", "Dü&zen", "Görü&nüm", "&Etiketle", "&Git"]
    assert titles[-1] == "&Yardım"
    menus = [window.menuBar(), *(window.registry.menu(s.id) for s in SPECS if isinstance(s, MenuSpec))]
    for menu in menus:
        letters = [
            text[text.index("&") + 1].lower()
            for text in (action.text() for action in menu.actions())
            if "&" in text
        ]
        name = menu.title() if isinstance(menu, QMenu) else "the menu bar"
        assert len(letters) == len(set(letters)), f"{name}: two items share a mnemonic: {letters}"
    adopted = {"edit.undo", "edit.redo"}  # QUndoStack's: Qt's own catalogue names the next step
    for spec in SPECS:
        if isinstance(spec, ActionSpec) and spec.id not in adopted:
            assert window.registry[spec.id].text() != spec.title, f"{spec.id} is still {spec.title!r}"
    exact = window.registry["annotate.exact"]
    assert exact.text() == "Tam &Karakter Seçimleri"
    assert exact.toolTip().startswith("Tam Karakter Seçimleri (") and "tam olarak seçili" in exact.toolTip()
    label = window.controller.labels[0].name
    assert window.registry[f"tag.{label}"].text() == f"{label} Olarak Etiketle"


def test_tabs_titles_and_table_headers_are_turkish(qtbot, project, turkish) -> None:
    window = open_window(qtbot, project)
    tabs = [window.lower_tabs.tabText(i) for i in range(window.lower_tabs.count())]
    assert tabs == ["Olaylar", "Bilgi tabanı", "Öneriler", "Kalıp metin", "Hakemlik"]

    def headers(model) -> list[str]:
        horizontal = Qt.Orientation.Horizontal
        return [model.headerData(column, horizontal) for column in range(model.columnCount())]

    assert headers(window.documents.model) == ["Başlık", "Dil", "Durum", "Aralık", "Benim", "Açan"]
    assert headers(window.span_model) == ["Metin", "Etiket", "Başlangıç", "Bitiş", "Bağlı olduğu", "Katman"]
    assert headers(window.events_panel.model) == ["Olay / argüman", "Tarih", "Gerçeklik · öznitelikler"]
    assert headers(window.events_panel.relation_model) == ["Baş", "İlişki", "Bağımlı"]
    assert window.entities.title.text() == "<b>Varlıklar</b> (0)"
    assert window.events_panel.title.text() == "<b>Olaylar</b> (0)"
    assert window.documents.count_label.text() == "3 belge"
    box = window.documents.status_box
    assert [box.itemText(i) for i in range(box.count())][:3] == [
        "Bütün durumlar (3)",
        "yeni (3)",
        "sürüyor (0)",
    ]
    status = window.documents.model.index(0, 2).data()
    assert status == "sürüyor" or status == "yeni"


def test_a_tag_and_its_undo_speak_turkish(qtbot, project, turkish) -> None:
    window: MainWindow = open_window(qtbot, project)
    label = window.controller.labels[0].name
    select_chars(window, 0, len("KGAÖ"))
    window.tag(label)
    assert window.statusBar().currentMessage() == f"“KGAÖ” {label} olarak etiketlendi — kaydedildi."
    window.controller.undo_stack.undo()
    assert (
        window.statusBar().currentMessage()
        == f"Geri alındı: “KGAÖ” metnini {label} olarak etiketle — kaydedildi."
    )
    window.controller.undo_stack.redo()
    window.controller.delete_spans([window.controller.spans[0].id])
    assert window.statusBar().currentMessage() == "1 aralık silindi — kaydedildi (Ctrl+Z geri alır)."


def test_the_shortcuts_list_is_turkish(qtbot, project, turkish) -> None:
    window = open_window(qtbot, project)
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Klavye kısayolları"
    horizontal = Qt.Orientation.Horizontal
    assert [dialog.model.headerData(c, horizontal) for c in range(4)] == [
        "Tuşlar",
        "Eylem",
        "Menü",
        "Ne yapar",
    ]
    new_project = next(row for row in dialog.model.rows if row.title == "Yeni Proje…")
    assert (new_project.menu, new_project.tip) == ("Dosya", "Boş bir proje dosyası oluştur")
    dialog.close()


def test_without_a_translator_the_window_is_english(qtbot, project) -> None:
    window = open_window(qtbot, project)
    assert window.registry.menu("file").title() == "&File"
    assert window.documents.count_label.text() == "3 documents"
    assert window.span_model.headerData(0, Qt.Orientation.Horizontal) == "Text"


def test_an_empty_project_says_how_to_import_in_turkish(qtbot, tmp_path: Path, turkish) -> None:
    empty = open_project(tmp_path / "empty.curator", annotator="tester")
    try:
        window = open_window(qtbot, empty)
        hint = window.text_view.placeholderText()
        assert hint.startswith("Bu projede henüz belge yok. Belge getirmek için:")
        key = QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText)  # Qt: "Kontrol+I"
        assert f"  •  Dosya → İçe Aktar… ({key})" in hint and "bir uçbirimden: curator --project" in hint
        window.close()
    finally:
        empty.close()
