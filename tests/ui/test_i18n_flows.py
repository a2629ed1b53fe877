"""The project, import/export and review flows in Turkish: the catalogue of core texts is complete, and
with this group's part translation loaded the dialogs show Turkish (English stays the default)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel

from curator.core.boilerplate import KINDS
from curator.core.domain import DocumentStatus
from curator.core.exporters import EXPORT_FORMATS, declared_options
from curator.core.formats import EXPORT_FORMAT_NAMES
from curator.core.importers.table_preview import ROLES
from curator.core.project.health import CHECKS
from curator.core.project.health_report import HealthReport, Problem
from curator.core.project.server_health import SERVER_CHECKS
from curator.core.services.exclusions.regions import ACCEPTED, PROPOSED, REJECTED
from curator.core.services.project_merge import ConflictRule
from curator.core.services.review import HISTORY_WORDS, ReviewAction
from curator.ui import i18n_flows, project_flows, review_actions, server_login
from curator.ui.assign_dialog import AssignDialog
from curator.ui.backup_dialog import RestoreBackupDialog
from curator.ui.column_mapping import ROLE_TITLES, ROLE_WORDS
from curator.ui.main_window import MainWindow
from curator.ui.merge_dialog import RULES, MergeDialog

ROOT = Path(__file__).resolve().parents[2]


# --- the catalogue of core texts --------------------------------------------------------------------


def test_every_export_format_description_is_in_the_catalogue() -> None:
    descriptions = {fmt.description for fmt in EXPORT_FORMAT_NAMES}
    descriptions |= {exporter.description for exporter in EXPORT_FORMATS.values()}
    assert descriptions <= set(i18n_flows.EXPORT_DESCRIPTIONS)


def test_every_export_option_label_and_help_is_in_the_catalogue() -> None:
    texts = {text for option, _readers in declared_options() for text in (option.label, option.help)}
    assert texts <= set(i18n_flows.OPTION_TEXTS)
    words = {choice for option, _readers in declared_options() for choice in option.choices}
    assert words - {"IOB2", "IOB1", "BILOU"} <= set(i18n_flows.CHOICE_WORDS)  # tag schemes are names


def test_every_health_check_boilerplate_kind_and_status_is_in_the_catalogue() -> None:
    assert set(CHECKS) | set(SERVER_CHECKS) <= set(i18n_flows.CHECK_NAMES)
    kinds = {kind.replace("_", " ") for kind in KINDS} | set(KINDS.values()) | {PROPOSED, ACCEPTED, REJECTED}
    assert kinds <= set(i18n_flows.KIND_TEXTS)
    assert {status.value.replace("_", " ") for status in DocumentStatus} <= set(i18n_flows.STATUS_WORDS)


def test_every_role_rule_and_review_step_has_its_words() -> None:
    assert set(ROLES) == set(ROLE_TITLES) and set(ROLES) <= set(ROLE_WORDS)
    assert set(RULES) == set(ConflictRule)
    assert set(review_actions.DONE_WORDS) == set(ReviewAction) == set(review_actions.STEP_TITLES)
    assert set(HISTORY_WORDS.values()) <= set(review_actions.HISTORY_WORDS)


def test_the_english_health_report_is_the_cores_own() -> None:
    ok = HealthReport("p.curator", "2026-01-02T03:04:05", CHECKS, 3)
    damaged = HealthReport(
        "p.curator", "2026-01-02T03:04:05", CHECKS, 3, (Problem("rows", "bad", 2, "T"),), 1, "b.curator"
    )
    for report in (ok, damaged):
        assert i18n_flows.health_lines(report) == report.lines()


# --- Turkish loaded ---------------------------------------------------------------------------------


def _form_labels(form: QFormLayout) -> list[str]:
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget().text())
    return labels


def test_the_export_dialog_is_turkish(qtbot, window: MainWindow, tmp_path: Path, turkish) -> None:
    dialog = project_flows.ExportDialog(window, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Dışa Aktar" and dialog.export_button.text() == "Dışa Aktar"
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    labels = _form_labels(form)
    assert {"Biçim", "Çıktı", "Belgeler", "Katman", "Etiket şeması"} <= set(labels)
    spacy = dialog.format_box.findData("spacy")
    tooltip = dialog.format_box.itemData(spacy, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("spaCy DocBin eğitim verisi")
    untouched = dialog.inputs["include_untouched"]
    assert isinstance(untouched, QCheckBox)
    assert untouched.text() == "Dokunulmamış belgeleri de al (yeni, işaretlemesiz)"
    assert untouched.toolTip().startswith("Kimsenin dokunmadığı belgeleri")
    statuses = [dialog.status_box.itemText(i) for i in range(dialog.status_box.count())]
    assert statuses[0] == "Biçimin varsayılanı" and "Yalnızca: onaylandı" in statuses
    assert statuses[-1] == "Her durum"


def test_the_backup_dialog_is_turkish(qtbot, window: MainWindow, turkish) -> None:
    dialog = RestoreBackupDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Yedekten Geri Yükle"
    assert dialog.restore_button.text() == "&Seçileni Geri Yükle…"
    assert dialog.table.accessibleName() == "Bu projenin yedekleri"
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    status = dialog.status.text()
    assert "henüz yedek yok" in status or "en yenisi başta" in status


def test_the_server_login_dialog_is_turkish(qtbot, window: MainWindow, turkish) -> None:
    dialog = server_login.OpenServerDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sunucu Projesi Aç"
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("yöneticinizin sizin için oluşturduğu PostgreSQL rolüyle" in hint for hint in hints)


def test_the_merge_and_assign_dialogs_are_turkish(qtbot, window: MainWindow, tmp_path: Path, turkish) -> None:
    merge = MergeDialog(window, tmp_path / "other.curator")
    qtbot.addWidget(merge)
    assert merge.windowTitle() == "Proje Birleştir"
    assert merge.rule.itemText(0).startswith("İkisini de tut")
    assign = AssignDialog(window, window.project)
    qtbot.addWidget(assign)
    assert assign.windowTitle() == "Belgeleri ata"
    assert assign.preview.text() == "İşaretleyicileri adlandırın; yeni adlar işaretleyici olarak eklenir."


def test_the_health_report_is_turkish(turkish) -> None:
    damaged = HealthReport("p.curator", "2026-01-02T03:04:05", CHECKS, 3, (Problem("rows", "bad"),))
    lines = i18n_flows.health_lines(damaged)
    assert lines[0] == "p.curator: hasarlı: 2026-01-02T03:04:05 zamanında 1 sorun bulundu"
    assert lines[-1] == "sağlam yedek bulunamadı"
    ok = HealthReport("p.curator", "2026-01-02T03:04:05", CHECKS, 3)
    assert "bütünlük, yabancı anahtarlar, satırlar, içerik özetleri" in i18n_flows.health_summary(ok)
