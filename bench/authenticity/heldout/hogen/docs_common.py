"""A tiny document canvas: text with recorded field boxes, multiplicative ink layers,
paper finish. Coordinates are in document pixels."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from . import content as C
from . import patterns as P


class Doc:
    def __init__(self, w, h, rng, faces):
        self.w, self.h, self.rng = int(w), int(h), rng
        self.im = Image.new("RGB", (self.w, self.h), (255, 255, 255))
        self.d = ImageDraw.Draw(self.im)
        self.fields: dict = {}
        self.faces = faces          # {"body": face, "title": face, "num": face}
        self.features: list = []

    # ------------------------------------------------------------ drawing
    def text(self, xy, s, size, role="body", fill=(25, 25, 28), anchor="la", key=None, face=None):
        face = face or self.faces[role]
        f = C.font(face, size)
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)
        box = self.d.textbbox(xy, s, font=f, anchor=anchor)
        if key:
            self.fields[key] = {"box": [box[0], box[1], box[2] - box[0], box[3] - box[1]],
                                "text": s, "face": face, "size": int(size), "fill": list(fill),
                                "anchor": anchor, "xy": [float(xy[0]), float(xy[1])]}
        return box

    def wrap(self, x, y, s, size, width, role="body", fill=(25, 25, 28), lead=1.55):
        f = C.font(self.faces[role], size)
        line = ""
        for ch in s:
            if f.getlength(line + ch) > width:
                self.d.text((x, y), line, font=f, fill=fill)
                y += size * lead
                line = ""
            line += ch
        if line:
            self.d.text((x, y), line, font=f, fill=fill)
            y += size * lead
        return y

    def rect(self, box, color, width=2):
        x0, y0, x1, y1 = box
        self.d.rectangle([x0, y0, x1, y1], outline=color, width=width)

    def hline(self, x0, x1, y, color, width=2):
        self.d.line([(x0, y), (x1, y)], fill=color, width=width)

    def vline(self, x, y0, y1, color, width=2):
        self.d.line([(x, y0), (x, y1)], fill=color, width=width)

    def table(self, x0, y0, col_w, row_h, color, width=2):
        """Ruled grid; returns cell origin lists."""
        xs = [x0] + list(np.cumsum(col_w) + x0)
        ys = [y0] + list(np.cumsum(row_h) + y0)
        for y in ys:
            self.hline(xs[0], xs[-1], y, color, width)
        for x in xs:
            self.vline(x, ys[0], ys[-1], color, width)
        return [int(v) for v in xs], [int(v) for v in ys]

    # ------------------------------------------------------------ layers
    def multiply(self, rgb_patch: np.ndarray, x, y, alpha=None):
        a = np.array(self.im).astype(np.float32)
        h, w = rgb_patch.shape[:2]
        x, y = int(x), int(y)
        ox, oy = max(0, -x), max(0, -y)
        x0, y0 = x + ox, y + oy
        x1, y1 = min(self.w, x + w), min(self.h, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        p = rgb_patch[oy:oy + y1 - y0, ox:ox + x1 - x0].astype(np.float32) / 255
        if alpha is not None:
            al = alpha[oy:oy + y1 - y0, ox:ox + x1 - x0, None]
            p = 1 - al * (1 - p)
        a[y0:y1, x0:x1] *= p
        self.im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        self.d = ImageDraw.Draw(self.im)

    def rgba(self, rgba: Image.Image, x, y, key=None):
        arr = np.array(rgba).astype(np.float32)
        self.multiply(arr[..., :3].astype(np.uint8), x, y, alpha=arr[..., 3] / 255)
        if key:
            self.fields[key] = {"box": [int(x), int(y), rgba.width, rgba.height], "text": None}

    def guilloche(self, box, color, strength=0.5):
        x0, y0, x1, y1 = [int(v) for v in box]
        cov = P.guilloche(self.rng, y1 - y0, x1 - x0) * strength
        col = np.array(color, np.float32)[None, None] / 255
        patch = (1 - cov[..., None] * (1 - col)) * 255
        self.multiply(patch.astype(np.uint8), x0, y0)
        self.features.append("guilloche")

    def halftone_fill(self, box, rgb_patch, cell):
        x0, y0 = int(box[0]), int(box[1])
        self.multiply(P.halftone(rgb_patch, cell), x0, y0)
        self.features.append(f"halftone_cell{cell:.1f}")

    def qr(self, x, y, module):
        g = P.qr_like(self.rng)
        img = np.kron(g, np.ones((module, module), np.uint8)) * 255
        rgb = np.repeat(img[..., None], 3, axis=2)
        self.multiply(rgb, x, y)
        self.features.append("qr_like")
        return [int(x), int(y), img.shape[1], img.shape[0]]

    def microtext(self, box, text, size, color, alpha=50):
        x0, y0, x1, y1 = [int(v) for v in box]
        self.rgba(P.microtext_tile(self.rng, y1 - y0, x1 - x0, text, size, color, alpha), x0, y0)
        self.features.append("microtext")

    def stamp(self, cx, cy, diam, top, mid="", bottom="", oval=False, key="stamp"):
        s = P.stamp(self.rng, int(diam), top, mid, bottom, oval)
        self.rgba(s, cx - s.width / 2, cy - s.height / 2, key=key)
        self.features.append("stamp")

    # ------------------------------------------------------------ finish
    def finish(self, paper_kind="plain", tint=(250, 248, 242), ink_blur=0.55):
        ink = np.array(self.im).astype(np.float32)
        if ink_blur > 0:
            ink = cv2.GaussianBlur(ink, (0, 0), ink_blur)
        # toner/ink density fluctuation on dark strokes
        dens = 1 + 0.08 * P.smooth_noise(self.rng, self.h, self.w, 25, 2)
        ink = 255 - (255 - ink) * np.clip(dens, 0.7, 1.2)[..., None]
        pap = P.paper(self.rng, self.h, self.w, paper_kind)[..., None] * np.array(tint, np.float32)[None, None]
        out = ink / 255 * pap
        self.features.append(f"paper_{paper_kind}")
        return np.clip(out, 0, 255).astype(np.uint8)


def pick_faces(rng):
    body = ["sans", "serif", "uming", "wqy"][int(rng.integers(4))]
    title = ["sans_bold", "serif_bold", "sans_bold", "uming"][int(rng.integers(4))]
    num = [body, "dejavu", "dejavu_mono", "sans", "serif"][int(rng.integers(5))]
    return {"body": body, "title": title, "num": num, "label": body}
