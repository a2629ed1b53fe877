"""The preferences file: defaults when absent, a bad value reset with a reason, a broken file moved aside
(never overwritten unseen), a newer version's keys kept, and an atomic write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.core.preferences import Preferences, load_preferences, save_preferences, settings_path


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    loaded = load_preferences(tmp_path / "settings.json")
    assert loaded.preferences == Preferences() and loaded.problems == ()


def test_saved_preferences_read_back_and_unknown_keys_survive(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "dark", "from_a_newer_version": {"x": 1}}), encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.problems == () and loaded.preferences.theme == "dark"
    chosen = loaded.preferences
    chosen.text_font_family, chosen.text_font_points = "DejaVu Serif", 14.5
    chosen.label_colors = {"PER": "#0072b2"}
    chosen.shortcuts = {"documents.export": ["Ctrl+Shift+E"]}
    chosen.annotator, chosen.auto_suggest, chosen.backup_minutes = "Aynur", True, 30
    chosen.interface_language = "tr"
    chosen.line_spacing = 150
    save_preferences(chosen, path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["from_a_newer_version"] == {"x": 1}
    again = load_preferences(path)
    assert again.preferences == chosen and again.problems == ()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary file left behind


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("theme", "purple"),
        ("interface_language", "Türkçe"),
        ("interface_language", 7),
        ("text_font_points", 400),
        ("text_font_points", True),
        ("backup_minutes", 0),
        ("line_spacing", 90),
        ("line_spacing", 150.5),
        ("auto_suggest", "yes"),
        ("label_colors", {"PER": "blue"}),
        ("shortcuts", {"documents.export": "Ctrl+E"}),
    ],
)
def test_a_value_curator_cannot_use_takes_its_default_and_is_named(tmp_path: Path, name: str, bad) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({name: bad, "annotator": " Bora "}), encoding="utf-8")
    loaded = load_preferences(path)
    assert getattr(loaded.preferences, name) == getattr(Preferences(), name)
    assert loaded.preferences.annotator == "Bora"  # the good values are kept
    [problem] = loaded.problems
    assert repr(name) in problem and "reset" in problem


def test_a_broken_file_is_moved_aside_and_the_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark",', encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.preferences == Preferences()
    [problem] = loaded.problems
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.broken-")]
    assert str(aside) in problem and aside.read_text(encoding="utf-8") == '{"theme": "dark",'
    assert not path.exists()
    save_preferences(loaded.preferences, path)
    assert load_preferences(path).problems == ()


def test_the_file_lives_in_the_user_config_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CURATOR_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert settings_path() == tmp_path / "elsewhere" / "settings.json"
    monkeypatch.delenv("CURATOR_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert settings_path() == tmp_path / "xdg" / "curator" / "settings.json"
