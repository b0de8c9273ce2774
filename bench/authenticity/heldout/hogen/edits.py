"""Local edits on decoded genuine images: re-typed digits, copy-move, splice,
inpainting removal and exemplar ("content-aware"-like) cloning."""
from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw

from . import content as C
from .util import choice, to_u8

TEXT_KEYS = ("amount", "date", "number", "balance", "subtotal", "issue_date", "vin", "engine", "plate",
             "code", "account", "row0_c6", "row1_c6")
CJK_OK = ["sans", "serif", "uming", "wqy", "wqy_mono", "sans_bold"]


def _mutate_digits(rng, s):
    import re
    keep = {m.start() + j for m in re.finditer(r"(?<!\d)(19|20)\d\d(?=[年\-/.])", s) for j in (0, 1)}
    pos = [i for i, ch in enumerate(s) if ch.isdigit() and i not in keep]
    if not pos:
        return None
    out = list(s)
    for i in rng.choice(pos, size=min(len(pos), int(rng.integers(1, 4))), replace=False):
        out[i] = str((int(out[i]) + int(rng.integers(1, 10))) % 10)
    return "".join(out)


def _quad_h(fromw, fromh, quad):
    src = np.float32([[0, 0], [fromw, 0], [fromw, fromh], [0, fromh]])
    return cv2.getPerspectiveTransform(src, np.float32(quad))


def _ink_colour(img, box):
    x, y, w, h = box
    patch = img[y:y + h, x:x + w].reshape(-1, 3).astype(np.float32)
    lum = patch.mean(1)
    return patch[lum <= np.percentile(lum, 1.5)].mean(0), patch[lum >= np.percentile(lum, 60)]


