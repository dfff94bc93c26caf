#!/usr/bin/env bash
# Refits the confidence model on the tune parts of the operator questions (eval/dialogue/operators*.jsonl over the demo
# base and ru-incidents) and of xquad-ru, and writes the parameters to a file (default: a temporary one, printed at the
# end). It prints each set's ECE by cross-validation and on its held-out part, before and after: copy the file to
# src/main/resources/answer/confidence.json only if the held-out ECE did not get worse, then rebuild.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${CHAT_EVAL_DATA:-$root/../shared/data}
out=${1:-$(mktemp --suffix=.json)}
"$root/bin/chat-sppr" eval dialogue --incidents "$data/ru-incidents/corpus.jsonl" --xquad "$data/xquad-ru" \
  --data "$root/eval/dialogue/operators.jsonl,$root/eval/dialogue/operators-2.jsonl" \
  --fit-confidence "$out"
echo "параметры записаны в $out; перенесите в src/main/resources/answer/confidence.json, если ECE на отложенных частях не хуже" >&2
