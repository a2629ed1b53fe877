"""The menu bar as data: every fixed action of the window (id, title, default keys, tip, menu, section)
and every menu, read from top to bottom, each menu (`MenuSpec`) followed by its items. `curator.ui.actions`
makes the QActions and menus from it.

Titles and tips are marked with QT_TRANSLATE_NOOP in the "Actions" context, so pyside6-lupdate finds them
here, and are translated where they are shown (`actions.title_text`, `actions.tip_text`): the table is
built once at import, before any language is chosen. Keys are never translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """`menu` is the id of the `MenuSpec` it appears in ("" for none); a separator falls between
    items of different `section`s of one menu."""

    id: str
    title: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    menu: str = ""
    section: int = 0
    checkable: bool = False
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut


@dataclass(frozen=True, slots=True)
class MenuSpec:
    """A menu of the menu bar (`menu` "") or a submenu of the menu `menu`."""

    id: str
    title: str
    menu: str = ""
    section: int = 0


SPECS: tuple[ActionSpec | MenuSpec, ...] = (
    MenuSpec("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ActionSpec("project.new", QT_TRANSLATE_NOOP("Actions", "&New Project…"), ("Ctrl+N",),
               QT_TRANSLATE_NOOP("Actions", "Create an empty project file"), "file"),
    ActionSpec("project.open", QT_TRANSLATE_NOOP("Actions", "&Open Project…"), ("Ctrl+O",),
               QT_TRANSLATE_NOOP("Actions", "Open another project file"), "file"),
    ActionSpec("project.open_server", QT_TRANSLATE_NOOP("Actions", "Open &Server Project…"), (),
               QT_TRANSLATE_NOOP("Actions", "Open a team's project on a PostgreSQL server"), "file"),
    MenuSpec("file.recent", QT_TRANSLATE_NOOP("Actions", "Open &Recent"), "file"),
    ActionSpec("documents.import", QT_TRANSLATE_NOOP("Actions", "&Import…"), ("Ctrl+I",),
               QT_TRANSLATE_NOOP("Actions", "Import text, JSONL, doccano, CoNLL or brat"), "file", 1),
    ActionSpec("documents.import_folder", QT_TRANSLATE_NOOP("Actions", "Import &Folder…"), ("Ctrl+Shift+I",),
               QT_TRANSLATE_NOOP("Actions", "Import a whole folder"), "file", 1),
    ActionSpec("documents.export", QT_TRANSLATE_NOOP("Actions", "&Export…"), ("Ctrl+E",),
               QT_TRANSLATE_NOOP("Actions", "Export training data or event records"), "file", 1),
    ActionSpec("app.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",), "", "file", 2),
    MenuSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",),
               QT_TRANSLATE_NOOP("Actions", "Undo the last step (it may be in another document)"), "edit"),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), "", "edit"),
    ActionSpec("span.delete", QT_TRANSLATE_NOOP("Actions", "&Delete Span"), ("Delete",),
               QT_TRANSLATE_NOOP("Actions", "Delete the spans selected in the entity table, or the "
                                            "innermost span at the text cursor"), "edit", 1),
    # Ctrl+Shift+F searches the corpus, as in editors; fixing text moved to Ctrl+Alt+E.
    ActionSpec("text.fix", QT_TRANSLATE_NOOP("Actions", "Fi&x Text…"), ("Ctrl+Alt+E",),
               QT_TRANSLATE_NOOP("Actions", "Correct the selected characters; tags stay"), "edit", 1),
    ActionSpec("documents.duplicates", QT_TRANSLATE_NOOP("Actions", "Find Dupl&icates…"), ("Ctrl+Alt+D",),
               QT_TRANSLATE_NOOP("Actions", "Same story twice: merge or keep separate"), "edit", 1),
    ActionSpec("schema.edit", QT_TRANSLATE_NOOP("Actions", "Edit &Schema…"), ("Ctrl+Shift+E",),
               QT_TRANSLATE_NOOP("Actions", "Labels, event types, roles"), "edit", 2),
    ActionSpec("model.train", QT_TRANSLATE_NOOP("Actions", "&Train Model…"), ("Ctrl+Alt+T",),
               QT_TRANSLATE_NOOP("Actions", "Train, score and choose models"), "edit", 2),
    # curator/ui/find_bar.py and curator/ui/search_window.py
    ActionSpec("text.find", QT_TRANSLATE_NOOP("Actions", "&Find in Document…"), ("Ctrl+F",),
               QT_TRANSLATE_NOOP("Actions", "Case, accents and Turkish ı/i folded; Bişkek also "
                                            "finds Bişkek'te"), "edit", 3),
    ActionSpec("text.find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"), ("F3",), "", "edit", 3),
    ActionSpec("text.find_previous", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), ("Shift+F3",),
               "", "edit", 3),
    ActionSpec("search.corpus", QT_TRANSLATE_NOOP("Actions", "Search &Corpus…"), ("Ctrl+Shift+F",),
               QT_TRANSLATE_NOOP("Actions", "Every document: hits in context; select hits and press"
                                            " a label key to tag them all (one undo step)"), "edit", 3),
    MenuSpec("view", QT_TRANSLATE_NOOP("Actions", "Vie&w")),
    ActionSpec("view.label_tags", QT_TRANSLATE_NOOP("Actions", "Label &Tags"), ("Ctrl+T",),
               QT_TRANSLATE_NOOP("Actions", "Name each span's label in a small tag after it (the "
                                            "text and its offsets stay as they are)"),
               "view", checkable=True),
    ActionSpec("view.statistics", QT_TRANSLATE_NOOP("Actions", "&Statistics…"), (),
               QT_TRANSLATE_NOOP("Actions", "Documents by status and language, spans per label, "
                                            "work per annotator per day, suggestion acceptance and "
                                            "agreement, as charts and tables"), "view", 1),
    MenuSpec("annotate", QT_TRANSLATE_NOOP("Actions", "&Annotate")),
    MenuSpec("annotate.exact_tags", QT_TRANSLATE_NOOP("Actions", "Tag E&xact Characters"), "annotate", 1),
    ActionSpec("annotate.exact", QT_TRANSLATE_NOOP("Actions", "Exact Character &Selections"),
               ("Ctrl+Shift+X",),
               QT_TRANSLATE_NOOP("Actions", "Tag exactly the selected characters instead of "
                                            "snapping to words (e.g. ЖККУ inside ЖККУнун)"),
               "annotate", 1, checkable=True),
    MenuSpec("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    ActionSpec("document.info", QT_TRANSLATE_NOOP("Actions", "Document &Info…"), ("Ctrl+Shift+M",),
               QT_TRANSLATE_NOOP("Actions", "Title, date, source, author, import log"), "go"),
    ActionSpec("document.history", QT_TRANSLATE_NOOP("Actions", "Document &History…"), ("Ctrl+Shift+H",),
               QT_TRANSLATE_NOOP("Actions", "This document's changes: who, when, what; revert one"), "go"),
    ActionSpec("document.next", QT_TRANSLATE_NOOP("Actions", "&Next Document"), ("Alt+Down", "Ctrl+PgDown"),
               "", "go", 1),
    ActionSpec("document.previous", QT_TRANSLATE_NOOP("Actions", "&Previous Document"),
               ("Alt+Up", "Ctrl+PgUp"), "", "go", 1),
    # Ctrl+Alt+F: Ctrl+F finds in the text
    ActionSpec("documents.filter", QT_TRANSLATE_NOOP("Actions", "&Filter Documents"), ("Ctrl+Alt+F",),
               QT_TRANSLATE_NOOP("Actions", "Title words, lang:ky, source:AA, date:2021"), "go", 2),
    ActionSpec("focus.documents", QT_TRANSLATE_NOOP("Actions", "Focus &Documents"), ("Ctrl+1",), "", "go", 2),
    ActionSpec("focus.text", QT_TRANSLATE_NOOP("Actions", "Focus &Text"), ("Ctrl+2",), "", "go", 2),
    ActionSpec("focus.entities", QT_TRANSLATE_NOOP("Actions", "Focus &Entity Table"), ("Ctrl+3",),
               "", "go", 2),
    # curator/ui/keyboard.py: the panes in reading order (documents, text, entities, lower tabs)
    ActionSpec("focus.next_pane", QT_TRANSLATE_NOOP("Actions", "Next P&ane"), ("F6",),
               QT_TRANSLATE_NOOP("Actions", "Move the focus to the next pane"), "go", 2),
    ActionSpec("focus.previous_pane", QT_TRANSLATE_NOOP("Actions", "Pre&vious Pane"), ("Shift+F6",), "",
               "go", 2),
    MenuSpec("events", QT_TRANSLATE_NOOP("Actions", "E&vents")),
    MenuSpec("events.new", QT_TRANSLATE_NOOP("Actions", "&New Event on Selection"), "events"),
    ActionSpec("event.argument", QT_TRANSLATE_NOOP("Actions", "Add &Argument…"), ("Ctrl+R",),
               QT_TRANSLATE_NOOP("Actions", "Fill a role of the selected event"), "events"),
    MenuSpec("events.realis", QT_TRANSLATE_NOOP("Actions", "Set &Realis"), "events"),
    ActionSpec("event.realis.actual", QT_TRANSLATE_NOOP("Actions", "&Actual"), (),
               QT_TRANSLATE_NOOP("Actions", "Mark the selected event as actual"), "events.realis"),
    ActionSpec("event.realis.planned", QT_TRANSLATE_NOOP("Actions", "&Planned"), (),
               QT_TRANSLATE_NOOP("Actions", "Mark the selected event as planned"), "events.realis"),
    ActionSpec("event.realis.hypothetical", QT_TRANSLATE_NOOP("Actions", "&Hypothetical"), (),
               QT_TRANSLATE_NOOP("Actions", "Mark the selected event as hypothetical"), "events.realis"),
    ActionSpec("event.realis.negated", QT_TRANSLATE_NOOP("Actions", "&Negated"), (),
               QT_TRANSLATE_NOOP("Actions", "Mark the selected event as negated"), "events.realis"),
    ActionSpec("event.date", QT_TRANSLATE_NOOP("Actions", "Set &Date…"), ("Ctrl+Shift+D",),
               QT_TRANSLATE_NOOP("Actions", "Type the event's date in any form"), "events"),
    ActionSpec("event.attribute", QT_TRANSLATE_NOOP("Actions", "Set A&ttribute…"), ("Ctrl+Shift+T",),
               QT_TRANSLATE_NOOP("Actions", "Context and others"), "events"),
    ActionSpec("relation.add", QT_TRANSLATE_NOOP("Actions", "Add Re&lation…"), ("Ctrl+Shift+R",),
               QT_TRANSLATE_NOOP("Actions", "Relate the span at the cursor to another span"), "events", 1),
    ActionSpec("events.corpus", QT_TRANSLATE_NOOP("Actions", "&Corpus Events…"), ("Ctrl+Alt+V",),
               QT_TRANSLATE_NOOP("Actions", "Reports of the same event across documents: "
                                            "consolidate, split, join, confirm"), "events", 2),
    MenuSpec("knowledge", QT_TRANSLATE_NOOP("Actions", "&Knowledge")),
    ActionSpec("entity.find", QT_TRANSLATE_NOOP("Actions", "&Link Mention…"), ("Ctrl+L",),
               QT_TRANSLATE_NOOP("Actions", "Search the knowledge base"), "knowledge"),
    ActionSpec("entity.new", QT_TRANSLATE_NOOP("Actions", "&New Entity from Mention"), ("Ctrl+Shift+L",),
               "", "knowledge"),
    ActionSpec("entity.link_all", QT_TRANSLATE_NOOP("Actions", "Link &Every Identical Mention"),
               ("Ctrl+Alt+L",), "", "knowledge"),
    ActionSpec("entity.unlink", QT_TRANSLATE_NOOP("Actions", "&Unlink Mention"), ("Ctrl+Alt+U",),
               "", "knowledge"),
    ActionSpec("entity.link_corpus", QT_TRANSLATE_NOOP("Actions", "Link Un&ambiguous Mentions"), (),
               QT_TRANSLATE_NOOP("Actions", "Link every unlinked mention whose text names exactly "
                                            "one canonical entity"), "knowledge"),
    MenuSpec("review", QT_TRANSLATE_NOOP("Actions", "&Review")),
    # Ctrl+Enter: the keypad's Enter
    ActionSpec("review.annotated", QT_TRANSLATE_NOOP("Actions", "Mark as &Annotated"),
               ("Ctrl+Return", "Ctrl+Enter"),
               QT_TRANSLATE_NOOP("Actions", "The annotator is done with this document"), "review"),
    ActionSpec("review.approve", QT_TRANSLATE_NOOP("Actions", "A&pprove"), ("Ctrl+Alt+A",),
               QT_TRANSLATE_NOOP("Actions", "Reviewer: approve; it becomes read-only"), "review"),
    ActionSpec("review.return", QT_TRANSLATE_NOOP("Actions", "&Return with Comment…"), ("Ctrl+Alt+R",),
               QT_TRANSLATE_NOOP("Actions", "Reviewer: send it back with a comment"), "review"),
    ActionSpec("review.reopen", QT_TRANSLATE_NOOP("Actions", "Re&open"), ("Ctrl+Alt+O",),
               QT_TRANSLATE_NOOP("Actions", "Back to in progress (approved ones: reviewer)"), "review"),
    ActionSpec("review.reviewer_mode", QT_TRANSLATE_NOOP("Actions", "Reviewer &Mode"), (),
               QT_TRANSLATE_NOOP("Actions", "Work as reviewer (kept in the project)"),
               "review", 1, checkable=True),
    # adjudication into the gold layer (curator/ui/adjudication_actions.py)
    ActionSpec("adjudicate.mode", QT_TRANSLATE_NOOP("Actions", "A&djudicate"), ("Ctrl+Alt+J",),
               QT_TRANSLATE_NOOP("Actions", "Reviewer: compare the annotators' layers; in the list "
                                            "1/2 accept layer A/B, 3 both, 0 neither, E edit, N/P "
                                            "next/previous"), "review", 2),
    ActionSpec("adjudicate.accept_agreed", QT_TRANSLATE_NOOP("Actions", "Accept Agreed into &Gold"),
               ("Ctrl+Alt+Shift+J",),
               QT_TRANSLATE_NOOP("Actions", "Reviewer: copy everything all annotators agree on in "
                                            "this document into gold"), "review", 2),
    ActionSpec("adjudicate.accept_agreed_corpus",
               QT_TRANSLATE_NOOP("Actions", "Accept Agreed in the &Corpus"),
               (),
               QT_TRANSLATE_NOOP("Actions", "Reviewer: copy everything all annotators agree on into"
                                            " gold, in every document"), "review", 2),
    MenuSpec("suggest", QT_TRANSLATE_NOOP("Actions", "&Suggest")),
    ActionSpec("suggestion.accept", QT_TRANSLATE_NOOP("Actions", "&Accept Suggestion"), ("A",),
               QT_TRANSLATE_NOOP("Actions", "Accept the suggestion at the cursor"), "suggest"),
    ActionSpec("suggestion.reject", QT_TRANSLATE_NOOP("Actions", "&Reject Suggestion"), ("R",),
               QT_TRANSLATE_NOOP("Actions", "Reject it for good"), "suggest"),
    ActionSpec("suggestion.accept_next", QT_TRANSLATE_NOOP("Actions", "Accept and &Next"), ("Shift+A",),
               QT_TRANSLATE_NOOP("Actions", "Accept, then go to the next one"), "suggest"),
    ActionSpec("suggestion.next", QT_TRANSLATE_NOOP("Actions", "Ne&xt Suggestion"), ("N",),
               QT_TRANSLATE_NOOP("Actions", "Select the next suggestion (or document)"), "suggest"),
    ActionSpec("suggestion.previous", QT_TRANSLATE_NOOP("Actions", "&Previous Suggestion"), ("Shift+N",),
               "", "suggest"),
    ActionSpec("suggestion.accept_label",
               QT_TRANSLATE_NOOP("Actions", "Accept All of This &Label in Document"),
               ("Ctrl+Shift+A",),
               QT_TRANSLATE_NOOP("Actions", "Every suggestion in this document with the label of "
                                            "the one at the cursor"), "suggest", 1),
    ActionSpec("suggestion.accept_entity", QT_TRANSLATE_NOOP("Actions", "Accept This &Entity Everywhere"),
               ("Ctrl+Alt+Shift+A",),
               QT_TRANSLATE_NOOP("Actions", "Every suggested mention of the canonical entity at the"
                                            " cursor, across the corpus"), "suggest", 1),
    ActionSpec("suggestion.run_document", QT_TRANSLATE_NOOP("Actions", "&Suggest in Document"), ("Ctrl+G",),
               QT_TRANSLATE_NOOP("Actions", "Run the suggester here"), "suggest", 2),
    ActionSpec("suggestion.run_corpus", QT_TRANSLATE_NOOP("Actions", "Suggest in &Corpus"), ("Ctrl+Shift+G",),
               QT_TRANSLATE_NOOP("Actions", "Run it everywhere"), "suggest", 2),
    MenuSpec("boilerplate", QT_TRANSLATE_NOOP("Actions", "&Boilerplate")),
    ActionSpec("boilerplate.accept", QT_TRANSLATE_NOOP("Actions", "E&xclude Proposal"), ("X",),
               QT_TRANSLATE_NOOP("Actions", "Accept the boilerplate proposal at the cursor (or "
                                            "selected in the Boilerplate tab): the text is dimmed, "
                                            "cannot be tagged and is left out of exports; a line "
                                            "join joins the lines"), "boilerplate"),
    ActionSpec("boilerplate.reject", QT_TRANSLATE_NOOP("Actions", "&Keep Text (Reject Proposal)"), ("K",),
               QT_TRANSLATE_NOOP("Actions", "Reject the proposal at the cursor; it is never proposed again"),
               "boilerplate"),
    ActionSpec("boilerplate.next", QT_TRANSLATE_NOOP("Actions", "&Next Proposal"), ("B",),
               QT_TRANSLATE_NOOP("Actions", "Move to the next boilerplate proposal"), "boilerplate"),
    ActionSpec("boilerplate.previous", QT_TRANSLATE_NOOP("Actions", "&Previous Proposal"), ("Shift+B",),
               "", "boilerplate"),
    ActionSpec("boilerplate.accept_kind_document",
               QT_TRANSLATE_NOOP("Actions", "Accept This Kind in the &Document"),
               ("Shift+X",),
               QT_TRANSLATE_NOOP("Actions", "Accept every proposal of the current proposal's kind "
                                            "in this document"), "boilerplate", 1),
    ActionSpec("boilerplate.reject_kind_document",
               QT_TRANSLATE_NOOP("Actions", "Reject This Kind in the Document"),
               ("Shift+K",), "", "boilerplate", 1),
    ActionSpec("boilerplate.accept_kind_corpus",
               QT_TRANSLATE_NOOP("Actions", "Accept This Kind in the &Corpus"),
               ("Ctrl+Alt+X",),
               QT_TRANSLATE_NOOP("Actions", "Accept every proposal of the current proposal's kind "
                                            "in every document (one undo step)"), "boilerplate", 1),
    ActionSpec("boilerplate.reject_kind_corpus",
               QT_TRANSLATE_NOOP("Actions", "Reject This Kind in the Corpus"),
               ("Ctrl+Alt+K",), "", "boilerplate", 1),
    ActionSpec("boilerplate.detect", QT_TRANSLATE_NOOP("Actions", "D&etect in the Corpus"), ("Ctrl+Shift+B",),
               QT_TRANSLATE_NOOP("Actions", "Propose boilerplate in every document, and lines "
                                            "repeated across many documents"), "boilerplate", 2),
    MenuSpec("project", QT_TRANSLATE_NOOP("Actions", "&Project")),
    ActionSpec("project.health", QT_TRANSLATE_NOOP("Actions", "&Health…"), ("Ctrl+Alt+H",),
               QT_TRANSLATE_NOOP("Actions", "Check the whole project for damage; restore the latest"
                                            " good backup"), "project"),
    ActionSpec("project.backup", QT_TRANSLATE_NOOP("Actions", "&Back Up Now"), (),
               QT_TRANSLATE_NOOP("Actions", "Write a backup beside the project (10 are kept)"), "project"),
    ActionSpec("project.restore_backup", QT_TRANSLATE_NOOP("Actions", "Restore from &Backup…"), (),
               QT_TRANSLATE_NOOP("Actions", "List the project's backups and restore one into a new "
                                            "project file"), "file", 1),
    # Assignment (curator.ui.assign_dialog): hand documents out; walk one's own queue.
    ActionSpec("project.assign", QT_TRANSLATE_NOOP("Actions", "&Assign Documents…"), (),
               QT_TRANSLATE_NOOP("Actions", "Give each document to one annotator, a seeded fraction"
                                            " to several"), "project", 1),
    ActionSpec("queue.next", QT_TRANSLATE_NOOP("Actions", "Next in &My Queue"), ("Ctrl+Shift+N",),
               QT_TRANSLATE_NOOP("Actions", "Open the next document assigned to you that you have "
                                            "not marked annotated"), "go", 1),
    # Agreement (issue 11): reports only, so no keys of their own to collide with annotation keys.
    ActionSpec("project.agreement", QT_TRANSLATE_NOOP("Actions", "A&greement…"), (),
               QT_TRANSLATE_NOOP("Actions", "Span F1, κ, α and αU between the annotators' layers, "
                                            "per pair, label and event type"), "project", 3),
    ActionSpec("project.feedback", QT_TRANSLATE_NOOP("Actions", "My &Feedback…"), (),
               QT_TRANSLATE_NOOP("Actions", "Where your layer differs from the gold layer, and the "
                                            "confusion table"), "project", 3),
    # Layers: whose annotations the window shows (layers_menu.py) and who you are (annotator_prompt.py).
    ActionSpec("annotator.switch", QT_TRANSLATE_NOOP("Actions", "S&witch Annotator…"), (),
               QT_TRANSLATE_NOOP("Actions", "Reopen the project as another annotator"), "file", 1),
    MenuSpec("layers", QT_TRANSLATE_NOOP("Actions", "La&yers")),
    ActionSpec("layers.others", QT_TRANSLATE_NOOP("Actions", "Show &Other Layers"), ("Ctrl+Alt+Y",),
               QT_TRANSLATE_NOOP("Actions", "Show every other annotator's layer beside yours, read-only"),
               "layers", checkable=True),
    ActionSpec("layers.choose", QT_TRANSLATE_NOOP("Actions", "&Choose Layers…"), ("Ctrl+Shift+Y",),
               QT_TRANSLATE_NOOP("Actions", "Pick the annotators whose layers are shown, read-only"),
               "layers"),
    MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), ("F1",),
               QT_TRANSLATE_NOOP("Actions", "Every action and its keys"), "help"),
    ActionSpec("edit.preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), ("Ctrl+,",),
               QT_TRANSLATE_NOOP("Actions", "Text font, theme, label colours, keys, your name, "
                                            "suggestions and backups"), "edit", 9),
    # --- the offline team flow (curator.ui.merge_dialog) ---
    ActionSpec("project.merge", QT_TRANSLATE_NOOP("Actions", "&Merge Project…"), (),
               QT_TRANSLATE_NOOP("Actions", "Merge another project file into this one (not "
                                            "undoable; a backup is taken first)"), "file", 1),
)  # fmt: skip
