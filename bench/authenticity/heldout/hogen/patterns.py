"""Periodic / textured structures that real paper documents and desks have."""
from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw

from . import content as C


def smooth_noise(rng, h, w, cell, octaves=1):
    out = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    for o in range(octaves):
        c = max(2, int(cell / 2**o))
        small = rng.standard_normal((h // c + 2, w // c + 2)).astype(np.float32)
        out += amp * cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
        tot += amp
        amp *= 0.5
    return out / tot


def guilloche(rng, h, w):
    """Fine sinusoidal line families (security background). Returns coverage 0..1."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cov = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(2, 4))):
        s = float(rng.uniform(3.0, 7.0))                   # line spacing in px
        per1, per2 = float(rng.uniform(60, 260)), float(rng.uniform(20, 90))
        a1, a2 = float(rng.uniform(4, 30)), float(rng.uniform(0, 6))
        ph = float(rng.uniform(0, 2 * np.pi))
        if rng.random() < 0.3:  # rosette-like polar family
            cx, cy = rng.uniform(0, w), rng.uniform(0, h)
            r = np.hypot(xx - cx, yy - cy)
            t = np.arctan2(yy - cy, xx - cx)
            f = (r + a1 * np.sin(int(rng.integers(6, 24)) * t + ph)) / s
        else:
            ang = float(rng.uniform(-0.5, 0.5))
            u = xx * math.cos(ang) + yy * math.sin(ang)
            v = -xx * math.sin(ang) + yy * math.cos(ang)
            f = (v + a1 * np.sin(2 * np.pi * u / per1 + ph) + a2 * np.sin(2 * np.pi * u / per2)) / s
        d = np.abs(f - np.round(f)) * s                    # distance to nearest line (px)
        lw = float(rng.uniform(0.35, 0.8))
        cov = np.maximum(cov, np.clip(1.2 - d / lw, 0, 1) * 0.9)
    return cov


def halftone(rgb: np.ndarray, cell: float, ss: int = 3, angles=(15, 75, 0, 45)) -> np.ndarray:
    """Render an RGB uint8 patch as a CMYK AM halftone (rosette), area-averaged back."""
    h, w = rgb.shape[:2]
    big = cv2.resize(rgb, (w * ss, h * ss), interpolation=cv2.INTER_LINEAR).astype(np.float32) / 255
    k = 1 - big.max(axis=2)
    cmy = (1 - big - k[..., None]) / np.maximum(1 - k[..., None], 1e-3)
    chans = [cmy[..., 0], cmy[..., 1], cmy[..., 2], k]
    yy, xx = np.mgrid[0:h * ss, 0:w * ss].astype(np.float32) / ss
    ink = []
    for cov, ang in zip(chans, angles):
        a = math.radians(ang)
        u = (xx * math.cos(a) + yy * math.sin(a)) / cell
        v = (-xx * math.sin(a) + yy * math.cos(a)) / cell
        du, dv = u - np.floor(u) - 0.5, v - np.floor(v) - 0.5
        r = np.sqrt(du * du + dv * dv)
        rad = np.sqrt(np.clip(cov, 0, 1) / math.pi)        # dot area == coverage
        ink.append((r < rad).astype(np.float32))
        del u, v, du, dv, r
    c, m, y, kk = ink
    out = np.stack([(1 - c), (1 - m), (1 - y)], axis=2) * (1 - kk)[..., None]
    out = cv2.resize(out, (w, h), interpolation=cv2.INTER_AREA)
    return np.clip(out * 255, 0, 255).astype(np.uint8)


def paper(rng, h, w, kind):
    """Multiplicative paper reflectance map: plain, fibrous, laid (periodic) or woven."""
    m = 1 + 0.018 * smooth_noise(rng, h, w, 40, 3) + 0.012 * rng.standard_normal((h, w)).astype(np.float32)
    fib = smooth_noise(rng, h, w // 6 + 1, 3, 1)
    fib = cv2.resize(fib, (w, h), interpolation=cv2.INTER_LINEAR)
    m += 0.01 * fib
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "laid":
        m += 0.018 * np.sin(2 * np.pi * yy / rng.uniform(4, 9)) + 0.01 * np.sin(2 * np.pi * xx / rng.uniform(60, 120))
    elif kind == "woven":
        p = rng.uniform(3.5, 8)
        m += 0.022 * np.sin(2 * np.pi * xx / p) * np.sin(2 * np.pi * yy / p)
    return m.astype(np.float32)


def qr_like(rng, modules=None):
    n = int(modules or rng.choice([21, 25, 29, 33]))
    g = (rng.random((n, n)) < 0.5).astype(np.uint8)
    for (r, c) in [(0, 0), (0, n - 7), (n - 7, 0)]:
        g[max(r - 1, 0):r + 8, max(c - 1, 0):c + 8] = 0
        g[r:r + 7, c:c + 7] = 1
        g[r + 1:r + 6, c + 1:c + 6] = 0
        g[r + 2:r + 5, c + 2:c + 5] = 1
    g[6, 8:n - 8] = np.arange(n - 16) % 2 == 0
    g[8:n - 8, 6] = np.arange(n - 16) % 2 == 0
    return 1 - g  # 0 = black module


def _arc_text(draw, cx, cy, r, text, fnt, color, start, end, outward=True):
    n = len(text)
    for i, ch in enumerate(text):
        a = start + (end - start) * (i + 0.5) / n
        tw = Image.new("L", (fnt.size * 2, fnt.size * 2), 0)
        ImageDraw.Draw(tw).text((fnt.size, fnt.size), ch, font=fnt, fill=255, anchor="mm")
        rot = tw.rotate(-math.degrees(a) - 90 if outward else -math.degrees(a) + 90, resample=Image.BICUBIC)
        x = cx + r * math.cos(a) - fnt.size
        y = cy + r * math.sin(a) - fnt.size
        draw.bitmap((int(x), int(y)), rot, fill=color)


def stamp(rng, diam, top_text, mid_text="", bottom_text="", oval=False):
    """Red seal as RGBA with uneven ink."""
    W = diam
    H = int(diam * (0.68 if oval else 1.0))
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = (int(rng.integers(190, 235)), int(rng.integers(10, 50)), int(rng.integers(20, 60)), 255)
    lw = max(3, diam // 28)
    d.ellipse([lw, lw, W - lw, H - lw], outline=col, width=lw)
    cx, cy = W / 2, H / 2
    fs = max(10, int(diam * (0.12 if not oval else 0.1)))
    f = C.font("sans_bold" if rng.random() < .5 else "serif_bold", fs)
    r = min(W, H) / 2 - lw - fs * 0.75
    span = 1.25 * math.pi if not oval else 1.0 * math.pi
    _arc_text(d, cx, cy, r, top_text, f, col, -math.pi / 2 - span / 2, -math.pi / 2 + span / 2)
    if not oval:
        st = diam * 0.13
        pts = [(cx + (st if k % 2 == 0 else st * .4) * math.cos(-math.pi / 2 + k * math.pi / 5),
                cy + (st if k % 2 == 0 else st * .4) * math.sin(-math.pi / 2 + k * math.pi / 5)) for k in range(10)]
        d.polygon(pts, fill=col)
    if mid_text:
        d.text((cx, cy + (diam * .18 if not oval else 0)), mid_text, font=C.font("sans", int(fs * .8)),
               fill=col, anchor="mm")
    if bottom_text:
        d.text((cx, cy + (diam * .32 if not oval else diam * .17)), bottom_text,
               font=C.font("sans_bold", int(fs * .9)), fill=col, anchor="mm")
    a = np.array(im).astype(np.float32)
    ink = np.clip(0.75 + 0.35 * smooth_noise(rng, H, W, diam / 10, 2), 0.25, 1.0)
    ink *= (rng.random((H, W)) > 0.06)
    a[..., 3] *= ink
    return Image.fromarray(a.astype(np.uint8)).rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC, expand=True)


def microtext_tile(rng, h, w, text, size, color, alpha=60):
    """Repeated tiny characters (anti-copy background / watermark)."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    f = C.font("sans", size)
    step_y = int(size * rng.uniform(1.2, 2.5))
    line = (text + "  ") * (w // max(1, size * len(text)) + 2)
    for i, y in enumerate(range(0, h, step_y)):
        d.text((-(i * size * 0.7) % (size * 3) - size * 3, y), line, font=f, fill=color + (alpha,))
    return im


# --------------------------------------------------------------- desk surfaces
def wood(rng, h, w):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(-0.3, 0.3)
    u = xx * math.cos(ang) + yy * math.sin(ang)
    v = -xx * math.sin(ang) + yy * math.cos(ang)
    warp = 9 * smooth_noise(rng, h, w, 260, 2)
    rings = np.sin(2 * np.pi * (v + warp + 5 * np.sin(u / rng.uniform(250, 600))) / rng.uniform(10, 30))
    streak = smooth_noise(rng, h, w, 6, 1)
    streak = cv2.GaussianBlur(streak, (0, 0), sigmaX=12, sigmaY=0.8) if abs(ang) < 1 else streak
    t = 0.5 + 0.25 * rings + 0.35 * streak + 0.15 * smooth_noise(rng, h, w, 60, 2)
    base = np.array(C_WOODS[int(rng.integers(len(C_WOODS)))], np.float32)
    return np.clip(base[None, None] * (0.75 + 0.45 * t[..., None]), 0, 255).astype(np.uint8)


C_WOODS = [(150, 100, 60), (120, 80, 50), (185, 140, 95), (95, 60, 40), (200, 170, 130)]
C_CLOTH = [(60, 70, 110), (110, 40, 45), (70, 90, 70), (150, 150, 145), (40, 40, 45), (170, 150, 120)]


def cloth(rng, h, w):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    p = rng.uniform(3, 9)
    warpx = 3 * smooth_noise(rng, h, w, 80, 2)
    weave = np.sin(2 * np.pi * (xx + warpx) / p) * np.sin(2 * np.pi * (yy - warpx) / p)
    t = 0.8 + 0.12 * weave + 0.1 * smooth_noise(rng, h, w, 50, 3) + 0.04 * rng.standard_normal((h, w))
    base = np.array(C_CLOTH[int(rng.integers(len(C_CLOTH)))], np.float32)
    return np.clip(base[None, None] * t[..., None], 0, 255).astype(np.uint8)


def laminate(rng, h, w):
    base = np.array([rng.integers(170, 235)] * 3, np.float32) + rng.uniform(-12, 12, 3)
    t = 1 + 0.03 * smooth_noise(rng, h, w, 120, 3) + 0.015 * rng.standard_normal((h, w))
    return np.clip(base[None, None] * t[..., None], 0, 255).astype(np.uint8)


def desk(rng, h, w):
    kind = ["wood", "wood", "cloth", "laminate"][int(rng.integers(4))]
    return kind, {"wood": wood, "cloth": cloth, "laminate": laminate}[kind](rng, h, w)
