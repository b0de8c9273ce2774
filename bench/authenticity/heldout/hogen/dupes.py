"""Near-duplicate (re-used photo) transforms applied to a decoded genuine image."""
from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw

from . import content as C
from .util import choice, to_u8


def crop(img, rng):
    H, W = img.shape[:2]
    frac = rng.uniform(0.10, 0.40)                 # fraction of the area removed
    keep = math.sqrt(1 - frac)
    ar = rng.uniform(0.85, 1.15)
    w, h = int(W * min(1, keep * ar)), int(H * min(1, keep / ar))
    x, y = int(rng.integers(0, W - w + 1)), int(rng.integers(0, H - h + 1))
    return img[y:y + h, x:x + w], {"op": "crop", "area_removed": round(1 - w * h / (W * H), 3), "box": [x, y, w, h]}


def rescale(img, rng):
    s = choice(rng, [rng.uniform(0.35, 0.8), rng.uniform(1.1, 1.5)])
    it = choice(rng, [("area", cv2.INTER_AREA), ("linear", cv2.INTER_LINEAR), ("cubic", cv2.INTER_CUBIC)])
    H, W = img.shape[:2]
    return cv2.resize(img, (int(W * s), int(H * s)), interpolation=it[1]), {"op": "rescale", "scale": round(float(s), 3),
                                                                             "interp": it[0]}


def rotate(img, rng):
    a = choice(rng, [-1, 1]) * rng.uniform(0.7, 5)
    H, W = img.shape[:2]
    M = cv2.getRotationMatrix2D((W / 2, H / 2), a, 1.0)
    mode = choice(rng, ["crop", "fill"])
    out = cv2.warpAffine(img, M, (W, H), flags=cv2.INTER_CUBIC,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255) if rng.random() < .5 else (0, 0, 0))
    if mode == "crop":
        m = int(math.ceil(math.sin(math.radians(abs(a))) * max(H, W))) + 2
        out = out[m:H - m, m:W - m]
    return out, {"op": "rotate", "deg": round(float(a), 2), "border": mode}


def tone(img, rng):
    a, b, g = rng.uniform(0.75, 1.25), rng.uniform(-30, 30), rng.uniform(0.8, 1.25)
    out = 255 * ((np.clip(img.astype(np.float32) * a + b, 0, 255) / 255) ** g)
    return to_u8(out), {"op": "brightness_contrast_gamma", "contrast": round(float(a), 3), "brightness": round(float(b), 1),
                        "gamma": round(float(g), 3)}


def mirror(img, rng):
    return np.ascontiguousarray(img[:, ::-1]), {"op": "mirror"}


