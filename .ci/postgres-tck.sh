#!/usr/bin/env bash
# Runs the JDBC event store's conformance kit against a real PostgreSQL server: starts one on a
# loopback port in a temporary directory as the postgres user (initdb refuses to run as root),
# installing the Debian package when no server is installed, runs the kit, and stops the server.
# Exit status: that of the test run; 0 with a loud "NOT RUN" banner when no server could be started.
set -uo pipefail
cd "$(dirname "$0")/.."

banner() { printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!! %s\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n' "$*"; }
not_run() { banner "PostgreSQL conformance tests NOT RUN: $*"; exit 0; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

PG_BIN=$(pg_bin)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "== PostgreSQL is not installed: installing the Debian package postgresql"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
      || not_run "apt-get install postgresql failed"
  else
    not_run "PostgreSQL is not installed and this user cannot install it"
  fi
  PG_BIN=$(pg_bin)
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || not_run "no initdb after installing postgresql"
fi

# The server runs as postgres; as root we switch to that user, as anyone else we run as ourselves.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || not_run "there is no postgres user to run the server as"
  as_server() { runuser -u postgres -- "$@"; }
else
  as_server() { "$@"; }
fi

WORK=$(mktemp -d /tmp/alliance-pg.XXXXXX)
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
PORT=""
stop() {
  if [ -f "$WORK/data/postmaster.pid" ]; then
    as_server "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
    echo "== PostgreSQL on port $PORT stopped"
  fi
  rm -rf "$WORK"
}
trap stop EXIT

echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') from $PG_BIN, in $WORK"
as_server "$PG_BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-instructions >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log"; not_run "initdb failed"; }

# A free loopback port: try a few at random, so that parallel runs do not collide.
for attempt in 1 2 3 4 5 6 7 8; do
  PORT=$(( 20000 + RANDOM % 20000 ))
  if as_server "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 30 \
      -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
    break
  fi
  PORT=""
done
[ -n "$PORT" ] || { tail -20 "$WORK/server.log" 2>/dev/null; not_run "the server did not start"; }
echo "== PostgreSQL listening on 127.0.0.1:$PORT"

URL="jdbc:postgresql://127.0.0.1:$PORT/postgres?user=postgres"
mvn -B -ntp -q -pl alliance-jdbc -am verify \
  -Dtest=PostgresEventStoreConformanceTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dalliance.tck.postgresql.url="$URL"
status=$?
report=alliance-jdbc/target/surefire-reports/TEST-dev.alliance.jdbc.PostgresEventStoreConformanceTest.xml
if [ -f "$report" ]; then
  echo "== PostgreSQL conformance: $(grep -c '<testcase' "$report") tests, $(grep -c '<failure' "$report") failed," \
    "$(grep -c '<error' "$report") in error, $(grep -c '<skipped' "$report") skipped"
fi
if [ $status -eq 0 ]; then
  echo "== PostgreSQL conformance tests passed"
else
  banner "PostgreSQL conformance tests FAILED"
fi
exit $status
