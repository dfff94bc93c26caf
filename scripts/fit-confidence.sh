#!/usr/bin/env bash
# Refits the confidence model on all the questions of operators.jsonl, operators-2.jsonl, operators-4.jsonl to operators-8.jsonl (over the demo base and
# ru-incidents; their held-out parts have been read while developing, so they are fitted on too) and on the tune part
# of xquad-ru, and writes the parameters to a file (default: a temporary one, printed at the end). It prints each set's
# ECE and AUC by cross-validation, and XQuAD's held-out ECE before and after. The honest checks are operators-3.jsonl and the unread operators-9.jsonl and operators-10.jsonl,
# which no fit sees: copy the file to src/main/resources/answer/confidence.json, rebuild, and run
# `chat-sppr eval dialogue --data eval/dialogue/operators-3.jsonl` (and operators-9.jsonl, operators-10.jsonl) once — their ECE is the figure to report.
# Answers to those read sets are right more often than answers to questions nobody has tuned for, so the fitted model is
# then shifted to the rate of right answers in the first run of the newest set (the last of eval/dialogue/first-runs/*.jsonl
# by number; CHAT_RESCALE_ON=FILE,… names others): a first run tells how often a build is right on questions nobody tuned
# for, and older builds were right less often, so older first runs would set the level too low. Its cross-validated ECE is
# printed as confidence_rescale.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${CHAT_EVAL_DATA:-$root/../shared/data}
out=${1:-$(mktemp --suffix=.json)}
"$root/bin/chat-sppr" eval dialogue --incidents "$data/ru-incidents/corpus.jsonl" --xquad "$data/xquad-ru" \
  --data "$root/eval/dialogue/operators.jsonl,$root/eval/dialogue/operators-2.jsonl,$root/eval/dialogue/operators-4.jsonl,$root/eval/dialogue/operators-5.jsonl,$root/eval/dialogue/operators-6.jsonl,$root/eval/dialogue/operators-7.jsonl,$root/eval/dialogue/operators-8.jsonl" \
  --fit-confidence "$out" --fit-on all \
  --rescale-on "${CHAT_RESCALE_ON:-$(ls "$root"/eval/dialogue/first-runs/*.jsonl | sort -V | tail -1)}"
echo "параметры записаны в $out; перенесите в src/main/resources/answer/confidence.json, если ECE по перекрёстной проверке не хуже; честная проверка — operators-3.jsonl" >&2
