"""spaCy for the packaged build: pyinstaller-hooks-contrib's hook (every submodule, every data file)
without spaCy's own test suite, 1,000 modules the application never imports (and that need pytest)."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["tests", "tests/**"])
hiddenimports = collect_submodules("spacy", filter=lambda name: not name.startswith("spacy.tests"))
