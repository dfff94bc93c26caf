# Sourced by the launchers: a start-up cache of the jar for the JVM, chosen by the JDK found (JAVA_HOME).
#  - JDK 25+: the AOT cache (JEP 483/514/515: classes loaded and linked, method profiles). It is made once per jar by a
#    training run — the server's own start-up warm-up on the demo knowledge base in a throwaway home (`aot-training`),
#    about 1–4 minutes — before the first `runserver` or `demo`; other commands use it when it is there.
#  - JDK 21–24: a dynamic class-data-sharing archive (-XX:+AutoCreateSharedArchive), written at the first exit.
# The cache is named after the jar (size and time), the JDK and CHAT_JAVA_OPTS, so a new build or other options make a
# new one (the old one is removed). CHAT_AOT=off turns it off; CHAT_AOT_DIR says where it lives.
#
# startup_cache JAR DIR COMMAND KNOWLEDGE: sets the array STARTUP_CACHE_OPTS (JVM options), using JVM_OPTS (array).
startup_cache() {
  local jar=$1 dir=$2 command=$3 knowledge=$4 major stamp cache
  STARTUP_CACHE_OPTS=()
  case "${CHAT_AOT:-on}" in off|0|false|no) return 0 ;; esac
  major=$(jdk_major "$JAVA_HOME" runtime) || return 0
  if ! mkdir -p "$dir" 2>/dev/null || [ ! -w "$dir" ]; then
    echo "chat-sppr: каталог кэша запуска $dir недоступен для записи — запуск без кэша (CHAT_AOT_DIR)" >&2
    return 0
  fi
  stamp=$({ stat -c '%s %Y' "$jar"; echo "$JAVA_HOME ${JVM_OPTS[*]}"; } | cksum | cut -d' ' -f1)
  if [ "$major" -lt 25 ]; then
    STARTUP_CACHE_OPTS=(-XX:SharedArchiveFile="$dir/chat-sppr-$stamp.jsa" -XX:+AutoCreateSharedArchive)
    return 0
  fi
  cache=$dir/chat-sppr-$stamp.aot
  if [ ! -f "$cache" ] && { [ "$command" = runserver ] || [ "$command" = demo ]; }; then
    aot_train "$jar" "$dir" "$cache" "$knowledge"
  fi
  # JDK 25 warns on every start when a few adapter stubs of the cache do not link («Failed to link AdapterHandlerEntry»):
  # harmless (they are made anew), but printed on the command's own output — kept to errors.
  [ -f "$cache" ] && STARTUP_CACHE_OPTS=(-XX:AOTCache="$cache" -Xlog:aot*=error)
  return 0
}

# aot_train JAR DIR CACHE KNOWLEDGE: the training run, one at a time (two first starts at once wait for each other).
aot_train() {
  local jar=$1 dir=$2 cache=$3 knowledge=$4
  (
    flock 9
    [ -f "$cache" ] && exit 0
    echo "chat-sppr: обучающий прогон для AOT-кэша JDK (один раз для этой сборки, 1–4 мин; журнал — $dir/aot-training.log)..." >&2
    if CHAT_DATABASE_URL= "$JAVA_HOME/bin/java" "${JVM_OPTS[@]}" -XX:AOTCacheOutput="$cache.tmp" -jar "$jar" \
        aot-training --knowledge "$knowledge" >"$dir/aot-training.log" 2>&1 && [ -f "$cache.tmp" ]; then
      find "$dir" -maxdepth 1 -name 'chat-sppr-*.aot' ! -name "$(basename "$cache")" -delete
      mv "$cache.tmp" "$cache"
    else
      rm -f "$cache.tmp"
      echo "chat-sppr: AOT-кэш не создан (см. $dir/aot-training.log) — запуск без него" >&2
    fi
  ) 9>"$dir/.aot.lock"
}
