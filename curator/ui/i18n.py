"""The interface language: Qt translators for Curator's strings and Qt's own, and the matching locale.

Curator's catalogues are `resources/translations/curator_<code>.qm`, compiled from the `.ts` files beside
them (packaging/translations.py) and committed, so a fresh clone, a wheel and the PyInstaller folder (which
all ship resources/) speak Turkish without a build step. English has one too, holding only the plural
forms ("1 document", "3 documents" for the source "%n document(s)"). Qt's own catalogue
(`qtbase_<code>.qm`, from the translations folder of the PySide6 that runs, which PyInstaller's Qt hook
ships) translates the standard buttons (OK, Cancel, Yes, No) and the file dialog.

The preference `interface_language` is "system" (the first of the system's UI languages Curator has a
catalogue for, else English), "en", or any code that has a catalogue. Installing a language also sets the
default QLocale, so numbers and dates read the same way as the words around them.

Strings are translated when a widget is made (`self.tr(...)` in constructors), so a new language reaches
a window that exists only by making it again: see curator/ui/language_switch.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from curator.core.project.resources import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SOURCE_LANGUAGE = "en"  # the language of the strings in the code: it needs no catalogue
# Each language in its own name, as the Preferences list shows it (the reader may not know English).
NATIVE_NAMES = {"en": "English", "tr": "Türkçe", "ru": "Русский", "ky": "Кыргызча"}

# Strings of Qt's own dialogs that the qtbase_tr.qm of PySide 6.11 lacks (its file dialog says "Files of
# &type:" where the catalogue has the older "Files of type:"): Curator's catalogue, installed after Qt's,
# answers for them in Qt's own contexts. The translation walk finds any new one.
QT_GAPS = (
    (QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"), "QFileDialog"),
    (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), "QFileDialog"),
)

_installed: list[QTranslator] = []  # kept referenced: Qt does not own an installed translator
_current = SOURCE_LANGUAGE


def catalogue(code: str, folder: Path | None = None) -> Path:
    return (folder or TRANSLATIONS_DIR) / f"curator_{code}.qm"


def available_languages(folder: Path | None = None) -> list[str]:
    """English and every language with a compiled catalogue, English first, then by code."""
    found = sorted(
        path.stem.removeprefix("curator_") for path in (folder or TRANSLATIONS_DIR).glob("curator_*.qm")
    )
    return [SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE)]


def native_name(code: str) -> str:
    """How the language calls itself; Qt's name for one not listed here, else the code."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def resolve(preference: str, folder: Path | None = None) -> str:
    """The language code `preference` means here: "system" follows the system's UI languages (the first
    one Curator has a catalogue for); a language whose catalogue is gone falls back to English."""
    available = available_languages(folder)
    if preference != "system":
        return preference if preference in available else SOURCE_LANGUAGE
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def install_language(preference: str, folder: Path | None = None) -> str:
    """Replace the installed translators by those of `preference` (see `resolve`); the code used.

    Qt's own catalogue is optional (a trimmed Qt may lack it): without it the standard buttons stay
    English and Curator's own strings are translated all the same."""
    global _current
    app = QCoreApplication.instance()
    code = resolve(preference, folder)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if app is not None:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        paths = [catalogue(code, folder)]  # English's has only the plural forms of "%n document(s)"
        if code != SOURCE_LANGUAGE:
            paths.insert(0, Path(qt_folder) / f"qtbase_{code}.qm")
        for path in paths:
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(code))
    _current = code
    return code