def retype(img, rng, fields):
    """(a) replace digits of a field with re-typed text in a slightly different font/size."""
    keys = [k for k in TEXT_KEYS if k in fields and fields[k].get("text") and any(c.isdigit() for c in fields[k]["text"])]
    if not keys:
        return None
    key = choice(rng, keys)
    f = fields[key]
    new = _mutate_digits(rng, f["text"])
    bw, bh = f["box"][2], f["box"][3]
    S = 3
    pad = 0.25
    cw, ch = int(bw * (1 + 2 * pad) * S), int(bh * (1 + 2 * pad) * S)
    ascii_only = all(ord(c) < 128 for c in new)
    faces = [x for x in (list(C.DIGIT_FACES) if ascii_only else CJK_OK) if x != f.get("face")]
    face = choice(rng, faces) if rng.random() < 0.75 else f.get("face", "sans")
    size_f = rng.uniform(0.9, 1.12) if face != f.get("face") else choice(rng, [rng.uniform(0.86, 0.95), rng.uniform(1.06, 1.15)])
    fnt = C.font(face, int(f["size"] * S * size_f))
    canvas = Image.new("L", (cw, ch), 0)
    d = ImageDraw.Draw(canvas)
    # re-anchor to the left edge (or right edge for right-aligned numbers) of the old box
    anchor = "rm" if f.get("anchor", "la").startswith("r") else "lm"
    ax = (cw - bw * pad * S) if anchor == "rm" else bw * pad * S
    d.text((ax + rng.uniform(-2, 2) * S, ch / 2 + rng.uniform(-1.5, 1.5) * S), new, font=fnt, fill=255, anchor=anchor)
    quad = np.array(f["quad"], np.float64)
    # expand the quad by the padding (in its own frame)
    Hq = _quad_h(bw, bh, quad)
    big = np.float32([[-bw * pad, -bh * pad], [bw * (1 + pad), -bh * pad], [bw * (1 + pad), bh * (1 + pad)],
                      [-bw * pad, bh * (1 + pad)]])
    qbig = cv2.perspectiveTransform(big[None], Hq)[0]
    Hc = _quad_h(cw, ch, qbig)
    H, W = img.shape[:2]
    glyphs = cv2.GaussianBlur(np.array(canvas, np.float32) / 255, (0, 0), S * 0.45)   # anti-alias before warp
    alpha = np.clip(cv2.warpPerspective(glyphs, Hc, (W, H), flags=cv2.INTER_LINEAR) * 1.25, 0, 1)
    old = np.zeros((H, W), np.uint8)
    cv2.fillConvexPoly(old, np.int32(np.round(quad)), 1)
    x0, y0, w0, h0 = cv2.boundingRect(np.int32(np.round(qbig)))
    box = [max(0, x0), max(0, y0), min(W, x0 + w0) - max(0, x0), min(H, y0 + h0) - max(0, y0)]
    if box[2] < 4 or box[3] < 4:
        return None
    ink, paper = _ink_colour(img, box)
    # remove the old text: dark pixels inside the old field, then inpaint / paper fill
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    thr = np.percentile(grey[box[1]:box[1] + box[3], box[0]:box[0] + box[2]], 55) - 18
    m = ((grey < thr) & (old > 0)).astype(np.uint8)
    m = cv2.dilate(m, np.ones((3, 3), np.uint8), iterations=int(rng.integers(1, 3)))
    cover = choice(rng, ["inpaint_telea", "inpaint_ns", "paper_fill"])
    if cover == "paper_fill":
        out = img.astype(np.float32)
        col = np.median(paper, 0) if len(paper) else np.array([220, 220, 220])
        noise = rng.normal(0, max(1.0, float(paper.std(0).mean()) * 0.5 if len(paper) else 2), out.shape)
        out = np.where((cv2.dilate(old, np.ones((5, 5), np.uint8)) > 0)[..., None], col + noise, out)
    else:
        out = cv2.inpaint(img, m, 4, cv2.INPAINT_TELEA if cover == "inpaint_telea" else cv2.INPAINT_NS).astype(np.float32)
    blur = rng.uniform(0.4, 1.1)
    alpha = cv2.GaussianBlur(alpha, (0, 0), blur) * rng.uniform(0.85, 1.0)
    col = ink * rng.uniform(0.8, 1.05, 3)
    out = out * (1 - alpha[..., None]) + col[None, None] * alpha[..., None]
    return to_u8(out), box, {"field": key, "old_text": f["text"],
                             "new_text": new, "old_face": f.get("face"), "new_face": face,
                             "size_factor": round(float(size_f), 3), "cover": cover, "blur": round(float(blur), 2)}


def _paste(dst, patch, mask, x, y, blend, rng):
    H, W = dst.shape[:2]
    h, w = patch.shape[:2]
    if x < 1 or y < 1 or x + w >= W - 1 or y + h >= H - 1:
        return None
    if blend == "poisson_normal" or blend == "poisson_mixed":
        m8 = (mask > 0.5).astype(np.uint8) * 255
        if m8.sum() == 0:
            return None
        ctr = (int(x + w / 2), int(y + h / 2))
        flag = cv2.NORMAL_CLONE if blend == "poisson_normal" else cv2.MIXED_CLONE
        try:
            return cv2.seamlessClone(patch, dst, m8, ctr, flag)
        except cv2.error:
            return None
    a = mask if blend == "hard" else cv2.GaussianBlur(mask, (0, 0), rng.uniform(1.5, 5))
    out = dst.astype(np.float32)
    out[y:y + h, x:x + w] = out[y:y + h, x:x + w] * (1 - a[..., None]) + patch * a[..., None]
    return to_u8(out)


def _transform_patch(patch, rng):
    s, r = rng.uniform(0.88, 1.12), rng.uniform(-6, 6)
    h, w = patch.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), r, s)
    cos, sin = abs(M[0, 0]), abs(M[0, 1])
    nw, nh = int(w * cos + h * sin), int(w * sin + h * cos)
    M[0, 2] += nw / 2 - w / 2
    M[1, 2] += nh / 2 - h / 2
    p = cv2.warpAffine(patch, M, (nw, nh), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REFLECT)
    m = cv2.warpAffine(np.ones((h, w), np.float32), M, (nw, nh), flags=cv2.INTER_LINEAR)
    return p, m, {"scale": round(float(s), 3), "rotate_deg": round(float(r), 2)}


