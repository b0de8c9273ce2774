"""Screen recapture: show an image on a simulated panel and photograph it.

Physical model. Each camera photosite at (x, y) is mapped (lens distortion, then a
homography) to panel coordinates (u, v) in panel-pixel units. The panel's emitted
radiance per colour channel is  I_c(pixel) * M_c(u, v)  where M_c is the periodic
sub-pixel aperture mask (stripe RGB/BGR LCD, diamond PenTile OLED; black matrix
between apertures). The camera integrates M_c over its point-spread function
(optics blur + photosite aperture, modelled as a Gaussian whose width in panel units
follows the local Jacobian); for rectangular apertures that integral is exact with
erf(). The result is then *point sampled* at the photosites, so the sub-pixel lattice
aliases into moire exactly when its frequency exceeds the sensor Nyquist and is not
already attenuated by the PSF. Pixel values I_c use nearest sampling when the PSF is
narrow and a Gaussian-prefiltered bilinear sample otherwise (approximation)."""
from __future__ import annotations

import math

import cv2
import numpy as np
from scipy.special import ndtr

from . import patterns as P
from .camera import phone_pipeline
from .util import choice, srgb_to_lin

# name: (pitch_mm range, panel resolutions, layouts, bezel_mm)
PANELS = {
    "phone_oled": ((0.045, 0.062), [(1080, 2400), (1170, 2532), (1440, 3200)], ["diamond"], (1.5, 4)),
    "phone_lcd": ((0.055, 0.078), [(750, 1334), (1080, 1920), (720, 1600)], ["rgb"], (2, 6)),
    "laptop_lcd": ((0.16, 0.23), [(1920, 1080), (1366, 768), (2560, 1600)], ["rgb", "bgr"], (4, 12)),
    "monitor_lcd": ((0.233, 0.28), [(1920, 1080), (2560, 1440)], ["rgb", "rgb", "bgr"], (5, 18)),
}


def layout_rects(kind, rng):
    """List of (channel, x0, x1, y0, y1, period_x, period_y) in pixel units."""
    if kind in ("rgb", "bgr"):
        gap = rng.uniform(0.03, 0.09)
        w = (1 - 3 * gap) / 3
        order = [0, 1, 2] if kind == "rgb" else [2, 1, 0]
        yg = rng.uniform(0.04, 0.14)
        return [(c, gap / 2 + i * (w + gap), gap / 2 + i * (w + gap) + w, yg, 1 - yg, 1, 1)
                for i, c in enumerate(order)]
    s_g, s_rb = rng.uniform(0.26, 0.34), rng.uniform(0.38, 0.48)
    g = [(1, 0.75 - s_g / 2, 0.75 + s_g / 2, 0.75 - s_g / 2, 0.75 + s_g / 2, 1, 1)]
    rb = []
    for c, cx, cy in [(0, 0.25, 0.25), (0, 1.25, 1.25), (2, 1.25, 0.25), (2, 0.25, 1.25)]:
        rb.append((c, cx - s_rb / 2, cx + s_rb / 2, cy - s_rb / 2, cy + s_rb / 2, 2, 2))
    return g + rb


def _G2(t, s):
    """Antiderivative of Phi(t/s): t*Phi(t/s) + s*phi(t/s)."""
    z = t / s
    return t * ndtr(z) + s * np.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)


def _profile(phase, a, b, period, s, w):
    """Periodic indicator of [a,b] convolved with a Gaussian (optics, sigma s) and a box
    (photosite aperture, width w), all in panel-pixel units; exact, at `phase`."""
    s = max(s, 1e-3)
    nmax = int(math.ceil((w / 2 + 4 * s) / period)) + 1
    acc = np.zeros_like(phase)
    for n in range(-nmax, nmax + 1):
        bb, aa = b + n * period - phase, a + n * period - phase
        acc += _G2(bb + w / 2, s) - _G2(bb - w / 2, s) - _G2(aa + w / 2, s) + _G2(aa - w / 2, s)
    return acc / w


