"""thinc for the packaged build: pyinstaller-hooks-contrib's hook without thinc's test suite."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("thinc", excludes=["tests", "tests/**"])
hiddenimports = collect_submodules("thinc", filter=lambda name: not name.startswith("thinc.tests"))