def _pick_region(rng, img, fields, prefer):
    H, W = img.shape[:2]
    cand = [fields[k]["box_img"] for k in prefer if k in fields]
    if cand and rng.random() < 0.8:
        b = cand[int(rng.integers(len(cand)))]
        pad = int(rng.integers(2, 10))
        return [max(0, b[0] - pad), max(0, b[1] - pad), min(W - b[0] + pad, b[2] + 2 * pad), min(H - b[1] + pad, b[3] + 2 * pad)]
    w, h = int(W * rng.uniform(0.08, 0.22)), int(H * rng.uniform(0.08, 0.22))
    return [int(rng.integers(0, W - w)), int(rng.integers(0, H - h)), w, h]


def copy_move(img, rng, fields):
    """(b) copy a region to another place in the same image (optionally scaled/rotated)."""
    H, W = img.shape[:2]
    x, y, w, h = _pick_region(rng, img, fields, ("stamp", "amount", "date", "number", "person", "owner", "plate"))
    patch, mask, tp = _transform_patch(img[y:y + h, x:x + w], rng) if rng.random() < .6 else (
        img[y:y + h, x:x + w], np.ones((h, w), np.float32), {"scale": 1.0, "rotate_deg": 0.0})
    ph, pw = patch.shape[:2]
    blend = choice(rng, ["hard", "feather", "poisson_normal", "poisson_mixed"])
    for _ in range(20):
        dx, dy = int(rng.integers(1, max(2, W - pw - 1))), int(rng.integers(1, max(2, H - ph - 1)))
        if abs(dx - x) > w * 0.8 or abs(dy - y) > h * 0.8:
            out = _paste(img, patch.astype(np.float32), mask, dx, dy, blend, rng)
            if out is not None:
                return out, [dx, dy, pw, ph], {"src_box": [x, y, w, h], "blend": blend, **tp}
    return None


def splice(img, rng, fields, donor, donor_fields):
    """(c) paste a region from another image (stamp / field / object)."""
    H, W = img.shape[:2]
    x, y, w, h = _pick_region(rng, donor, donor_fields or {}, ("stamp", "amount", "date", "person", "plate"))
    patch = donor[y:y + h, x:x + w]
    s = min(1.0, 0.35 * W / max(w, 1), 0.35 * H / max(h, 1))
    if s < 1:
        patch = cv2.resize(patch, (max(4, int(w * s)), max(4, int(h * s))), interpolation=cv2.INTER_AREA)
    patch, mask, tp = _transform_patch(patch, rng)
    if donor_fields and "stamp" in (donor_fields or {}) and rng.random() < 0.5:
        red = (patch[..., 0].astype(int) - patch[..., 1:].max(2)) > 35       # lift the red ink only
        mask = mask * cv2.GaussianBlur(red.astype(np.float32), (0, 0), 1.0)
        tp["ink_only"] = True
    ph, pw = patch.shape[:2]
    if pw >= W - 4 or ph >= H - 4:
        return None
    blend = choice(rng, ["hard", "feather", "poisson_normal", "poisson_mixed"])
    tgt = _pick_region(rng, img, fields, ("stamp", "amount", "date", "person", "owner"))
    dx = int(np.clip(tgt[0] + tgt[2] / 2 - pw / 2, 1, W - pw - 2))
    dy = int(np.clip(tgt[1] + tgt[3] / 2 - ph / 2, 1, H - ph - 2))
    out = _paste(img, patch.astype(np.float32), mask, dx, dy, blend, rng)
    if out is None:
        return None
    return out, [dx, dy, pw, ph], {"donor_box": [x, y, w, h], "blend": blend, **tp}


