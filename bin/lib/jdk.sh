# Sourced by the bin/ scripts: finds a JDK >= 21 (or, for `find_jdk runtime`, any Java runtime >= 21) and exports
# JAVA_HOME, or explains and exits.
# jdk_major HOME [runtime]: the Java major version of HOME (a JDK with javac, or any runtime when asked).
jdk_major() {
  local home=$1 version
  [ -x "$home/bin/java" ] || return 1
  [ "${2:-}" = runtime ] || [ -x "$home/bin/javac" ] || return 1
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -n "$version" ] && echo "$version"
}

find_jdk() {
  local kind=${1:-jdk} candidate major best="" best_major=0 on_path
  if [ -n "${JAVA_HOME:-}" ] && major=$(jdk_major "$JAVA_HOME" "$kind") && [ "$major" -ge 21 ]; then
    return 0
  fi
  on_path=$(command -v java 2>/dev/null) && on_path=$(dirname "$(dirname "$(readlink -f "$on_path")")")
  for candidate in ${on_path:-} /usr/lib/jvm/*; do
    major=$(jdk_major "$candidate" "$kind") || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ] && [ "$kind" = runtime ]; then
    echo "chat-sppr: нужна Java 21 или новее; не найдена ни в JAVA_HOME (${JAVA_HOME:-не задан}), ни в PATH, ни в /usr/lib/jvm." >&2
    echo "Установите её (например, apt-get install openjdk-21-jre-headless) или укажите JAVA_HOME." >&2
    echo "chat-sppr: Java 21 or newer is required; none found in JAVA_HOME, PATH or /usr/lib/jvm (set JAVA_HOME)." >&2
    exit 1
  fi
  if [ -z "$best" ]; then
    echo "chat-sppr: нужен JDK 21 или новее; не найден ни в JAVA_HOME (${JAVA_HOME:-не задан}), ни в /usr/lib/jvm." >&2
    echo "Установите его (например, apt-get install openjdk-21-jdk или Temurin 21+) или укажите JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME=$best
}

require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "chat-sppr: для сборки нужен Maven 3.8+ (apt-get install maven)." >&2
    exit 1
  fi
}
