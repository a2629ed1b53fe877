#!/usr/bin/env bash
# A PostgreSQL team server for Curator on one Debian/Ubuntu machine (a small team, or a trial):
#   bash packaging/team-server.sh [setup] [--dir DIR] [--port PORT] [--listen ADDRESS] [--database NAME]
#   bash packaging/team-server.sh start|stop|status [--dir DIR]
# setup (the default) installs PostgreSQL from the distribution's packages when it is missing, creates a
# cluster in DIR (default ~/.local/share/curator/team-server; /var/lib/curator/team-server under root),
# starts it, creates the database, makes it a Curator project (`curator server init`) and prints the URL
# to give annotators. Running it again changes nothing that is already there (it starts a stopped
# cluster, and restarts it only when --port or --listen changed).
#
# Who may connect: the admin role (--admin, default lead) through the cluster's socket, which
# lives in DIR (only its owner can reach it). Over TCP, with the default --listen 127.0.0.1 anyone with
# an account on this machine may connect as any role (a trial); with any other address (--listen 0.0.0.0
# for the LAN) every TCP connection, the local ones included, needs a password (scram-sha-256).
# PostgreSQL refuses to run as root: under root the cluster belongs to the `postgres` user (runuser).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf 'team-server: %s\n' "$*"; }
die() {
    printf 'team-server: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat >&2 <<'EOF'
usage: bash packaging/team-server.sh [setup] [--dir DIR] [--port PORT] [--listen ADDRESS]
                                     [--database NAME] [--admin ROLE]
       bash packaging/team-server.sh start|stop|status [--dir DIR]
  --dir DIR         the cluster's folder (default ~/.local/share/curator/team-server,
                    /var/lib/curator/team-server under root)
  --port PORT       TCP port (default: the one used last time, else 5432, else the next free one)
  --listen ADDRESS  address(es) to listen on (default 127.0.0.1; 0.0.0.0 for the LAN, with passwords)
  --database NAME   the project's database (default curator)
  --admin ROLE      the role that owns the project's tables (default lead)
The Curator command is .venv/bin/curator of this checkout, else `curator` on PATH; set CURATOR_PYTHON
to run `PYTHON -m curator` instead.
EOF
    exit 2
}

# --- arguments ----------------------------------------------------------------------------------------

ACTION=setup
case "${1:-}" in
    setup | start | stop | status)
        ACTION="$1"
        shift
        ;;
    -h | --help) usage ;;
esac

DIR="" PORT="" LISTEN="" DATABASE="" ADMIN=""
while (($#)); do
    case "$1" in
        --dir | --port | --listen | --database | --admin)
            (($# >= 2)) || die "$1 needs a value"
            case "$1" in
                --dir) DIR="$2" ;;
                --port) PORT="$2" ;;
                --listen) LISTEN="$2" ;;
                --database) DATABASE="$2" ;;
                --admin) ADMIN="$2" ;;
            esac
            shift 2
            ;;
        -h | --help) usage ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
if [[ "$ACTION" != setup && -n "$PORT$LISTEN$DATABASE$ADMIN" ]]; then
    die "$ACTION takes only --dir; change the port, address, database or admin with setup"
fi

if [[ -z "$DIR" ]]; then
    if [[ "$(id -u)" -eq 0 ]]; then
        DIR=/var/lib/curator/team-server # the postgres user cannot enter /root
    else
        DIR="${XDG_DATA_HOME:-$HOME/.local/share}/curator/team-server"
    fi
fi
if [[ "$ACTION" == setup ]]; then
    mkdir -p "$DIR"
elif [[ ! -d "$DIR" ]]; then
    die "no team server in $DIR; create it with: bash packaging/team-server.sh setup --dir $DIR"
fi
DIR="$(cd "$DIR" && pwd)"
DATA="$DIR/data"
STATE="$DIR/team-server.conf"
LOG="$DIR/server.log"

# --- the system -----------------------------------------------------------------------------------------

[[ "$(uname -s)" == Linux ]] || die "this script sets up PostgreSQL on Debian or Ubuntu Linux only" \
    "($(uname -s) here); install PostgreSQL yourself and run: curator server init postgresql://ROLE@HOST:PORT/DB"

RUN_AS=""
if [[ "$(id -u)" -eq 0 ]]; then RUN_AS=postgres; fi

find_bindir() {
    local found
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
        return 0
    fi
    found="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -t/ -k4,4n | tail -n 1)"
    [[ -n "$found" ]] && dirname "$found"
}

