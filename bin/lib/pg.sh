# Sourced by bin/backup and bin/restore: the PostgreSQL connection from CHAT_DATABASE_URL (jdbc:postgresql://host[:port]/db)
# with CHAT_DATABASE_USER / CHAT_DATABASE_PASSWORD as libpq variables, and the client programs (PATH, else the newest
# /usr/lib/postgresql/*/bin).
pg_connection() {
  local url=${CHAT_DATABASE_URL:-} rest hostport
  case "$url" in
    jdbc:postgresql://*) ;;
    "") echo "$PROG: CHAT_DATABASE_URL не задан — это команда для PostgreSQL (встроенную H2 копирует chat-sppr backup DIR / restore DIR)" >&2; exit 2 ;;
    *) echo "$PROG: CHAT_DATABASE_URL=$url — ожидается jdbc:postgresql://хост[:порт]/база" >&2; exit 2 ;;
  esac
  rest=${url#jdbc:postgresql://}
  rest=${rest%%\?*}
  hostport=${rest%%/*}
  export PGDATABASE=${rest#*/}
  export PGHOST=${hostport%%:*}
  export PGPORT=5432
  [ "$hostport" != "${hostport#*:}" ] && PGPORT=${hostport#*:}
  [ -n "${CHAT_DATABASE_USER:-}" ] && export PGUSER=$CHAT_DATABASE_USER
  [ -n "${CHAT_DATABASE_PASSWORD:-}" ] && export PGPASSWORD=$CHAT_DATABASE_PASSWORD
  if [ -z "$PGDATABASE" ] || [ "$PGDATABASE" = "$rest" ]; then
    echo "$PROG: в CHAT_DATABASE_URL нет имени базы" >&2
    exit 2
  fi
}

# pg_tool NAME: the path of a PostgreSQL client program.
pg_tool() {
  local found
  found=$(command -v "$1" 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$found" ]; then
    echo "$PROG: нет программы $1 (apt-get install postgresql-client)" >&2
    exit 1
  fi
  echo "$found"
}

# The data directory: $CHAT_SPPR_HOME/chat-data, or under --base-dir.
data_dir() {
  echo "${BASE_DIR:-${CHAT_SPPR_HOME:-$PWD}}/chat-data"
}