def _filtered_box(u, k, a, b, period, s_opt, ap, nbins=8, nphase=1024):
    """Camera-integrated aperture mask at panel coordinate u, where k = panel px per
    camera px along this axis (local Jacobian). Tabulated over phase and k-bins."""
    kb = np.geomspace(max(float(k.min()), 1e-3), max(float(k.max()), 1e-3) * 1.0001, nbins)
    ph = np.linspace(0, period, nphase + 1)
    lut = np.stack([_profile(ph, a, b, period, s_opt * kk, ap * kk) for kk in kb]).astype(np.float32)
    bi = np.clip(np.searchsorted(kb, k), 0, nbins - 1)
    lo = np.clip(bi - 1, 0, nbins - 1)
    bi = np.where(np.abs(np.log(kb[lo] / k)) < np.abs(np.log(kb[bi] / k)), lo, bi)
    x = np.mod(u, period) / period * nphase
    i0 = np.floor(x).astype(np.int32)
    fr = x - i0
    i0 = np.clip(i0, 0, nphase - 1)
    return lut[bi, i0] * (1 - fr) + lut[bi, i0 + 1] * fr


def display_image(src, rng, res):
    """The viewer app fits the image on the panel (letterboxed) with its own resampling."""
    pw, ph = res
    if (src.shape[1] > src.shape[0]) != (pw > ph) and rng.random() < 0.7:
        pw, ph = ph, pw                                   # user rotates the device
    bg = choice(rng, [(0, 0, 0), (16, 16, 18), (238, 238, 240), (50, 50, 54)])
    canvas = np.empty((ph, pw, 3), np.uint8)
    canvas[:] = bg
    fill = rng.uniform(0.88, 1.0)
    s = fill * min(pw / src.shape[1], ph / src.shape[0])
    w, h = max(1, round(src.shape[1] * s)), max(1, round(src.shape[0] * s))
    interp = choice(rng, [("linear", cv2.INTER_LINEAR), ("cubic", cv2.INTER_CUBIC), ("area", cv2.INTER_AREA),
                          ("nearest", cv2.INTER_NEAREST)])
    img = cv2.resize(src, (w, h), interpolation=interp[1])
    x0, y0 = (pw - w) // 2, (ph - h) // 2
    canvas[y0:y0 + h, x0:x0 + w] = img
    return canvas, (x0, y0, w, h), {"viewer_scale": round(float(s), 4), "viewer_interp": interp[0],
                                    "letterbox_rgb": list(bg), "panel_res": [pw, ph]}