install_postgresql() {
    command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 ||
        die "PostgreSQL is not installed and this is not a Debian-based system (no apt-get);" \
            "install PostgreSQL's server with your system's packages and run this script again"
    if [[ "$(id -u)" -ne 0 ]]; then
        say "Curator's team server needs PostgreSQL, which is not installed; install it, then run this" >&2
        say "script again:" >&2
        echo "sudo apt-get update && sudo apt-get install -y --no-install-recommends postgresql" >&2
        exit 1
    fi
    say "installing Debian packages: postgresql"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

BINDIR="$(find_bindir || true)"
if [[ -z "$BINDIR" ]]; then
    [[ "$ACTION" == setup ]] || die "PostgreSQL is not installed; run: bash packaging/team-server.sh setup"
    install_postgresql
    BINDIR="$(find_bindir || true)"
    [[ -n "$BINDIR" ]] || die "PostgreSQL was installed but initdb was not found under /usr/lib/postgresql"
fi

# Every server command runs as the cluster's owner.
as_owner() {
    if [[ -n "$RUN_AS" ]]; then
        runuser -u "$RUN_AS" -- "$@"
    else
        "$@"
    fi
}
pg() {
    local tool="$1"
    shift
    as_owner "$BINDIR/$tool" "$@"
}

# --- the remembered settings ----------------------------------------------------------------------------

# Read as data, never sourced: under root the folder belongs to the postgres user.
remembered() {
    [[ -f "$STATE" ]] || return 0
    sed -n "s/^$1=\([A-Za-z0-9_.:,*-]*\)$/\1/p" "$STATE" | tail -n 1
}

is_running() { pg pg_ctl -D "$DATA" status >/dev/null 2>&1; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local port
    for ((port = 5432; port < 5532; port++)); do
        if ! listening "$port"; then
            echo "$port"
            return 0
        fi
    done
    die "no free port between 5432 and 5531; choose one with --port"
}

loopback_only() {
    local address
    IFS=', ' read -r -a addresses <<<"$1"
    for address in "${addresses[@]}"; do
        [[ "$address" == 127.0.0.1 || "$address" == localhost || "$address" == ::1 ]] || return 1
    done
}

# --- start, stop, status --------------------------------------------------------------------------------

start_cluster() {
    if is_running; then return 0; fi
    pg pg_ctl -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null ||
        die "PostgreSQL did not start; the end of $LOG says why:"$'\n'"$(tail -n 20 "$LOG" 2>/dev/null)"
}

client_url() {
    local user="$1" host="$2"
    echo "postgresql://$user@$host:$PORT/$DATABASE"
}

# The admin connects through the socket in $DIR: only the cluster's owner (and root) can reach it.
admin_url() { echo "postgresql://$ADMIN@/$DATABASE?host=$DIR&port=$PORT"; }

share_host() {
    if loopback_only "$LISTEN"; then
        echo 127.0.0.1
    elif [[ "$LISTEN" == "*" || "$LISTEN" == 0.0.0.0 || "$LISTEN" == "::" ]]; then
        local address
        address="$(hostname -I 2>/dev/null | awk '{print $1}')"
        echo "${address:-$(hostname)}"
    else
        echo "${LISTEN%%,*}"
    fi
}

if [[ "$ACTION" != setup ]]; then
    [[ -f "$DATA/PG_VERSION" ]] || die "no team server in $DIR; create it with: bash packaging/team-server.sh setup" \
        "--dir $DIR"
    PORT="$(remembered PORT)" LISTEN="$(remembered LISTEN)" DATABASE="$(remembered DATABASE)"
    case "$ACTION" in
        start)
            start_cluster
            say "running on port $PORT: $(client_url NAME "$(share_host)")"
            ;;
        stop)
            if is_running; then
                pg pg_ctl -D "$DATA" -m fast -w stop >/dev/null
                say "stopped (start it again with: bash packaging/team-server.sh start --dir $DIR)"
            else
                say "not running"
            fi
            ;;
        status)
            if is_running; then
                say "running in $DIR on port $PORT (listening on $LISTEN): $(client_url NAME "$(share_host)")"
            else
                say "stopped ($DIR); start it with: bash packaging/team-server.sh start --dir $DIR"
                exit 3 # what pg_ctl status says of a stopped server
            fi
            ;;
    esac
    exit 0
fi

# --- setup ----------------------------------------------------------------------------------------------

DATABASE="${DATABASE:-$(remembered DATABASE)}"
DATABASE="${DATABASE:-curator}"
PREVIOUS_ADMIN="$(remembered ADMIN)"
if [[ -n "$ADMIN" && -n "$PREVIOUS_ADMIN" && "$ADMIN" != "$PREVIOUS_ADMIN" && -f "$DATA/PG_VERSION" ]]; then
    die "this cluster's admin role is $PREVIOUS_ADMIN (made by initdb); it cannot become $ADMIN"
