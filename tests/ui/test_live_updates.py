"""Live updates: a window shows another window's or process's commits within a second or so, keeps its
selection and scroll, and its own edits never count as news."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from curator.core import queries
from curator.core.queries import changes_since
from curator.core.services.stale import bump_documents
from tests.ui.conftest import fill
from tests.ui.test_two_windows import TITLE, open_window, tag_by_key

ROOT = Path(__file__).resolve().parents[2]


def show_both_layers(window, alice, bob) -> None:
    window.controller.show_layers(frozenset({alice.annotator_id, bob.annotator_id}))


def labels(window) -> list[str]:
    return [s.label for s in window.controller.spans]


def test_bob_sees_alices_new_tag_without_reloading_himself(qtbot, projects) -> None:
    alice_project, bob_project = projects
    alice, bob = open_window(qtbot, alice_project), open_window(qtbot, bob_project)
    show_both_layers(bob, alice_project, bob_project)
    bar = bob.text_view.verticalScrollBar()
    position = bar.value()
    tag_by_key(qtbot, alice, "KGAÖ", Qt.Key.Key_2)
    qtbot.waitUntil(lambda: labels(bob) == ["ORG"], timeout=3000)
    qtbot.waitUntil(lambda: bob.entities.table.model().rowCount() == 1, timeout=3000)
    assert bob.statusBar().currentMessage().startswith(f"Updated: alice changed “{TITLE}”")
    assert bob.controller.document is not None and bob.controller.document.id == 1
    assert bar.value() == position


def test_own_edit_brings_no_update_message(qtbot, projects) -> None:
    _alice_project, bob_project = projects
    bob = open_window(qtbot, bob_project)
    tag_by_key(qtbot, bob, "KGAÖ", Qt.Key.Key_2)
    bob.statusBar().clearMessage()
    qtbot.wait(2500)
    assert not bob.statusBar().currentMessage().startswith("Updated")


def test_bobs_edit_after_alices_shows_both_tags(qtbot, projects) -> None:
    alice_project, bob_project = projects
    alice, bob = open_window(qtbot, alice_project), open_window(qtbot, bob_project)
    show_both_layers(bob, alice_project, bob_project)
    bob.live_updates.timer.stop()  # bob edits before his next poll
    tag_by_key(qtbot, alice, "KGAÖ", Qt.Key.Key_2)
    tag_by_key(qtbot, bob, "Bişkek", Qt.Key.Key_3)
    bob.live_updates.timer.start()
    qtbot.waitUntil(lambda: sorted(labels(bob)) == ["GPE", "ORG"], timeout=3000)


def test_documents_from_another_process_appear_in_the_list(qtbot, projects) -> None:
    _alice_project, bob_project = projects
    bob = open_window(qtbot, bob_project)
    assert bob.documents.model.total == 1
    code = (
        "from curator.core.project.setup import open_project; from tests.ui.conftest import fill; "
        f"p = open_project({str(bob_project.path)!r}, annotator='carol'); fill(p, ['Yeni bir belge.']); "
        "p.close()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT)})
    qtbot.waitUntil(lambda: bob.documents.model.total == 2, timeout=3000)
    assert bob.controller.document is not None and bob.controller.document.id == 1


def test_changed_documents_lists_only_other_versions(projects) -> None:
    alice, bob = projects
    fill(alice, ["İkinci belge."])
    ids = [d.id for d in queries.list_documents(bob)]
    known = {d: v.version for d, v in changes_since.document_versions(bob, ids).items()}
    assert changes_since.changed_documents(bob, known) == []
    with alice.write() as session:
        bump_documents(session, [ids[0]])
    changed = changes_since.changed_documents(bob, known)
    assert [(c.id, c.version) for c in changed] == [(ids[0], known[ids[0]] + 1)]
    assert changes_since.table_state(bob) == changes_since.TableState(2, max(ids))