def recapture(src, rng, room=None, out_long=None):
    """src: genuine uint8 RGB. Returns (uint8 RGB camera image, params)."""
    pname = choice(rng, list(PANELS))
    (plo, phi), resl, lays, (blo, bhi) = PANELS[pname]
    pitch = float(rng.uniform(plo, phi))
    lay = choice(rng, lays)
    panel, (ix, iy, iw, ih), dparams = display_image(src, rng, resl[int(rng.integers(len(resl)))])
    PH, PW = panel.shape[:2]
    L = out_long or int(rng.choice([2400, 3000, 3200]))     # sensor capture; apps downscale later
    cw, ch = (L, L * 3 // 4) if iw >= ih else (L * 3 // 4, L)
    # framing: how many camera px per panel px (c); weak/strong moire both occur
    framing = choice(rng, ["fill_image", "fill_image", "whole_screen", "close_up"])
    if framing == "fill_image":
        c = rng.uniform(0.85, 1.02) * min(cw / iw, ch / ih)
        target = (ix + iw / 2, iy + ih / 2)
    elif framing == "whole_screen":
        c = rng.uniform(0.7, 0.92) * min(cw / PW, ch / PH)
        target = (PW / 2, PH / 2)
    else:
        c = rng.uniform(1.6, 3.2)
        target = (ix + iw * rng.uniform(0.3, 0.7), iy + ih * rng.uniform(0.3, 0.7))
    ang = math.radians(rng.uniform(-4, 4))
    src_q = np.array([[0, 0], [PW, 0], [PW, PH], [0, PH]], np.float64) - target
    R = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = src_q @ R.T * c + [cw / 2 + rng.uniform(-.04, .04) * cw, ch / 2 + rng.uniform(-.04, .04) * ch]
    view = rng.uniform(0, 0.22)   # off-axis viewing -> keystone
    pair = [(0, 1), (1, 2), (2, 3), (3, 0)][int(rng.integers(4))]
    cen = dst.mean(0)
    for i in pair:
        dst[i] += (cen - dst[i]) * view
    Hp2c = cv2.getPerspectiveTransform((src_q + target).astype(np.float32), dst.astype(np.float32))
    Hc2p = np.linalg.inv(Hp2c)
    # camera photosite grid -> (undistorted) -> panel
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float64)
    k1 = float(rng.uniform(-0.05, 0.04))
    f = max(cw, ch) / 2
    xn, yn = (xx - cw / 2) / f, (yy - ch / 2) / f
    g = 1 + k1 * (xn * xn + yn * yn)
    xs, ys = xn * g * f + cw / 2, yn * g * f + ch / 2
    den = Hc2p[2, 0] * xs + Hc2p[2, 1] * ys + Hc2p[2, 2]
    u = (Hc2p[0, 0] * xs + Hc2p[0, 1] * ys + Hc2p[0, 2]) / den
    v = (Hc2p[1, 0] * xs + Hc2p[1, 1] * ys + Hc2p[1, 2]) / den
    del xs, ys, den, xn, yn, g
    ju = np.hypot(np.gradient(u, axis=1), np.gradient(u, axis=0)).astype(np.float32)
    jv = np.hypot(np.gradient(v, axis=1), np.gradient(v, axis=0)).astype(np.float32)
    # PSF in camera px: optics (focus error) + photosite aperture
    focus = choice(rng, ["sharp", "sharp", "soft", "defocused"])
    s_opt = {"sharp": rng.uniform(0.18, 0.45), "soft": rng.uniform(0.6, 1.1), "defocused": rng.uniform(1.3, 2.6)}[focus]
    ap = rng.uniform(0.85, 1.0)                      # photosite aperture (fill factor)
    s_cam = math.sqrt(s_opt ** 2 + ap ** 2 / 12)     # Gaussian-equivalent width, for reporting
    su = s_cam * ju
    rects = layout_rects(lay, rng)
    masks = np.zeros((ch, cw, 3), np.float32)
    uf, vf = u.astype(np.float32), v.astype(np.float32)
    for (cc, x0, x1, y0, y1, px, py) in rects:
        masks[..., cc] += (_filtered_box(uf, ju, x0, x1, px, s_opt, ap)
                           * _filtered_box(vf, jv, y0, y1, py, s_opt, ap))
    fills = np.zeros(3, np.float32)
    for (cc, x0, x1, y0, y1, px, py) in rects:
        fills[cc] += (x1 - x0) * (y1 - y0) / (px * py)
    masks /= fills[None, None]                        # mean 1 over a period
    # pixel values (display gamma ~ sRGB), panel primaries as seen by the camera sensor
    lin = srgb_to_lin(panel)
    sig_pix = float(np.median(su))
    if sig_pix > 0.35:
        lin = cv2.GaussianBlur(lin, (0, 0), sig_pix)
        vals = cv2.remap(lin, uf - 0.5, vf - 0.5, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    else:
        vals = cv2.remap(lin, np.floor(uf), np.floor(vf), cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT)
    mix = np.eye(3, dtype=np.float32) * (1 - 2 * rng.uniform(0.02, 0.08)) + rng.uniform(0.02, 0.08)
    rad = (vals * masks) @ mix.T
    bright = rng.uniform(0.7, 1.3)
    backl = 1 + rng.uniform(0.02, 0.1) * P.smooth_noise(rng, ch, cw, max(cw, ch) / 2, 1)
    rad *= (bright * backl)[..., None]
    wash = view * rng.uniform(0.2, 1.0) * (0.6 if pname.endswith("oled") else 1.0)
    rad = rad * (1 - wash) + wash * 0.12 * bright
    # bezel and surroundings
    bez = rng.uniform(blo, bhi) / pitch
    inside = (u >= 0) & (u < PW) & (v >= 0) & (v < PH)
    in_bez = (u >= -bez) & (u < PW + bez) & (v >= -bez) & (v < PH + bez) & ~inside
    if room is not None:
        bgi = cv2.resize(room, (cw, ch), interpolation=cv2.INTER_AREA)
        bgl = srgb_to_lin(cv2.GaussianBlur(bgi, (0, 0), 6)) * rng.uniform(0.15, 0.5)
    else:
        bgl = np.full((ch, cw, 3), 0.08, np.float32)
    bez_col = np.float32(rng.uniform(0.005, 0.03))
    rad = np.where(inside[..., None], rad, np.where(in_bez[..., None], bez_col, bgl))
    # glare: reflection of the room + a soft specular highlight on the glass
    glare = {}
    if rng.random() < 0.6 and room is not None:
        refl = srgb_to_lin(cv2.GaussianBlur(cv2.resize(room[::-1] if rng.random() < .5 else room, (cw, ch)),
                                            (0, 0), rng.uniform(8, 25)))
        a = rng.uniform(0.02, 0.09)
        rad = rad + a * refl * (inside | in_bez)[..., None]
        glare["reflection"] = round(float(a), 3)
    if rng.random() < 0.45:
        gx, gy = rng.uniform(0, cw), rng.uniform(0, ch)
        r2 = ((np.arange(cw)[None, :] - gx) ** 2 / (rng.uniform(.1, .4) * cw) ** 2
              + (np.arange(ch)[:, None] - gy) ** 2 / (rng.uniform(.1, .4) * ch) ** 2)
        a = rng.uniform(0.05, 0.35)
        rad = rad + (a * np.exp(-r2)).astype(np.float32)[..., None] * (inside | in_bez)[..., None]
        glare["highlight"] = round(float(a), 3)
    out, pp, _ = phone_pipeline(rad.astype(np.float32), rng, opts={"optics": False, "distortion": False})
    per = 2.0 if lay == "diamond" else 1.0
    f_grid = 1.0 / (c * per)                 # cycles per capture px of the coarsest lattice
    # fundamental modulation of a channel's lattice after optics + photosite aperture
    contrast = 1.7 * abs(np.sinc(f_grid * ap)) * math.exp(-2 * math.pi ** 2 * (s_opt * f_grid) ** 2)
    beat_luma = abs(f_grid - round(f_grid))             # alias of green/luma sampling (1 cyc/px)
    beat_chroma = abs(f_grid - 0.5 * round(f_grid / 0.5))  # R/B photosites sample every 2nd px
    regime = ("resolved_subpixels" if f_grid < 0.25 else "bayer_chroma_aliasing" if f_grid < 0.5
              else "aliased_moire")
    params = {"panel": pname, "layout": lay, "pitch_mm": round(pitch, 4), **dparams, "framing": framing,
              "cam_px_per_panel_px": round(float(c), 3), "view_keystone": round(float(view), 3),
              "est_distance_mm_main_lens": round(float(cw / c * pitch / 1.37), 1),
              "focus": focus, "optics_sigma_cam_px": round(float(s_opt), 3), "photosite_aperture": round(float(ap), 3), "lens_k1": round(k1, 4),
              "bezel_visible": bool(in_bez.any()), "glare": glare, "wash_out": round(float(wash), 3),
              "grid_freq_cyc_per_px": round(f_grid, 3), "grid_contrast_est": round(float(contrast), 4),
              "alias_beat_luma_cyc_per_px": round(beat_luma, 3), "alias_beat_chroma_cyc_per_px": round(beat_chroma, 3),
              "moire_regime": regime, "camera": pp}
    params["structure_strength"] = ("none" if contrast < 0.01 else "weak" if contrast < 0.08
                                    else "moderate" if contrast < 0.25 else "strong")
    return out, params
