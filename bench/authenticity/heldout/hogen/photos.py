"""Real camera photographs shipped inside PyPI wheels (no downloads at run time).

Located through importlib.metadata (the packages are never imported, so imgaug's
old numpy pins do not matter)."""
from __future__ import annotations

import importlib.metadata as md
import os

import numpy as np
from PIL import Image

# name: (distribution, file name inside the wheel, voucher-like role or None, note)
SOURCES = {
    "astronaut": ("scikit-image", "skimage/data/astronaut.png", None, "NASA portrait photo"),
    "coffee": ("scikit-image", "skimage/data/coffee.png", None, "cup of coffee"),
    "chelsea": ("scikit-image", "skimage/data/chelsea.png", None, "cat"),
    "rocket": ("scikit-image", "skimage/data/rocket.jpg", "equipment_photo", "rocket on launch pad"),
    "motorcycle_left": ("scikit-image", "skimage/data/motorcycle_left.png", "equipment_photo", "motorcycle (stereo L)"),
    "motorcycle_right": ("scikit-image", "skimage/data/motorcycle_right.png", "equipment_photo", "motorcycle (stereo R)"),
    "camera": ("scikit-image", "skimage/data/camera.png", None, "cameraman, greyscale"),
    "brick": ("scikit-image", "skimage/data/brick.png", None, "brick wall texture, greyscale"),
    "grass": ("scikit-image", "skimage/data/grass.png", None, "grass texture, greyscale"),
    "gravel": ("scikit-image", "skimage/data/gravel.png", None, "gravel texture, greyscale"),
    "coins": ("scikit-image", "skimage/data/coins.png", None, "coins, greyscale"),
    "moon": ("scikit-image", "skimage/data/moon.png", None, "moon surface, greyscale"),
    "page": ("scikit-image", "skimage/data/page.png", None, "scanned printed page, greyscale"),
    "hubble": ("scikit-image", "skimage/data/hubble_deep_field.jpg", None, "telescope image"),
    "retina": ("scikit-image", "skimage/data/retina.jpg", None, "fundus camera photo"),
    "china": ("scikit-learn", "sklearn/datasets/images/china.jpg", "storefront_photo", "temple building"),
    "flower": ("scikit-learn", "sklearn/datasets/images/flower.jpg", None, "flower"),
    "grace_hopper": ("matplotlib", "matplotlib/mpl-data/sample_data/grace_hopper.jpg", None, "portrait"),
    "luispedro": ("mahotas", "mahotas/demos/data/luispedro.jpg", None, "portrait"),
    "quokka": ("imgaug", "imgaug/quokka.jpg", None, "animal photo"),
}


def path_of(name: str) -> str | None:
    dist, rel, _, _ = SOURCES[name]
    try:
        for f in md.files(dist) or []:
            if str(f).replace("\\", "/") == rel:
                p = str(f.locate())
                return p if os.path.exists(p) else None
    except md.PackageNotFoundError:
        return None
    return None


def available() -> list[str]:
    return [n for n in SOURCES if path_of(n)]


def load(name: str) -> np.ndarray:
    return np.array(Image.open(path_of(name)).convert("RGB"))


def describe(name: str) -> dict:
    dist, rel, role, note = SOURCES[name]
    try:
        ver = md.version(dist)
    except md.PackageNotFoundError:
        ver = None
    return {"package": dist, "version": ver, "file": rel, "note": note}


def role(name: str):
    return SOURCES[name][2]
