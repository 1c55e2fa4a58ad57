# PostgreSQL for the store's tests: Debian's server, a throwaway cluster on 127.0.0.1.
# Sourced by .ci/run (which defines apt_install); exports DIPLOCAL_TEST_POSTGRES_URL.
# Idempotent: a cluster this step started earlier and that still runs is reused.
# Run it by hand with:  source .ci/install.d/10-postgres.sh  (and stop it with diplocal_pg_stop).

if ! declare -F apt_install >/dev/null; then
  apt_install() {
    local missing=() package
    for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  }
fi

apt_install postgresql

DIPLOCAL_PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$DIPLOCAL_PG_BIN" ] || [ ! -x "$DIPLOCAL_PG_BIN/initdb" ]; then
  echo "10-postgres: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin" >&2
  return 1 2>/dev/null || exit 1
fi

# PostgreSQL refuses to run as root: as root, run it as the 'postgres' user the package made.
if [ "$(id -u)" -eq 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  diplocal_pg_as() { runuser -u postgres -- "$@"; }
  DIPLOCAL_PG_DIR="${TMPDIR:-/tmp}/diplocal-pg-ci"
else
  diplocal_pg_as() { "$@"; }
  DIPLOCAL_PG_DIR="${TMPDIR:-/tmp}/diplocal-pg-$(id -u)"
fi

diplocal_pg_stop() {
  [ -f "$DIPLOCAL_PG_DIR/data/postmaster.pid" ] && diplocal_pg_as "$DIPLOCAL_PG_BIN/pg_ctl" -D "$DIPLOCAL_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  return 0
}

if [ -f "$DIPLOCAL_PG_DIR/port" ] && diplocal_pg_as "$DIPLOCAL_PG_BIN/pg_ctl" -D "$DIPLOCAL_PG_DIR/data" status >/dev/null 2>&1; then
  DIPLOCAL_PG_PORT=$(cat "$DIPLOCAL_PG_DIR/port")
  echo "10-postgres: reusing the cluster on 127.0.0.1:$DIPLOCAL_PG_PORT"
else
  rm -rf "$DIPLOCAL_PG_DIR"
  mkdir -p "$DIPLOCAL_PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$DIPLOCAL_PG_DIR"
  DIPLOCAL_PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  diplocal_pg_as "$DIPLOCAL_PG_BIN/initdb" -D "$DIPLOCAL_PG_DIR/data" -U diplocal --auth=trust -E UTF8 --no-locale >"$DIPLOCAL_PG_DIR/initdb.log" 2>&1 \
    || { cat "$DIPLOCAL_PG_DIR/initdb.log" >&2; return 1 2>/dev/null || exit 1; }
  diplocal_pg_as "$DIPLOCAL_PG_BIN/pg_ctl" -D "$DIPLOCAL_PG_DIR/data" -l "$DIPLOCAL_PG_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $DIPLOCAL_PG_PORT -k $DIPLOCAL_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$DIPLOCAL_PG_DIR/server.log" >&2; return 1 2>/dev/null || exit 1; }
  diplocal_pg_as "$DIPLOCAL_PG_BIN/createdb" -h 127.0.0.1 -p "$DIPLOCAL_PG_PORT" -U diplocal diplocal_test
  echo "$DIPLOCAL_PG_PORT" | diplocal_pg_as tee "$DIPLOCAL_PG_DIR/port" >/dev/null
  echo "10-postgres: started PostgreSQL ($DIPLOCAL_PG_BIN) on 127.0.0.1:$DIPLOCAL_PG_PORT"
  # Stop it when .ci/run ends, after whatever else was to run then.
  diplocal_pg_previous_trap=$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")
  trap "diplocal_pg_stop; ${diplocal_pg_previous_trap}" EXIT
fi

export DIPLOCAL_TEST_POSTGRES_URL="postgresql://diplocal@127.0.0.1:$DIPLOCAL_PG_PORT/diplocal_test"
