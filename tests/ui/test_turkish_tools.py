"""The analysis windows in Turkish: the shipped Turkish catalogue (the `turkish` fixture) turns the
statistics, schema, training and agreement windows' texts, headers and the core's statistics titles
Turkish, while names and data (labels, annotators) stay as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt

from curator.core import services
from curator.core.project.setup import open_project
from curator.ui.agreement_window import AgreementWindow
from curator.ui.i18n_tools import AGREEMENT, SEARCH, core_text
from curator.ui.main_window import MainWindow
from curator.ui.schema_dialog import SchemaDialog
from curator.ui.statistics_window import StatisticsWindow
from curator.ui.training_dialog import TrainingDialog
from tests.ui.conftest import TURKISH


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def tag(project, word: str, label: str) -> None:
    start = TURKISH.index(word)
    services.add_span(project, 1, start, start + len(word), label)


def test_statistics_window_in_turkish(qtbot, turkish, window: MainWindow) -> None:
    tag(window.project, "KGAÖ", "ORG")
    window.registry["view.statistics"].trigger()
    statistics = window.findChild(StatisticsWindow)
    qtbot.waitUntil(lambda: not statistics.loading, timeout=20_000)
    assert statistics.windowTitle() == "İstatistikler"
    assert statistics.refresh_button.text() == "&Yenile"
    assert statistics.summary.text().startswith("3 belge, 1 aralık")
    tabs = [statistics.tabs.tabText(i) for i in range(statistics.tabs.count())]
    assert tabs[:3] == ["Duruma göre belgeler", "Dile göre belgeler", "Etiket başına aralıklar"]
    assert tabs[-1] == "Uyum"
    statuses = statistics.panels["statuses"]
    assert headers(statuses.model) == ["Durum", "Belgeler"]
    assert [statuses.model.index(r, 0).data() for r in range(2)] == ["yeni", "sürüyor"]
    assert statuses.views.tabText(0) == "Grafik" and statuses.copy_button.text() == "&CSV olarak kopyala"
    labels = statistics.panels["labels"]
    assert headers(labels.model) == ["Etiket", "Aralıklar"]
    assert labels.model.index(1, 0).data() == "ORG"  # a label is data: as it is
    assert statistics.panels["per_day"].note.text().startswith("Her gün (UTC)")
    assert statistics.panels["per_day"].model.headerData(1, Qt.Orientation.Horizontal) == "tester"
    assert statistics.agreement_note.text().startswith("Henüz hiçbir belgede")


def test_schema_dialog_in_turkish(qtbot, turkish, window: MainWindow) -> None:
    dialog = SchemaDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Proje şeması"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Varlık etiketleri", "Olay türleri", "İlişki türleri", "Olay öznitelikleri"
    ]  # fmt: skip
    assert headers(dialog.labels) == ["Ad", "Renk", "Tuş", "Açıklama"]
    assert "PLOVER" in headers(dialog.events) and "Roller (ROL*:ETİKET|ETİKET, …)" in headers(dialog.events)
    names = {dialog.labels.index(r, 0).data() for r in range(dialog.labels.rowCount())}
    assert {"PER", "ORG", "GPE"} <= names


def test_training_dialog_in_turkish(qtbot, turkish, window: MainWindow) -> None:
    dialog = TrainingDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Model Eğit"
    assert dialog.train_button.text() == "&Eğit" and dialog.cancel_button.text() == "Eğitimi &İptal Et"
    assert dialog.minutes.specialValueText() == "sınırsız"
    assert dialog.status.text().startswith("Henüz eğitilecek bir şey yok")
    assert headers(dialog.versions)[:3] == ["Sürüm", "Dil", "Eğitildi"]
    assert headers(dialog.scores) == ["Etiket", "Kesinlik", "Duyarlılık", "F1", "Altın aralıklar", "Bulunan"]
    assert dialog.curve.accessibleName().startswith("Öğrenme eğrisi")
    # Turkish has one plural form: the count reads the same for one and for many
    assert (
        dialog.tr("%n document(s)", "", 1) == "1 belge" and dialog.tr("%n document(s)", "", 16) == "16 belge"
    )


def test_agreement_window_in_turkish(qtbot, turkish, window: MainWindow) -> None:
    from curator.core.agreement import compute_agreement

    tag(window.project, "KGAÖ", "ORG")
    with open_project(window.project.path, annotator="deniz") as other:
        start = TURKISH.index("Bişkek")
        services.add_span(other, 1, start, start + len("Bişkek"), "GPE")
    services.add_span(window.project, 2, 0, 7, "PER")  # one layer only: skipped, with its reason
    agreement = AgreementWindow(window, compute_agreement(window.project))
    qtbot.addWidget(agreement)
    assert agreement.windowTitle() == "Uyum"
    assert [agreement.tabs.tabText(i) for i in range(3)] == ["Çiftler", "Etiketler", "Olaylar"]
    assert headers(agreement.pairs)[:4] == ["Çift", "Belgeler", "F1 tam", "F1 örtüşme"]
    summary = agreement.summary.text()
    assert summary.startswith("Katmanlar: tester, deniz.") and "yalnızca tester işaretledi" in summary


def test_core_texts_made_from_a_template_are_translated_with_their_values(turkish) -> None:
    assert core_text(AGREEMENT, "only <b>ayşe</b> annotated it") == "yalnızca <b>ayşe</b> işaretledi"
    assert core_text(SEARCH, "PER already") == "zaten PER"
    assert core_text(SEARCH, "tagged already") == "zaten etiketli"
    assert core_text(SEARCH, "a reason nobody listed") == "a reason nobody listed"
