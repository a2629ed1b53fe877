"""On a team server the window greys out what the connected role may not do, so an annotator is not
offered actions whose writes the database would refuse (storage.server_roles says who writes what).

The database is the judge: this only spares the user a refusal. A role an admin changes while the
window is open is read again whenever the window opens a project; a refused write (an older client, a
role changed since) still reaches the user as "Your role (…) may not …" through the guard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from curator.core.storage.server import ServerProject
from curator.core.storage.server_roles import ADMIN, REVIEWER, ROLES
from curator.ui.actions import short_title, tooltip

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

NEEDS: dict[str, str] = {
    # documents' text and metadata, imports, the schema, assignments, models: the admin's
    "documents.import": ADMIN,
    "documents.import_folder": ADMIN,
    "text.fix": ADMIN,
    "documents.duplicates": ADMIN,
    "document.info": ADMIN,
    "schema.edit": ADMIN,
    "model.train": ADMIN,
    "project.assign": ADMIN,
    "project.merge": ADMIN,
    "boilerplate.accept": ADMIN,
    "boilerplate.reject": ADMIN,
    "boilerplate.accept_kind_document": ADMIN,
    "boilerplate.reject_kind_document": ADMIN,
    "boilerplate.accept_kind_corpus": ADMIN,
    "boilerplate.reject_kind_corpus": ADMIN,
    "boilerplate.detect": ADMIN,
    # the gold layer and every review step beyond one's own "annotated": a reviewer's
    "review.approve": REVIEWER,
    "review.return": REVIEWER,
    "review.reopen": REVIEWER,
    "review.reviewer_mode": REVIEWER,
    "adjudicate.mode": REVIEWER,
    "adjudicate.accept_agreed": REVIEWER,
    "adjudicate.accept_agreed_corpus": REVIEWER,
}


def allowed(role: str | None, needed: str) -> bool:
    return role is not None and ROLES.index(role) >= ROLES.index(needed)


# The server's role names, for the sentence below (the role itself is data, shown as the server has it).
ROLE_NAMES = {
    ADMIN: QT_TRANSLATE_NOOP("RoleGate", "an admin's"),
    REVIEWER: QT_TRANSLATE_NOOP("RoleGate", "a reviewer's"),
}


def _not_for_role(role: str | None, needed: str) -> str:
    """What a greyed-out action's tooltip adds, e.g. " — not for your role (annotator) on this server:
    a reviewer's"."""
    whose = QCoreApplication.translate("RoleGate", ROLE_NAMES[needed]) if needed in ROLE_NAMES else needed
    return QCoreApplication.translate(
        "RoleGate", " — not for your role ({role}) on this server: {whose}"
    ).format(role=role or QCoreApplication.translate("RoleGate", "none"), whose=whose)


def apply(window: MainWindow) -> None:
    """Enable every gated action on a project file; on a server, only those the role may do."""
    project = window.project
    role = project.team_role() if isinstance(project, ServerProject) else ADMIN
    for action_id, needed in NEEDS.items():
        action = window.registry[action_id]
        may = allowed(role, needed)
        action.setEnabled(may)
        spec = window.registry.spec(action_id)
        why = "" if may else _not_for_role(role, needed)
        action.setToolTip(tooltip(spec) + why)
        tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else short_title(spec)
        action.setStatusTip(tip + why)
