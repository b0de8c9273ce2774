"""Derived items: recaptures, edits and near-duplicates of genuine images."""
from __future__ import annotations

import numpy as np

from . import camera, dupes, edits, photos, screen
from .util import (changed_box, decode, encode, ext_for, load_rgb, random_jpeg, region_mad, rng_for,
                   roundtrip)

SAVE_MODES = ["same_quality", "higher_quality", "lower_quality", "resaved_twice", "png"]


def recapture(task, seed):
    rng = rng_for(seed, "recapture", task["id"])
    src = load_rgb(task["src_path"])
    room = photos.load(task["room"])
    cam, p = screen.recapture(src, rng, room=room)
    out, s, it = camera.resize(cam, rng, long_side=int(rng.choice([1280, 1600, 1920, 2048, 2400])))
    data, enc = camera.save_like_phone(out, rng)
    # where the lattice / its alias beat lands after the app's downscale (cycles per output px)
    p["grid_freq_final_cyc_per_px"] = round(p["grid_freq_cyc_per_px"] / s, 3)
    p["alias_beat_luma_final_cyc_per_px"] = round(p["alias_beat_luma_cyc_per_px"] / s, 3)
    p.update({"room_reflection_photo": task["room"], "resize": {"scale": round(s, 4), "interp": it},
              "encoding": enc, "size": [out.shape[1], out.shape[0]]})
    return data, ext_for(enc["final"]), f"screen_recapture/{p['panel']}/{p['layout']}", p, None


def _save_edit(img, rng, mode, src_enc):
    fmt_png = src_enc.get("format") == "png"
    base = dict(src_enc) if not fmt_png else {"format": "jpeg", "encoder": "pillow", "quality": 90,
                                               "subsampling": "4:2:0"}
    q = int(base.get("quality", 90))
    if mode == "png":
        enc = {"format": "png"}
        return encode(img, enc), {"final": enc}
    if mode == "same_quality":
        enc = dict(src_enc) if not fmt_png else {"format": "png"}
        return encode(img, enc), {"final": enc, "source_quality": None if fmt_png else q}
    if mode == "higher_quality":
        enc = dict(base, quality=min(99, q + int(rng.integers(4, 11))))
        return encode(img, enc), {"final": enc, "source_quality": q}
    if mode == "lower_quality":
        enc = dict(base, quality=max(50, q - int(rng.integers(8, 21))))
        return encode(img, enc), {"final": enc, "source_quality": q}
    e1 = dict(base)
    e2 = random_jpeg(rng, 70, 92)
    return encode(roundtrip(img, e1), e2), {"first_save": e1, "final": e2, "source_quality": q}


def edit(task, seed):
    rng = rng_for(seed, "edit", task["id"])
    img = load_rgb(task["src_path"])
    fields = task["fields"]
    method = task["method"]
    res = None
    for attempt in range(12):
        r = rng_for(seed, "edit", task["id"], attempt)
        if method == "splice":
            res = edits.splice(img, r, fields, load_rgb(task["donor_path"]), task["donor_fields"])
        else:
            res = edits.METHODS[method](img, r, fields)
        if res is None:
            continue
        out, box, info = res
        tight = changed_box(img, out, thr=10) or box
        mad = region_mad(img, out, tight)
        if mad >= 10:
            break
        res = None
    if res is None:
        return None
    data, enc = _save_edit(out, rng, task["save_mode"], task["src_enc"])
    saved = decode(data)
    info.update({"save_mode": task["save_mode"], "encoding": enc, "attempt": attempt,
                 "paste_box": [int(v) for v in box], "mad_region_presave": round(mad, 2),
                 "mad_region_saved": round(region_mad(img, saved, tight), 2),
                 "changed_fraction_of_image": round(tight[2] * tight[3] / (img.shape[0] * img.shape[1]), 5),
                 "size": [out.shape[1], out.shape[0]]})
    if method == "splice":
        info["donor"] = task["donor_file"]
    return data, ext_for(enc["final"]), f"edit/{method}", info, {"edit_region": [int(v) for v in tight]}


def near_duplicate(task, seed):
    rng = rng_for(seed, "dupe", task["id"])
    img = load_rgb(task["src_path"])
    chain = []
    for op in task["ops"]:
        if op == "recompress":
            continue
        img, info = dupes.OPS[op](img, rng)
        chain.append(info)
    if "screenshot" in task["ops"] and rng.random() < 0.7:
        enc = {"format": "png"}
        data, encinfo = encode(img, enc), {"final": enc}
    elif "recompress" in task["ops"]:
        e = random_jpeg(rng, 45, 80)
        data, encinfo = encode(img, e), {"final": e}
        chain.append({"op": "recompress", "quality": e["quality"]})
    else:
        data, encinfo = camera.save_like_phone(img, rng)
    p = {"ops": chain, "encoding": encinfo, "size": [img.shape[1], img.shape[0]]}
    return data, ext_for(encinfo["final"]), "near_duplicate/" + "+".join(task["ops"]), p, None


PRODUCERS = {"recapture": recapture, "edit": edit, "near_duplicate": near_duplicate}
