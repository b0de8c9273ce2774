"""Genuine image producers. Each returns (bytes, ext, method, params, meta) where meta
holds internal data for derived items (field boxes in final image coordinates)."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from . import camera, docs, photos
from . import content as C
from .util import choice, encode, ext_for, rng_for, srgb_to_lin


def doc_photo(task, seed):
    rng = rng_for(seed, "doc_photo", task["id"])
    lrng = rng_for(seed, "layout", task["layout_key"])
    crng = rng_for(seed, "content", task["id"])
    kind = task["kind"]
    doc, fields, info = docs.render(kind, lrng, crng)
    L = int(rng.choice([1600, 2000, 2000, 2400]))
    land = doc.shape[1] > doc.shape[0]
    if rng.random() < 0.3:
        land = not land
    W, H = (L, L * 3 // 4) if land else (L * 3 // 4, L)
    scene, Hd, sp = camera.scene_document(doc, rng, W, H)
    heic = rng.random() < 0.12
    out, pp, pmap = camera.phone_pipeline(scene, rng, opts={"denoise": "heic_like"} if heic else None)
    out2, s, it = camera.resize(out, rng) if rng.random() < 0.6 else (out, 1.0, None)
    data, enc = camera.save_like_phone(out2, rng, heic_like=heic)
    fm = camera.map_fields(fields, Hd, pmap, s, out2.shape[1], out2.shape[0])
    params = {"document": info, "scene": sp, "camera": pp, "resize": {"scale": round(s, 4), "interp": it},
              "encoding": enc, "heic_like": heic, "size": [out2.shape[1], out2.shape[0]]}
    if task.get("pair"):
        params["similar_pair"] = task["pair"]
    return data, ext_for(enc["final"]), "phone_photo_of_rendered_document", params, {"fields": fm, "enc": enc["final"],
                                                                                     "kind": kind}


def pdf_screenshot(task, seed):
    """Born-digital document shown in a PDF viewer, screenshotted as PNG."""
    rng = rng_for(seed, "pdf", task["id"])
    kind = task["kind"]
    doc, fields, info = docs.render(kind, rng_for(seed, "layout", task["layout_key"]),
                                    rng_for(seed, "content", task["id"]), digital=True)
    SW, SH = choice(rng, [(1920, 1080), (1366, 768), (2560, 1440), (1080, 2340), (1280, 800)])
    dark = rng.random() < 0.6
    bg = (82, 86, 89) if dark else (230, 230, 230)
    can = Image.new("RGB", (SW, SH), bg)
    d = ImageDraw.Draw(can)
    tb = int(max(SW, SH) * 0.028)
    d.rectangle([0, 0, SW, tb], fill=(50, 54, 57) if dark else (250, 250, 250))
    fg = (235, 235, 235) if dark else (30, 30, 30)
    d.text((tb * 0.6, tb / 2), f"{kind}_{int(rng.integers(1000, 9999))}.pdf", font=C.font("sans", int(tb * .45)),
           fill=fg, anchor="lm")
    d.text((SW / 2, tb / 2), "1 / 1", font=C.font("sans", int(tb * .45)), fill=fg, anchor="mm")
    avail_h, avail_w = SH - tb - 2 * int(tb * 0.6), SW - 2 * int(tb * 0.6)
    s = min(avail_w / doc.shape[1], avail_h / doc.shape[0]) * rng.uniform(0.8, 1.0)
    pw, ph = int(doc.shape[1] * s), int(doc.shape[0] * s)
    page = cv2.resize(doc, (pw, ph), interpolation=cv2.INTER_AREA)
    x0, y0 = (SW - pw) // 2, tb + (SH - tb - ph) // 2
    d.rectangle([x0 + 3, y0 + 3, x0 + pw + 3, y0 + ph + 3], fill=tuple(int(v * 0.7) for v in bg))
    arr = np.array(can)
    arr[y0:y0 + ph, x0:x0 + pw] = page
    enc = {"format": "png"} if rng.random() < 0.8 else {"format": "jpeg", "encoder": "pillow",
                                                        "quality": int(rng.integers(88, 97)), "subsampling": "4:4:4"}
    Hd = np.array([[s, 0, x0], [0, s, y0], [0, 0, 1]], np.float64)
    fm = camera.map_fields(fields, Hd, lambda p: p, 1.0, SW, SH)
    params = {"document": info, "viewer": {"screen": [SW, SH], "dark": dark, "page_scale": round(s, 4)},
              "encoding": {"final": enc}, "size": [SW, SH]}
    return encode(arr, enc), ext_for(enc), "pdf_viewer_screenshot", params, {"fields": fm, "enc": enc, "kind": kind}


def photo_asis(task, seed):
    """A real photograph re-encoded the way phones/apps do (maybe resized)."""
    rng = rng_for(seed, "photo_asis", task["id"])
    img = photos.load(task["photo"])
    s, it = 1.0, None
    if rng.random() < 0.4:
        img, s, it = camera.resize(img, rng, long_side=int(max(img.shape[:2]) * rng.uniform(0.6, 0.9)))
    data, enc = camera.save_like_phone(img, rng, allow_png=rng.random() < 0.2)
    params = {"photo": photos.describe(task["photo"]), "resize": {"scale": round(s, 4), "interp": it},
              "encoding": enc, "size": [img.shape[1], img.shape[0]]}
    return data, ext_for(enc["final"]), "real_photo_reencoded", params, {"fields": {}, "enc": enc["final"]}


def photo_phone(task, seed):
    """A real photograph treated as the scene of another phone pipeline (reframed)."""
    rng = rng_for(seed, "photo_phone", task["id"])
    img = photos.load(task["photo"])
    H, W = img.shape[:2]
    k = rng.uniform(0.7, 0.95)
    w, h = int(W * k), int(H * k)
    x, y = int(rng.integers(0, W - w + 1)), int(rng.integers(0, H - h + 1))
    crop = img[y:y + h, x:x + w]
    if max(w, h) < 900 and rng.random() < 0.5:      # phones upsample digital-zoom crops
        f = 900 / max(w, h)
        crop = cv2.resize(crop, (int(w * f), int(h * f)), interpolation=cv2.INTER_CUBIC)
    lin = srgb_to_lin(crop)
    Kl, ill = camera.illuminant(rng)
    lin = lin * (ill / ill.max())[None, None]
    out, pp, _ = camera.phone_pipeline(lin, rng, opts={"noise_sigma": rng.uniform(1, 4)})
    data, enc = camera.save_like_phone(out, rng)
    params = {"photo": photos.describe(task["photo"]), "reframe_box": [x, y, w, h], "illuminant_K": int(Kl),
              "camera": pp, "encoding": enc, "size": [out.shape[1], out.shape[0]]}
    return data, ext_for(enc["final"]), "real_photo_phone_pipeline", params, {"fields": {}, "enc": enc["final"]}


PRODUCERS = {"doc_photo": doc_photo, "pdf_screenshot": pdf_screenshot, "photo_asis": photo_asis,
             "photo_phone": photo_phone}
