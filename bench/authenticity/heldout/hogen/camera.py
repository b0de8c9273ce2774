"""Scene composition (document on a desk) and a parametric phone camera pipeline.

All scene work is in linear light. The pipeline: illuminant -> optics blur -> lens
distortion -> vignetting -> exposure -> Bayer mosaic + shot/read noise -> demosaic ->
white balance -> colour matrix -> tone curve -> denoise -> sharpen -> (resize, encode)."""
from __future__ import annotations

import math

import cv2
import numpy as np

from . import patterns as P
from .util import apply_h, choice, encode, lin_to_srgb, random_jpeg, roundtrip, srgb_to_lin, to_u8

ILLUM = {2700: (1.0, 0.66, 0.38), 3500: (1.0, 0.78, 0.56), 4500: (1.0, 0.89, 0.78),
         5500: (1.0, 0.97, 0.93), 6500: (0.95, 0.98, 1.0), 7500: (0.87, 0.93, 1.0)}


def illuminant(rng):
    k = choice(rng, list(ILLUM))
    return k, np.array(ILLUM[k], np.float32)


def soft_shadow(rng, h, w, strength):
    """Smooth occluder shadow (hand / phone) as multiplicative map."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    d = (xx - rng.uniform(0, w)) * math.cos(a) + (yy - rng.uniform(0, h)) * math.sin(a)
    edge = 1 / (1 + np.exp(-d / (rng.uniform(0.03, 0.15) * max(h, w))))
    return (1 - strength * edge).astype(np.float32)


def scene_document(doc, rng, out_w, out_h):
    """Place a document raster on a desk with perspective, drop shadow, lighting."""
    dh, dw = doc.shape[:2]
    frac = rng.uniform(0.58, 0.93)
    rot90 = (dw > dh) != (out_w > out_h) and rng.random() < 0.5
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float64)
    if rot90:
        src = src[[1, 2, 3, 0]]
    tw, th = (dh, dw) if rot90 else (dw, dh)
    s = frac * min(out_w / tw, out_h / th)
    cx, cy = out_w / 2 + rng.uniform(-.06, .06) * out_w, out_h / 2 + rng.uniform(-.06, .06) * out_h
    ang = math.radians(rng.uniform(-7, 7))
    base = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]]) * s
    R = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = base @ R.T + [cx, cy]
    tilt = rng.uniform(0, 0.07)          # keystone from a tilted phone
    side = int(rng.integers(4))
    pair = [(0, 1), (1, 2), (2, 3), (3, 0)][side]
    cen = dst.mean(0)
    for i in pair:
        dst[i] += (cen - dst[i]) * tilt
    dst += rng.normal(0, 0.008 * min(out_w, out_h), dst.shape)
    H = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))
    scale = math.sqrt(abs(np.linalg.det(H[:2, :2]))) / max(H[2, 2], 1e-9)
    lin = srgb_to_lin(doc)
    if scale < 1:  # optical low-pass before the (resampling) warp
        lin = cv2.GaussianBlur(lin, (0, 0), 0.42 / scale)
    flags = cv2.INTER_LINEAR if rng.random() < .5 else cv2.INTER_CUBIC
    warped = cv2.warpPerspective(lin, H, (out_w, out_h), flags=flags, borderMode=cv2.BORDER_CONSTANT)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), H, (out_w, out_h), flags=cv2.INTER_LINEAR)
    # paper sheen: mild bend shading along one axis
    desk_kind, desk = P.desk(rng, out_h, out_w)
    desk_lin = srgb_to_lin(desk)
    sh = cv2.GaussianBlur(mask, (0, 0), rng.uniform(4, 18))
    off = rng.integers(-12, 13, 2)
    sh = np.roll(sh, (int(off[0]), int(off[1])), axis=(0, 1))
    desk_lin *= (1 - rng.uniform(0.25, 0.6) * sh)[..., None]
    scene = warped * mask[..., None] + desk_lin * (1 - mask[..., None])
    K, ill = illuminant(rng)
    light = 1 + rng.uniform(0.05, 0.3) * P.smooth_noise(rng, out_h, out_w, max(out_h, out_w) / 2.5, 1)
    shadow = rng.uniform(0.1, 0.45) if rng.random() < 0.45 else 0.0
    if shadow:
        light = light * soft_shadow(rng, out_h, out_w, shadow)
    scene = scene * light[..., None] * ill[None, None]
    params = {"desk": desk_kind, "doc_fraction": round(float(frac), 3), "rot90": bool(rot90),
              "rotation_deg": round(math.degrees(ang), 2), "keystone": round(float(tilt), 3),
              "doc_scale": round(float(scale), 3), "illuminant_K": int(K), "occluder_shadow": round(float(shadow), 3)}
    return scene.astype(np.float32), H, params


def _distort_maps(w, h, k1, k2):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy, f = w / 2, h / 2, max(w, h) / 2
    x, y = (xx - cx) / f, (yy - cy) / f
    r2 = x * x + y * y
    g = 1 + k1 * r2 + k2 * r2 * r2
    g = g / max(1.0, float(g.max()))          # phones crop so no border is sampled
    return (x * g * f + cx).astype(np.float32), (y * g * f + cy).astype(np.float32)


def distort_points(pts, w, h, k1, k2):
    """Forward map of undistorted points to distorted image (inverse of the remap)."""
    cx, cy, f = w / 2, h / 2, max(w, h) / 2
    rc = ((w / 2) ** 2 + (h / 2) ** 2) / f ** 2
    gmax = max(1.0, 1 + k1 * rc + k2 * rc * rc, 1 + k1 * (w / 2 / f) ** 2, 1 + k1 * (h / 2 / f) ** 2)
    u = (np.asarray(pts, np.float64) - [cx, cy]) / f
    d = u.copy()
    for _ in range(12):
        r2 = (d * d).sum(1, keepdims=True)
        d = u / ((1 + k1 * r2 + k2 * r2 * r2) / gmax)
    return d * f + [cx, cy]


BAYER = {"RGGB": cv2.COLOR_BayerBG2RGB, "BGGR": cv2.COLOR_BayerRG2RGB,
         "GRBG": cv2.COLOR_BayerGB2RGB, "GBRG": cv2.COLOR_BayerGR2RGB}


def _mosaic(lin, pattern):
    h, w = lin.shape[:2]
    idx = {"R": 0, "G": 1, "B": 2}
    raw = np.zeros((h, w), np.float32)
    for (dy, dx), ch in zip([(0, 0), (0, 1), (1, 0), (1, 1)], pattern):
        raw[dy::2, dx::2] = lin[dy::2, dx::2, idx[ch]]
    return raw


def phone_pipeline(scene, rng, cast_K=None, opts=None):
    """scene: linear RGB float. Returns (uint8 RGB, params, point_map)."""
    opts = opts or {}
    h, w = scene.shape[:2]
    p = {}
    img = scene
    # optics
    if opts.get("optics") is False:
        p["optics"] = "in_scene_model"
    elif rng.random() < 0.3:
        r = rng.uniform(1.0, 2.2)
        k = int(math.ceil(r)) * 2 + 1
        yy, xx = np.mgrid[0:k, 0:k] - k // 2
        disc = (np.hypot(xx, yy) <= r).astype(np.float32)
        img = cv2.filter2D(img, -1, disc / disc.sum())
        p["optics"] = {"type": "defocus_disc", "radius": round(float(r), 2)}
    else:
        sg = rng.uniform(0.4, 1.3)
        img = cv2.GaussianBlur(img, (0, 0), sg)
        p["optics"] = {"type": "gaussian", "sigma": round(float(sg), 2)}
    k1, k2 = float(rng.uniform(-0.07, 0.05)), float(rng.uniform(-0.01, 0.01))
    if opts.get("distortion") is False:
        k1 = k2 = 0.0
    else:
        mx, my = _distort_maps(w, h, k1, k2)
        img = cv2.remap(img, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        p["lens_k1k2"] = [round(k1, 4), round(k2, 4)]
    if opts.get("distortion") is not False and rng.random() < 0.35:  # lateral chromatic aberration
        ca = rng.uniform(0.0005, 0.002)
        for c, sgn in ((0, 1), (2, -1)):
            M = cv2.getRotationMatrix2D((w / 2, h / 2), 0, 1 + sgn * ca)
            img[..., c] = cv2.warpAffine(np.ascontiguousarray(img[..., c]), M, (w, h), borderMode=cv2.BORDER_REFLECT)
        p["chromatic_aberration"] = round(float(ca), 5)
    vig = rng.uniform(0.05, 0.4)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    img = img * (1 - vig * r2)[..., None]
    p["vignetting"] = round(float(vig), 3)
    # exposure: meter on mean, with error
    ev = rng.uniform(-0.5, 0.4)
    img = img * (0.2 / max(float(img.mean()), 1e-4)) * 2**ev
    p["exposure_ev"] = round(float(ev), 2)
    # sensor
    pattern = choice(rng, list(BAYER))
    raw = _mosaic(img, pattern)
    sigma = float(opts.get("noise_sigma", rng.uniform(1, 6)))
    chg = rng.uniform(0.7, 1.4, 3)
    sl = sigma / 286.0
    gain = np.zeros_like(raw)
    for (dy, dx), ch in zip([(0, 0), (0, 1), (1, 0), (1, 1)], pattern):
        gain[dy::2, dx::2] = chg["RGB".index(ch)]
    noise = rng.standard_normal(raw.shape).astype(np.float32)
    raw = raw + noise * gain * np.sqrt(np.clip(raw, 0, None) * sl * sl / 0.2 + (0.3 * sl) ** 2)
    p["noise"] = {"sigma_8bit_midgrey": round(sigma, 2), "channel_gain": [round(float(v), 2) for v in chg]}
    demo = choice(rng, ["bilinear", "edge_aware", "vng"])
    if demo == "vng":
        vng = {"RGGB": cv2.COLOR_BayerBG2RGB_VNG, "BGGR": cv2.COLOR_BayerRG2RGB_VNG,
               "GRBG": cv2.COLOR_BayerGB2RGB_VNG, "GBRG": cv2.COLOR_BayerGR2RGB_VNG}[pattern]
        rgb = cv2.cvtColor(to_u8(np.clip(raw, 0, 1) * 255), vng)
        rgb = rgb.astype(np.float32) / 255
    else:
        r16 = np.clip(raw * 65535, 0, 65535).astype(np.uint16)
        code = BAYER[pattern] if demo == "bilinear" else {
            "RGGB": cv2.COLOR_BayerBG2RGB_EA, "BGGR": cv2.COLOR_BayerRG2RGB_EA,
            "GRBG": cv2.COLOR_BayerGB2RGB_EA, "GBRG": cv2.COLOR_BayerGR2RGB_EA}[pattern]
        rgb = cv2.cvtColor(r16, code).astype(np.float32) / 65535
    p["bayer"] = pattern
    p["demosaic"] = demo
    # white balance (partial adaptation leaves a cast), colour matrix, tone
    est = np.array(ILLUM[cast_K], np.float32) if cast_K else rgb.reshape(-1, 3).mean(0) / rgb.mean()
    strength = rng.uniform(0.55, 1.0)
    wb = (1 / np.maximum(est, 1e-3)) ** strength
    rgb = rgb * (wb / wb[1])[None, None]
    sat = rng.uniform(0.95, 1.35)
    lum = rgb @ np.array([0.2126, 0.7152, 0.0722], np.float32)
    rgb = lum[..., None] + (rgb - lum[..., None]) * sat
    p["awb_strength"] = round(float(strength), 2)
    p["saturation"] = round(float(sat), 2)
    out = lin_to_srgb(rgb) / 255
    con = rng.uniform(0.0, 0.35)
    out = out + con * (out - 0.5) * (1 - np.abs(2 * out - 1))  # gentle S-curve
    out = to_u8(out * 255)
    # denoise
    mode = opts.get("denoise") or choice(rng, ["none", "chroma", "bilateral", "bilateral"])
    if mode in ("chroma", "bilateral", "heic_like"):
        ycc = cv2.cvtColor(out, cv2.COLOR_RGB2YCrCb)
        cs = 1.5 if mode != "heic_like" else 3.0
        ycc[..., 1:] = cv2.GaussianBlur(ycc[..., 1:], (0, 0), cs)
        if mode != "chroma":
            d, sc = (5, rng.uniform(12, 30)) if mode == "bilateral" else (9, rng.uniform(35, 60))
            ycc[..., 0] = cv2.bilateralFilter(ycc[..., 0], d, sc, d)
        out = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)
    p["denoise"] = mode
    # sharpening (halos)
    amt = 0.0 if mode == "heic_like" else rng.uniform(0.0, 1.6)
    if amt > 0.05:
        rad = rng.uniform(0.7, 2.5)
        f = out.astype(np.float32)
        out = to_u8(f + amt * (f - cv2.GaussianBlur(f, (0, 0), rad)))
        p["sharpen"] = {"amount": round(float(amt), 2), "radius": round(float(rad), 2)}

    def pmap(pts):
        return distort_points(pts, w, h, k1, k2)
    return out, p, pmap


INTERP = {"area": cv2.INTER_AREA, "linear": cv2.INTER_LINEAR, "cubic": cv2.INTER_CUBIC,
          "lanczos": cv2.INTER_LANCZOS4, "nearest": cv2.INTER_NEAREST}


def resize(rgb, rng, long_side=None, interp=None):
    h, w = rgb.shape[:2]
    L = long_side or int(rng.choice([1080, 1280, 1440, 1600, 1920]))
    if L >= max(h, w):
        return rgb, 1.0, None
    s = L / max(h, w)
    it = interp or choice(rng, ["area", "area", "linear", "cubic", "lanczos"])
    return cv2.resize(rgb, (round(w * s), round(h * s)), interpolation=INTERP[it]), s, it


def save_like_phone(rgb, rng, allow_png=False, heic_like=False):
    """Encode as a phone/app would; sometimes an honest whole-image second save.
    Returns (bytes, encoder params dict)."""
    if allow_png and rng.random() < 0.5:
        enc = {"format": "png"}
        return encode(rgb, enc), {"final": enc}
    e1 = random_jpeg(rng, 88, 96) if heic_like else random_jpeg(rng)
    info = {"final": e1}
    if rng.random() < 0.3:  # messaging app recompression of the whole picture
        e0 = random_jpeg(rng, 85, 97)
        rgb = roundtrip(rgb, e0)
        info = {"first_save": e0, "final": e1, "resaved": True}
    return encode(rgb, e1), info


def map_fields(fields, Hdoc, pmap, s, W, Hh):
    """Map document-space field boxes to final image boxes."""
    from .util import box_to_pts, pts_to_box
    out = {}
    for k, f in fields.items():
        pts = pmap(apply_h(Hdoc, box_to_pts(f["box"]))) * s
        b = pts_to_box(pts, W, Hh)
        if b[2] > 4 and b[3] > 4:
            out[k] = dict(f, box_img=b, quad=pts.round(1).tolist())
    return out
