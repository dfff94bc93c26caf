# Sourced by the launcher: load_env_file FILE sets the variables of FILE, a file of NAME=value lines as systemd's
# EnvironmentFile= reads it (/etc/chat-sppr/chat-sppr.env): blank lines and lines starting with # or ; are skipped,
# a value may stand in double or single quotes. A variable already set in the environment keeps its value, so one
# given on the command line wins over the file. A line that is not NAME=value is skipped with a warning (as systemd
# does); a file that cannot be read stops the launcher.
load_env_file() {
  local file=$1 line name value n=0
  if [ ! -f "$file" ] || [ ! -r "$file" ]; then
    echo "chat-sppr: файл окружения $file (CHAT_ENV_FILE) не найден или недоступен для чтения" >&2
    exit 1
  fi
  while IFS= read -r line || [ -n "$line" ]; do
    n=$((n + 1))
    line=${line#"${line%%[![:space:]]*}"}
    line=${line%"${line##*[![:space:]]}"}
    case "$line" in '' | '#'* | ';'*) continue ;; esac
    name=${line%%=*}
    name=${name%"${name##*[![:space:]]}"}
    if [ "$name" = "$line" ] || ! [[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
      echo "chat-sppr: $file, строка $n пропущена: ожидается ИМЯ=значение" >&2
      continue
    fi
    value=${line#*=}
    value=${value#"${value%%[![:space:]]*}"}
    if [[ $value =~ ^\"(.*)\"$ ]] || [[ $value =~ ^\'(.*)\'$ ]]; then
      value=${BASH_REMATCH[1]}
    fi
    [ -n "${!name+x}" ] || export "$name=$value"
  done <"$file"
}