def screenshot(img, rng):
    """Image shown in a phone gallery/chat app and screenshotted (status + nav bars)."""
    W = int(choice(rng, [720, 1080, 1170, 1242]))
    Hs = int(W * rng.uniform(2.0, 2.22))
    dark = rng.random() < 0.5
    bg = (0, 0, 0) if dark else (242, 242, 245)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    can = Image.new("RGB", (W, Hs), bg)
    d = ImageDraw.Draw(can)
    sb = int(W * 0.09)
    d.text((W * 0.06, sb / 2), f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}",
           font=C.font("sans_bold", int(sb * 0.42)), fill=fg, anchor="lm")
    bx = W * 0.86
    d.rounded_rectangle([bx, sb * 0.35, bx + W * 0.07, sb * 0.65], radius=4, outline=fg, width=2)
    d.rectangle([bx + 3, sb * 0.35 + 3, bx + 3 + (W * 0.07 - 6) * rng.uniform(0.2, 1), sb * 0.65 - 3], fill=fg)
    for i in range(4):
        d.rectangle([W * 0.74 + i * W * 0.018, sb * (0.62 - 0.07 * i), W * 0.74 + i * W * 0.018 + W * 0.01, sb * 0.65],
                    fill=fg)
    top = sb
    if rng.random() < 0.6:   # app title bar (chat / gallery)
        tb = int(W * 0.12)
        d.rectangle([0, sb, W, sb + tb], fill=(30, 30, 32) if dark else (250, 250, 250))
        d.text((W / 2, sb + tb / 2), choice(rng, ["图片", "聊天记录", "相册", "文件传输助手", C.person(rng)]),
               font=C.font("sans", int(tb * 0.36)), fill=fg, anchor="mm")
        d.text((W * 0.05, sb + tb / 2), "<", font=C.font("sans", int(tb * 0.5)), fill=fg, anchor="lm")
        top += tb
    nav = int(W * 0.1)
    d.rectangle([0, Hs - nav, W, Hs], fill=bg)
    d.rounded_rectangle([W * 0.36, Hs - nav * 0.35, W * 0.64, Hs - nav * 0.28], radius=3, fill=fg)
    avail = Hs - top - nav
    s = min(W / img.shape[1], avail / img.shape[0])
    im = cv2.resize(img, (int(img.shape[1] * s), int(img.shape[0] * s)), interpolation=cv2.INTER_AREA
                    if s < 1 else cv2.INTER_CUBIC)
    arr = np.array(can)
    y0 = top + (avail - im.shape[0]) // 2
    x0 = (W - im.shape[1]) // 2
    arr[y0:y0 + im.shape[0], x0:x0 + im.shape[1]] = im
    return arr, {"op": "screenshot_ui", "screen": [W, Hs], "dark": bool(dark), "image_box": [x0, y0, im.shape[1],
                                                                                             im.shape[0]]}


def sticker(img, rng):
    H, W = img.shape[:2]
    can = Image.fromarray(img).convert("RGBA")
    over = Image.new("RGBA", can.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(over)
    if rng.random() < 0.5:    # diagonal repeated watermark text
        txt = choice(rng, ["仅供办理贷款使用", "仅供备案", "复印无效", "仅供审核使用", "COPY"])
        fs = int(min(H, W) * rng.uniform(0.04, 0.08))
        col = (int(rng.integers(0, 255)), int(rng.integers(0, 120)), int(rng.integers(0, 120)), int(rng.integers(50, 110)))
        tile = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        for yy in range(0, H * 2, fs * 4):
            td.text(((yy // (fs * 4)) % 2 * fs * 3, yy), ("  " + txt + "    ") * 12, font=C.font("sans_bold", fs), fill=col)
        tile = tile.rotate(float(rng.uniform(20, 40)), resample=Image.BICUBIC)
        over = tile.crop((W // 2, H // 2, W // 2 + W, H // 2 + H))
        info = {"op": "watermark_text", "text": txt}
    else:                     # round emoji-like sticker
        r = int(min(H, W) * rng.uniform(0.06, 0.14))
        cx, cy = int(rng.integers(r, W - r)), int(rng.integers(r, H - r))
        col = tuple(int(v) for v in rng.integers(0, 256, 3))
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 210, 40, 255), outline=(200, 140, 0, 255), width=3)
        d.ellipse([cx - r * .45, cy - r * .35, cx - r * .2, cy - r * .05], fill=(40, 30, 20, 255))
        d.ellipse([cx + r * .2, cy - r * .35, cx + r * .45, cy - r * .05], fill=(40, 30, 20, 255))
        d.arc([cx - r * .55, cy - r * .4, cx + r * .55, cy + r * .6], 20, 160, fill=(40, 30, 20, 255), width=max(2, r // 10))
        d.text((cx, cy + r * 1.15), choice(rng, ["OK", "赞", "收到"]), font=C.font("sans_bold", max(10, r // 2)),
               fill=col + (255,), anchor="mm")
        info = {"op": "sticker", "box": [cx - r, cy - r, 2 * r, 2 * r]}
    return np.array(Image.alpha_composite(can, over).convert("RGB")), info


OPS = {"crop": crop, "rescale": rescale, "rotate": rotate, "tone": tone, "mirror": mirror,
       "screenshot": screenshot, "sticker": sticker}
