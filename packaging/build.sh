#!/usr/bin/env bash
# Build Curator as a one-folder application with PyInstaller (packaging/curator.spec):
#   bash packaging/build.sh [--dist DIR] [--work DIR]
# makes DIR/curator/ (default dist/curator/): the program `curator` (the window without arguments, the
# command line with them) and its _internal/ folder, plus share/ with the desktop entry, the AppStream
# metainfo and the icons laid out as in /usr/share (copy share/* into ~/.local/share to install them).
# Needs the build tools of the `package` extra: .venv/bin/pip install -e '.[package]'
# (bootstrap.sh does). $PYTHON chooses another interpreter than .venv/bin/python.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
APP_ID="io.github.curator_annotation.Curator"

say() { printf 'build: %s\n' "$*"; }
die() { printf 'build: error: %s\n' "$*" >&2; exit 1; }

while (($#)); do
    case "$1" in
        --dist) DIST="$(realpath -m "$2")"; shift 2 ;;
        --work) WORK="$(realpath -m "$2")"; shift 2 ;;
        -h | --help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
done

[[ -x "$PYTHON" ]] || die "no Python at $PYTHON: run bash packaging/bootstrap.sh test first, or set \$PYTHON"
"$PYTHON" -c 'import PyInstaller' 2>/dev/null ||
    die "PyInstaller is not installed for $PYTHON: $PYTHON -m pip install -e '$ROOT[package]'"

START=$SECONDS
APP="$DIST/curator"
say "PyInstaller $("$PYTHON" -m PyInstaller --version) → $APP"
# PYTHONPATH: the tree being built, not whatever checkout an editable install of the venv points at.
PYTHONPATH="$ROOT" "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/curator.spec"

# spaCy, thinc and their kin ship their compiled modules with DWARF debug information: about 150 MB of a
# 460 MB folder. Only that is taken out (strip --strip-debug keeps every symbol), and only from files
# that have it, so the libraries whose ELF headers auditwheel rewrote (numpy.libs, Qt) stay untouched.
if command -v strip >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1; then
    while IFS= read -r -d '' library; do
        if readelf -S --wide "$library" 2>/dev/null | grep -q '\.debug_info'; then
            strip --strip-debug "$library"
        fi
    done < <(find "$APP/_internal" -type f -name '*.so*' -print0)
else
    say "note: strip/readelf (binutils) not found: debug information left in (the folder is ~150 MB larger)"
fi

SHARE="$APP/share"
rm -rf "$SHARE"
install -D -m 644 "$ROOT/packaging/curator.desktop" "$SHARE/applications/$APP_ID.desktop"
install -D -m 644 "$ROOT/packaging/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$ROOT/resources/icons/curator.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ROOT"/resources/icons/curator-*.png; do
    size="${png##*/curator-}"
    size="${size%.png}"
    install -D -m 644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

say "built $APP in $((SECONDS - START)) s, $(du -sh "$APP" | cut -f1)"
say "try: $APP/curator --help   (the window: $APP/curator)"