def inpaint_remove(img, rng, fields):
    """(d) remove a stamp (red ink) or a text field with OpenCV inpainting."""
    H, W = img.shape[:2]
    keys = [k for k in ("stamp", "stamp_b", "amount", "date", "person", "owner", "number") if k in fields]
    if keys:
        k = choice(rng, keys)
        x, y, w, h = fields[k]["box_img"]
        sub = img[y:y + h, x:x + w].astype(int)
        if k.startswith("stamp"):
            sel = (sub[..., 0] - sub[..., 1:].max(2)) > 25
        else:
            g = sub.mean(2)
            sel = g < np.percentile(g, 50) - 15
    else:
        k = "object"
        x, y, w, h = _pick_region(rng, img, {}, ())
        sel = np.zeros((h, w), bool)
        cy, cx = h / 2, w / 2
        yy, xx = np.mgrid[0:h, 0:w]
        sel[((yy - cy) / (h * 0.45)) ** 2 + ((xx - cx) / (w * 0.45)) ** 2 < 1] = True
    m = np.zeros((H, W), np.uint8)
    m[y:y + h, x:x + w] = sel
    m = cv2.dilate(m, np.ones((3, 3), np.uint8), iterations=int(rng.integers(1, 4)))
    algo = choice(rng, ["telea", "ns"])
    out = cv2.inpaint(img, m, float(rng.uniform(3, 9)), cv2.INPAINT_TELEA if algo == "telea" else cv2.INPAINT_NS)
    return out, [x, y, w, h], {"target": k, "algorithm": algo, "mask_px": int(m.sum())}


def exemplar_clone(img, rng, fields):
    """(e) content-aware-like fill: find the patch whose surrounding ring best matches
    the target's ring (SSD search nearby) and clone it in with a feathered seam."""
    H, W = img.shape[:2]
    x, y, w, h = _pick_region(rng, img, fields, ("stamp", "amount", "date", "person", "owner", "number", "plate"))
    if w < 8 or h < 8:
        return None
    r = max(3, min(w, h) // 6)
    f = img.astype(np.float32)
    ring = np.ones((h + 2 * r, w + 2 * r), bool)
    ring[r:-r, r:-r] = False
    if y - r < 0 or x - r < 0 or y + h + r > H or x + w + r > W:
        return None
    tgt = f[y - r:y + h + r, x - r:x + w + r][ring]
    best, bpos = None, None
    for _ in range(160):
        sx = int(np.clip(x + rng.normal(0, 2.5 * w), r, W - w - r - 1))
        sy = int(np.clip(y + rng.normal(0, 2.5 * h), r, H - h - r - 1))
        if abs(sx - x) < w and abs(sy - y) < h:
            continue
        cand = f[sy - r:sy + h + r, sx - r:sx + w + r][ring]
        d = float(((cand - tgt) ** 2).mean())
        if best is None or d < best:
            best, bpos = d, (sx, sy)
    if bpos is None:
        return None
    sx, sy = bpos
    a = np.zeros((h + 2 * r, w + 2 * r), np.float32)
    a[r // 2:-(r // 2) or None, r // 2:-(r // 2) or None] = 1
    a = cv2.GaussianBlur(a, (0, 0), r / 2.5)
    out = f.copy()
    src = f[sy - r:sy + h + r, sx - r:sx + w + r]
    out[y - r:y + h + r, x - r:x + w + r] = out[y - r:y + h + r, x - r:x + w + r] * (1 - a[..., None]) + src * a[..., None]
    return to_u8(out), [x - r, y - r, w + 2 * r, h + 2 * r], {"source_box": [sx - r, sy - r, w + 2 * r, h + 2 * r],
                                                            "ring_ssd": round(best, 1)}


METHODS = {"retype_digits": retype, "copy_move": copy_move, "splice": splice,
           "inpaint_removal": inpaint_remove, "exemplar_clone": exemplar_clone}
