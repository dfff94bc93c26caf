#!/usr/bin/env bash
# Refits the confidence model on a labelled set (default: the public xquad-ru) and writes the parameters the
# service ships (src/main/resources/answer/confidence.json). Rebuild afterwards (bin/chat-sppr rebuilds by itself).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${1:-$root/../shared/data/xquad-ru}
"$root/bin/chat-sppr" eval answers --data "$data" --fit-confidence "$root/src/main/resources/answer/confidence.json"
echo "параметры записаны в src/main/resources/answer/confidence.json" >&2