fi
ADMIN="${ADMIN:-${PREVIOUS_ADMIN:-lead}}"
LISTEN="${LISTEN:-$(remembered LISTEN)}"
LISTEN="${LISTEN:-127.0.0.1}"
[[ "$DATABASE" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "--database $DATABASE: use letters, digits and _"
[[ "$ADMIN" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "--admin $ADMIN: use letters, digits and _"
[[ "$LISTEN" =~ ^[A-Za-z0-9_.:,*-]+$ ]] || die "--listen $LISTEN: not an address list"
if [[ -n "$PORT" ]]; then
    [[ "$PORT" =~ ^[0-9]+$ ]] && ((PORT > 0 && PORT < 65536)) || die "--port $PORT: not a port number"
else
    PORT="$(remembered PORT)"
    if [[ -z "$PORT" ]]; then PORT="$(free_port)"; fi
fi

if [[ -n "$RUN_AS" ]]; then
    id "$RUN_AS" >/dev/null 2>&1 || die "there is no $RUN_AS user to run PostgreSQL as (PostgreSQL refuses" \
        "to run as root); reinstall the postgresql package, or run this script as an ordinary user"
    chown "$RUN_AS:" "$DIR"
    runuser -u "$RUN_AS" -- test -w "$DIR" || die "the $RUN_AS user cannot reach $DIR (one of its parent" \
        "folders is private); choose a folder it can reach with --dir, e.g. under /var/lib or /srv"
fi
chmod 700 "$DIR"

if [[ ! -f "$DATA/PG_VERSION" ]]; then
    say "creating a PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') cluster in $DATA"
    pg initdb -D "$DATA" -U "$ADMIN" -A scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 \
        >"$DIR/initdb.log" 2>&1 || die "initdb failed:"$'\n'"$(tail -n 20 "$DIR/initdb.log")"
fi

# Our settings live in their own file the main configuration includes, so rerunning rewrites only them.
SETTINGS="port = $PORT
listen_addresses = '$LISTEN'
unix_socket_directories = '$DIR'
password_encryption = 'scram-sha-256'"
if loopback_only "$LISTEN"; then
    TCP_METHOD=trust # a trial on one machine: every local account may connect as any role
else
    TCP_METHOD=scram-sha-256
fi
HBA="# Written by packaging/team-server.sh (rewritten on every setup).
# The socket is in $DIR, which only the cluster's owner can enter.
local all all trust
host all all 127.0.0.1/32 $TCP_METHOD
host all all ::1/128 $TCP_METHOD"
if ! loopback_only "$LISTEN"; then
    HBA+="
host all all 0.0.0.0/0 scram-sha-256
host all all ::/0 scram-sha-256"
fi

CHANGED=0
if [[ "$(as_owner cat "$DATA/curator.conf" 2>/dev/null || true)" != "$SETTINGS" ]]; then
    printf '%s\n' "$SETTINGS" | as_owner tee "$DATA/curator.conf" >/dev/null
    CHANGED=1
fi
if [[ "$(as_owner cat "$DATA/pg_hba.conf")" != "$HBA" ]]; then
    printf '%s\n' "$HBA" | as_owner tee "$DATA/pg_hba.conf" >/dev/null
    CHANGED=1
fi
if ! as_owner grep -qx "include_if_exists = 'curator.conf'" "$DATA/postgresql.conf"; then
    echo "include_if_exists = 'curator.conf'" | as_owner tee -a "$DATA/postgresql.conf" >/dev/null
fi
printf 'PORT=%s\nLISTEN=%s\nDATABASE=%s\nADMIN=%s\n' "$PORT" "$LISTEN" "$DATABASE" "$ADMIN" >"$STATE"

if is_running && ((CHANGED)); then
    say "settings changed: restarting"
    pg pg_ctl -D "$DATA" -m fast -w stop >/dev/null
fi
if ! is_running && listening "$PORT"; then
    die "port $PORT is taken by another program; choose another with --port"
fi
start_cluster

if [[ -z "$(pg psql -h "$DIR" -p "$PORT" -U "$ADMIN" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]]; then
    say "creating the database $DATABASE"
    pg createdb -h "$DIR" -p "$PORT" -U "$ADMIN" -E UTF8 "$DATABASE"
fi

if [[ -n "${CURATOR_PYTHON:-}" ]]; then
    CURATOR=("$CURATOR_PYTHON" -m curator)
elif [[ -x "$ROOT/.venv/bin/curator" ]]; then
    CURATOR=("$ROOT/.venv/bin/curator")
elif command -v curator >/dev/null 2>&1; then
    CURATOR=(curator)
else
    die "Curator is not installed: run bash packaging/bootstrap.sh run once (it makes .venv), then this again"
fi
"${CURATOR[@]}" server init "$(admin_url)" >/dev/null || die "curator server init failed (above)"

HOST="$(share_host)"
say "the team server is running in $DIR on port $PORT (listening on $LISTEN)"
say "give annotators this URL (each with their own NAME): $(client_url NAME "$HOST")"
say "  they open it with: curator --project $(client_url NAME "$HOST")"
say "next, add each person (as the admin, on this machine):"
say "  curator --project '$(admin_url)' server add-user NAME --role annotator"
if [[ "$TCP_METHOD" == trust ]]; then
    say "note: listening on $LISTEN only, without passwords: a trial for the accounts of this machine;"
    say "      for a team on the LAN run setup again with --listen 0.0.0.0 (passwords required)."
fi
say "manage it with: bash packaging/team-server.sh start|stop|status --dir $DIR"
