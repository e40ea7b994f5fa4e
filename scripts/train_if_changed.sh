#!/usr/bin/env bash
# Train the Rasa model only when its inputs changed (content hash, not file times,
# so a fresh clone with an existing model does not retrain).
set -euo pipefail
cd "$(dirname "$0")/.."
# The safety classifier is trained with the model (components/safety_triage.py): its
# corpus and code are inputs too.
inputs=(config.yml domain.yml $(find data safety/train -name '*.yml' | sort) requirements.txt
  bot/safety_classifier.py bot/safety_corpus.py bot/clauses.py bot/health_vocabulary.py bot/safety_kinds.py
  bot/text_normalization.py components/safety_triage.py)
fingerprint=$(cat "${inputs[@]}" | sha256sum | cut -d' ' -f1)
model=models/current.tar.gz
if [[ -f $model && -f models/fingerprint && $(cat models/fingerprint) == "$fingerprint" ]]; then
  echo "Model is up to date with the training data ($model)."
  exit 0
fi
echo "Training data changed: training the model…"
start=$(date +%s)
.venv/bin/rasa train --fixed-model-name current --out models --quiet
echo "$fingerprint" > models/fingerprint
echo "Trained in $(( $(date +%s) - start )) s."
