#!/usr/bin/env bash
# Set up Curator on a fresh Debian/Ubuntu machine (Python >= 3.11 is the only prerequisite), then
#   bash packaging/bootstrap.sh run  [curator args...]   open the window (default project: the sample corpus)
#   bash packaging/bootstrap.sh test [pytest args...]    lint, type-check the core, run the whole test suite
# Steps: find Python, install the Debian libraries Qt needs (only the missing ones), create .venv, install
# Curator into it (skipped while pyproject.toml and setup.py are unchanged), then run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
STAMP="$VENV/.curator-bootstrap"

BASE_PACKAGES=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 GLIB libxkbcommon0)
RUN_PACKAGES=(
    libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
    libxcb-xkb1 libxkbcommon-x11-0
)

# The server tests start a throwaway cluster of the distribution's PostgreSQL (tests/helpers/pg_cluster.py);
# tests/packaging/ validates the AppStream metainfo and the desktop entry with Debian's own validators.
TEST_PACKAGES=(postgresql appstream desktop-file-utils)

say() { printf 'bootstrap: %s\n' "$*"; }
die() { printf 'bootstrap: error: %s\n' "$*" >&2; exit 1; }

usage() {
    cat >&2 <<'EOF'
usage: bash packaging/bootstrap.sh run  [curator args...]   set up, then open Curator
       bash packaging/bootstrap.sh test [pytest args...]    set up, then run ruff, mypy and the test suite
EOF
    exit 2
}

MODE="${1:-}"
case "$MODE" in
    run | test) shift ;;
    -h | --help) usage ;;
    *) usage ;;
esac

# --- Python -------------------------------------------------------------------------------------------

python_ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1; }

find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        # pyenv shims exist for versions that are not active and fail when run, so run each one.
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            "$candidate" -c 'import sys; print(sys.executable)'
            return 0
        fi
    done
    return 1
}

PYTHON=""
NEED_VENV=0
if [[ -x "$VENV/bin/python" ]] && python_ok "$VENV/bin/python"; then
    :
else
    NEED_VENV=1
    PYTHON="$(find_python)" || die "Curator needs Python >= 3.11; none found (tried python3.13, python3.12," \
        "python3.11, python3). Debian 12 and Ubuntu 24.04 have it: apt-get install python3 python3-venv"
    say "using $PYTHON ($("$PYTHON" -c 'import platform; print(platform.python_version())'))"
fi
PYTHON_XY=""
NEED_VENV_PACKAGE=0
if ((NEED_VENV)); then
    PYTHON_XY="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    # Debian splits venv/ensurepip into python3-venv; without it `python -m venv` fails half-way.
    "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1 || NEED_VENV_PACKAGE=1
fi

# --- Debian libraries ---------------------------------------------------------------------------------

installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]; }
has_candidate() {
    local policy
    policy="$(apt-cache policy "$1" 2>/dev/null || true)"
    [[ "$policy" =~ Candidate:\ [^\(] ]]
}

glib_package() {
    # Debian 13 / Ubuntu 24.04 renamed it for the 64-bit time_t transition.
    if installed libglib2.0-0t64 || installed libglib2.0-0; then
        installed libglib2.0-0t64 && echo libglib2.0-0t64 || echo libglib2.0-0
    elif has_candidate libglib2.0-0t64; then
        echo libglib2.0-0t64
    else
        echo libglib2.0-0
    fi
}

wanted_packages() {
    local package
    for package in "${BASE_PACKAGES[@]}"; do
        [[ "$package" == GLIB ]] && glib_package || echo "$package"
    done
    if [[ "$MODE" == run ]]; then
        printf '%s\n' "${RUN_PACKAGES[@]}"
    fi
    if [[ "$MODE" == test ]]; then
        printf '%s\n' "${TEST_PACKAGES[@]}"
    fi
    if ((NEED_VENV_PACKAGE)); then
        echo python3-venv
        if has_candidate "python$PYTHON_XY-venv"; then echo "python$PYTHON_XY-venv"; fi
    fi
}

missing_packages() {
    local package
    while read -r package; do
        installed "$package" || echo "$package"
    done < <(wanted_packages)
}

if command -v dpkg-query >/dev/null 2>&1; then
    mapfile -t MISSING < <(missing_packages)
    if ((${#MISSING[@]})); then
        if [[ "$(id -u)" -ne 0 ]]; then
            say "Curator needs these Debian packages, which are not installed: ${MISSING[*]}" >&2
            say "install them, then run this script again:" >&2
            echo "sudo apt-get update && sudo apt-get install -y --no-install-recommends ${MISSING[*]}" >&2
            exit 1
        fi
        say "installing Debian packages: ${MISSING[*]}"
        apt-get update -qq
        mapfile -t MISSING < <(missing_packages) # package names may resolve differently after the update
        if ((${#MISSING[@]})); then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${MISSING[@]}" \
                >/dev/null
        fi
    fi
else
    say "note: not a Debian-based system (no dpkg); make sure Qt's libraries are installed (EGL, OpenGL,"
    say "      fontconfig, freetype, glib, dbus, xkbcommon and, for the window, xcb-cursor and the xcb-* family)."
fi

# --- virtual environment and Curator ------------------------------------------------------------------

if ((NEED_VENV)); then
    if [[ -e "$VENV" ]]; then
        say "$VENV does not work with Python >= 3.11; recreating it"
        rm -rf "$VENV"
    fi
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV" || die "could not create $VENV (on Debian/Ubuntu: apt-get install python3-venv)"
fi

if command -v sha256sum >/dev/null 2>&1; then
    PYPROJECT_SHA="$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)"
else
    PYPROJECT_SHA="$("$VENV/bin/python" -c 'import hashlib
print(hashlib.sha256(open("pyproject.toml", "rb").read() + open("setup.py", "rb").read()).hexdigest())')"
fi
# The path is in the stamp too: a venv copied or moved with the tree has scripts pointing elsewhere.
WANT_STAMP="$PYPROJECT_SHA $ROOT"
if [[ ! -x "$VENV/bin/curator" || "$(cat "$STAMP" 2>/dev/null || true)" != "$WANT_STAMP" ]]; then
    say "installing Curator and its dependencies into .venv (the first time takes a few minutes)"
    rm -f "$STAMP"
    # The package extra (PyInstaller) is for packaging/build.sh and the test that builds with it.
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install --quiet --no-input -e ".[test,package]"
    echo "$WANT_STAMP" >"$STAMP"
fi

# --- run ----------------------------------------------------------------------------------------------

if [[ "$MODE" == run ]]; then
    case "${QT_QPA_PLATFORM:-}" in
        offscreen | minimal | vnc*) exec "$VENV/bin/curator" "$@" ;;
    esac
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        if command -v xvfb-run >/dev/null 2>&1; then
            say "no display (\$DISPLAY and \$WAYLAND_DISPLAY are unset): running under xvfb-run, a virtual"
            say "screen; the window will not be visible. Use ssh -X or a desktop session to see it."
            export QT_QPA_PLATFORM=xcb
            exec xvfb-run -a -s "-screen 0 1600x1000x24" "$VENV/bin/curator" "$@"
        fi
        cat >&2 <<'EOF'
bootstrap: error: no display ($DISPLAY and $WAYLAND_DISPLAY are unset), so the window cannot open.
  - on a desktop, run this from a terminal inside the graphical session;
  - over SSH, reconnect with `ssh -X host` (X11 forwarding) and run it again;
  - on a headless machine, install a virtual display and run it again:
        sudo apt-get install -y xvfb
        bash packaging/bootstrap.sh run
The command line works without a display: .venv/bin/curator --help
EOF
        exit 1
    fi
    exec "$VENV/bin/curator" "$@"
fi

# --- test ---------------------------------------------------------------------------------------------

export QT_QPA_PLATFORM=offscreen
LINT_TARGETS=(curator tests)
if [[ -d benchmarks ]]; then LINT_TARGETS+=(benchmarks); fi
say "ruff check ${LINT_TARGETS[*]}"
LINT_STATUS=0
"$VENV/bin/ruff" check --quiet "${LINT_TARGETS[@]}" || LINT_STATUS=$?
((LINT_STATUS == 0)) && say "ruff: clean"
say "mypy curator/core"
TYPE_STATUS=0
"$VENV/bin/mypy" curator/core || TYPE_STATUS=$?
((TYPE_STATUS == 0)) && say "mypy: clean"

TEST_STATUS=0
"$VENV/bin/python" -m pytest "$@" || TEST_STATUS=$?
if ((TEST_STATUS == 5)); then
    say "FAILED: pytest collected no tests" >&2
elif ((TEST_STATUS != 0)); then
    say "FAILED: pytest exited with $TEST_STATUS" >&2
fi
if ((LINT_STATUS != 0)); then
    say "FAILED: ruff found problems (above)" >&2
fi
if ((TYPE_STATUS != 0)); then
    say "FAILED: mypy found problems (above)" >&2
fi
if ((LINT_STATUS != 0 || TYPE_STATUS != 0)); then
    ((TEST_STATUS != 0)) || exit 1
fi
exit "$TEST_STATUS"
