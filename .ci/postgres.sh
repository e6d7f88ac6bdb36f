#!/usr/bin/env bash
# Throw-away PostgreSQL for the tests: install (Debian) if missing, start a cluster
# on 127.0.0.1 on a free port under a temp dir, create the database, print the URL.
# Idempotent: a second call finds the running cluster and only prints the URL.
#   .ci/postgres.sh            → prints ZCAUDIT_PG_URL=postgresql+psycopg://…, writes .ci/pg.url
#   .ci/postgres.sh stop       → stops the cluster
#   eval "$(.ci/postgres.sh | grep ^ZCAUDIT_PG_URL=)"; export ZCAUDIT_PG_URL
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PGDIR=${ZCAUDIT_PG_DIR:-${TMPDIR:-/tmp}/zcaudit-pg}
DB=${ZCAUDIT_PG_DB:-zcaudit_test}
URLFILE="$ROOT/.ci/pg.url"

find_bin() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
    return 1
}

BIN=$(find_bin || true)
if [ -z "$BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing postgresql (apt-get) …" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        BIN=$(find_bin)
    else
        echo "postgres.sh: no PostgreSQL binaries and cannot install them (need root + apt-get)" >&2
        exit 1
    fi
fi

# root cannot run the server: run every server-side command as 'postgres'
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$PGDIR" postgres
    as() { runuser -u postgres -- "$@"; }
    OWNER=postgres
else
    as() { "$@"; }
    OWNER=$(id -un)
fi

DATA="$PGDIR/data"
if [ "${1:-}" = "stop" ]; then
    [ -d "$DATA" ] && as "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true
    rm -f "$PGDIR/port" "$URLFILE"
    exit 0
fi

if [ -f "$PGDIR/port" ] && as "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    PORT=$(cat "$PGDIR/port")
else
    mkdir -p "$PGDIR"
    chown "$OWNER" "$PGDIR"
    chmod 700 "$PGDIR"
    if [ ! -f "$DATA/PG_VERSION" ]; then
        as "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    fi
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as "$BIN/pg_ctl" -D "$DATA" -l "$PGDIR/server.log" -w -t 60 start \
        -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
    echo "$PORT" > "$PGDIR/port"
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAq)
if [ "$(as "${PSQL[@]}" -c "select 1 from pg_database where datname='$DB'")" != "1" ]; then
    as "${PSQL[@]}" -c "create database $DB" >/dev/null
fi

URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"
echo "$URL" > "$URLFILE"
echo "ZCAUDIT_PG_URL=$URL"
