"""Shared helpers: seeded RNGs, image encoders, geometry and a few metrics."""
from __future__ import annotations

import hashlib
import io
import os

import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)


def rng_for(seed: int, *keys) -> np.random.Generator:
    """Independent, reproducible generator for (seed, keys...)."""
    h = hashlib.sha256(repr((int(seed),) + tuple(keys)).encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "little"))


def stable_hash01(*keys) -> float:
    h = hashlib.sha256(repr(tuple(keys)).encode()).digest()
    return int.from_bytes(h[:8], "little") / 2.0**64


def choice(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def to_u8(a: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(a), 0, 255).astype(np.uint8)


def srgb_to_lin(u8: np.ndarray) -> np.ndarray:
    x = u8.astype(np.float32) / 255.0
    return np.where(x <= 0.04045, x / 12.92, ((x + 0.055) / 1.055) ** 2.4).astype(np.float32)


def lin_to_srgb(x: np.ndarray) -> np.ndarray:
    x = np.clip(x, 0.0, 1.0)
    y = np.where(x <= 0.0031308, x * 12.92, 1.055 * np.power(x, 1 / 2.4) - 0.055)
    return y * 255.0


# ----------------------------------------------------------------- encoders
def encode(rgb: np.ndarray, enc: dict) -> bytes:
    """Encode an RGB uint8 array. enc = {format, encoder, quality, subsampling,...}."""
    fmt = enc.get("format", "jpeg")
    if fmt == "png":
        buf = io.BytesIO()
        Image.fromarray(rgb).save(buf, format="PNG", optimize=False, compress_level=6)
        return buf.getvalue()
    q = int(enc["quality"])
    sub = enc.get("subsampling", "4:2:0")
    if enc.get("encoder", "pillow") == "opencv":
        params = [cv2.IMWRITE_JPEG_QUALITY, q,
                  cv2.IMWRITE_JPEG_OPTIMIZE, int(enc.get("optimize", 0))]
        samp = {"4:4:4": cv2.IMWRITE_JPEG_SAMPLING_FACTOR_444,
                "4:2:2": cv2.IMWRITE_JPEG_SAMPLING_FACTOR_422,
                "4:2:0": cv2.IMWRITE_JPEG_SAMPLING_FACTOR_420}[sub]
        params += [cv2.IMWRITE_JPEG_SAMPLING_FACTOR, samp]
        if enc.get("progressive"):
            params += [cv2.IMWRITE_JPEG_PROGRESSIVE, 1]
        ok, data = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), params)
        assert ok
        return data.tobytes()
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=q,
                              subsampling={"4:4:4": 0, "4:2:2": 1, "4:2:0": 2}[sub],
                              optimize=bool(enc.get("optimize", False)),
                              progressive=bool(enc.get("progressive", False)))
    return buf.getvalue()


def decode(data: bytes) -> np.ndarray:
    return np.array(Image.open(io.BytesIO(data)).convert("RGB"))


def roundtrip(rgb: np.ndarray, enc: dict) -> np.ndarray:
    return decode(encode(rgb, enc))


def random_jpeg(rng, qlo=70, qhi=95) -> dict:
    return {"format": "jpeg",
            "encoder": "opencv" if rng.random() < 0.45 else "pillow",
            "quality": int(rng.integers(qlo, qhi + 1)),
            "subsampling": "4:4:4" if rng.random() < 0.3 else "4:2:0",
            "optimize": int(rng.random() < 0.5),
            "progressive": bool(rng.random() < 0.15)}


def ext_for(enc: dict) -> str:
    return ".png" if enc.get("format") == "png" else ".jpg"


def write_bytes(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def load_rgb(path: str) -> np.ndarray:
    return np.array(Image.open(path).convert("RGB"))


# ----------------------------------------------------------------- geometry
def apply_h(H: np.ndarray, pts) -> np.ndarray:
    p = np.asarray(pts, dtype=np.float64).reshape(-1, 2)
    q = np.c_[p, np.ones(len(p))] @ H.T
    return q[:, :2] / q[:, 2:3]


def box_to_pts(box):
    x, y, w, h = box
    return np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], dtype=np.float64)


def pts_to_box(pts, W=None, H=None):
    p = np.asarray(pts)
    x0, y0 = np.floor(p.min(0)).astype(int)
    x1, y1 = np.ceil(p.max(0)).astype(int)
    if W is not None:
        x0, x1 = max(0, x0), min(W, x1)
        y0, y1 = max(0, y0), min(H, y1)
    return [int(x0), int(y0), int(max(0, x1 - x0)), int(max(0, y1 - y0))]


def region_mad(a: np.ndarray, b: np.ndarray, box) -> float:
    x, y, w, h = box
    ga = cv2.cvtColor(a[y:y + h, x:x + w], cv2.COLOR_RGB2GRAY).astype(np.float32)
    gb = cv2.cvtColor(b[y:y + h, x:x + w], cv2.COLOR_RGB2GRAY).astype(np.float32)
    return float(np.abs(ga - gb).mean()) if ga.size else 0.0


def changed_box(a: np.ndarray, b: np.ndarray, thr=6, pad=2):
    """Bounding box of the pixels that differ noticeably between a and b."""
    d = np.abs(a.astype(np.int16) - b.astype(np.int16)).max(axis=2) > thr
    ys, xs = np.nonzero(d)
    if len(xs) == 0:
        return None
    H, W = d.shape
    x0, y0 = max(0, xs.min() - pad), max(0, ys.min() - pad)
    x1, y1 = min(W, xs.max() + 1 + pad), min(H, ys.max() + 1 + pad)
    return [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]
