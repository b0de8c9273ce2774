#!/usr/bin/env python3
"""Independent held-out image-forensics dataset generator.

usage: generate.py --seed N --out DIR [--scale small|full] [--workers K]
       generate.py --check

Writes DIR/images/<label>/*.{jpg,png}, DIR/manifest.jsonl and DIR/summary.json.
Deterministic for a given seed (and the pinned package versions)."""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import sys
import time
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hogen import derived, docs, genuine, photos  # noqa: E402
from hogen.util import rng_for, write_bytes  # noqa: E402

COUNTS = {  # full scale; small = about 1/5
    "full": {"doc_single_per_kind": 16, "doc_pairs": 30, "pdf": 18, "photo_variants": 2,
             "recapture": 130, "edit": 160, "near_duplicate": 110},
    "small": {"doc_single_per_kind": 3, "doc_pairs": 6, "pdf": 4, "photo_variants": 1,
              "recapture": 26, "edit": 32, "near_duplicate": 22},
}
DUPE_OPS = ["crop", "rescale", "recompress", "rotate", "tone", "screenshot", "mirror", "sticker"]


def plan_genuine(seed, c):
    rng = rng_for(seed, "plan-genuine")
    tasks = []
    for k in docs.KINDS:
        for i in range(c["doc_single_per_kind"]):
            tid = f"g-{k}-{i:03d}"
            tasks.append({"type": "doc_photo", "id": tid, "kind": k, "layout_key": tid, "group": tid})
    for p in range(c["doc_pairs"]):
        k = docs.KINDS[p % len(docs.KINDS)]
        pair = f"simpair-{p:03d}"
        for j in "ab":   # same template (layout seed), different content
            tasks.append({"type": "doc_photo", "id": f"{pair}{j}", "kind": k, "layout_key": pair,
                          "group": pair, "pair": pair})
    for i in range(c["pdf"]):
        k = docs.KINDS[int(rng.integers(len(docs.KINDS)))]
        tid = f"pdf-{i:03d}"
        tasks.append({"type": "pdf_screenshot", "id": tid, "kind": k, "layout_key": tid, "group": tid})
    names = photos.available()
    if c["photo_variants"] == 1:
        names = [names[i] for i in sorted(rng.choice(len(names), size=min(len(names), 9), replace=False))]
    for n in names:
        tasks.append({"type": "photo_asis", "id": f"photo-{n}-asis", "photo": n, "group": f"photo-{n}"})
        if c["photo_variants"] > 1 or rng.random() < 0.5:
            tasks.append({"type": "photo_phone", "id": f"photo-{n}-phone", "photo": n, "group": f"photo-{n}"})
    return tasks


def plan_derived(seed, c, gen, out):
    rng = rng_for(seed, "plan-derived")
    docs_ = [g for g in gen if g["_meta"]["fields"]]
    allg = list(gen)
    room = photos.available()
    tasks = []

    def src(g):
        return {"src_path": os.path.join(out, g["file"]), "src_file": g["file"], "group": g["group"],
                "source": g["source"]}
    for i in range(c["recapture"]):
        g = docs_[int(rng.integers(len(docs_)))] if rng.random() < 0.75 else allg[int(rng.integers(len(allg)))]
        tasks.append({"type": "recapture", "id": f"rc-{i:03d}", "room": room[int(rng.integers(len(room)))], **src(g)})
    methods = list(derived.edits.METHODS)
    for i in range(c["edit"]):
        m = methods[i % len(methods)]
        mode = derived.SAVE_MODES[(i // len(methods)) % len(derived.SAVE_MODES)]
        pool = docs_ if (m == "retype_digits" or rng.random() < 0.8) else allg
        g = pool[int(rng.integers(len(pool)))]
        t = {"type": "edit", "id": f"ed-{i:03d}", "method": m, "save_mode": mode,
             "fields": g["_meta"]["fields"], "src_enc": g["_meta"]["enc"], **src(g)}
        if m == "splice":
            d = allg[int(rng.integers(len(allg)))]
            while d is g:
                d = allg[int(rng.integers(len(allg)))]
            t.update(donor_path=os.path.join(out, d["file"]), donor_file=d["file"], donor_fields=d["_meta"]["fields"])
        tasks.append(t)
    for i in range(c["near_duplicate"]):
        g = allg[int(rng.integers(len(allg)))]
        ops = [DUPE_OPS[i % len(DUPE_OPS)]]
        if rng.random() < 0.4:
            extra = DUPE_OPS[int(rng.integers(len(DUPE_OPS)))]
            if extra not in ops and "screenshot" not in ops:
                ops.insert(0, extra)
        tasks.append({"type": "near_duplicate", "id": f"nd-{i:03d}", "ops": ops, **src(g)})
    return tasks


LABEL = {"doc_photo": "genuine", "pdf_screenshot": "genuine", "photo_asis": "genuine", "photo_phone": "genuine",
         "recapture": "recapture", "edit": "edit", "near_duplicate": "near_duplicate"}


def run_task(args):
    task, seed, out = args
    t0 = time.time()
    prod = genuine.PRODUCERS.get(task["type"]) or derived.PRODUCERS[task["type"]]
    res = prod(task, seed)
    if res is None:
        return {"id": task["id"], "failed": True}
    data, ext, method, params, meta = res
    label = LABEL[task["type"]]
    rel = f"images/{label}/{task['id']}{ext}"
    write_bytes(os.path.join(out, rel), data)
    if label == "genuine":
        if task["type"] in ("doc_photo", "pdf_screenshot"):
            source, vt = f"own_renderer:{task['kind']}", task["kind"]
        else:
            d = photos.describe(task["photo"])
            source, vt = f"pypi:{d['package']}=={d['version']}:{d['file']}", photos.role(task["photo"])
        rec = {"file": rel, "label": label, "source": source, "group": task["group"], "voucher_type": vt,
               "method": method, "params": params, "original": None, "edit_region": None}
        rec["_meta"] = meta
    else:
        rec = {"file": rel, "label": label, "source": task["source"], "group": task["group"], "voucher_type": None,
               "method": method, "params": params, "original": task["src_file"],
               "edit_region": (meta or {}).get("edit_region")}
    rec["_secs"] = round(time.time() - t0, 2)
    return rec


def assign_splits(records, seed):
    groups = sorted({r["group"] for r in records},
                    key=lambda g: hashlib.sha256(f"{seed}:{g}".encode()).hexdigest())
    n_cal = round(0.4 * len(groups))
    cal = set(groups[:n_cal])
    for r in records:
        r["split_hint"] = "calibration" if r["group"] in cal else "heldout"


def check():
    import cv2, numpy, PIL, skimage  # noqa: F401,E401
    from hogen import content
    for f in {p for p, _ in list(content.CJK_FACES.values()) + list(content.DIGIT_FACES.values())}:
        assert os.path.exists(f), f"missing font {f}"
    av = photos.available()
    print(f"[check] numpy {numpy.__version__}, pillow {PIL.__version__}, opencv {cv2.__version__}, "
          f"scikit-image {skimage.__version__}; fonts ok; {len(av)} bundled photos: {', '.join(av)}")
    missing = sorted(set(photos.SOURCES) - set(av))
    if missing:
        print(f"[check] WARNING: photos not found: {missing}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out")
    ap.add_argument("--scale", choices=["small", "full"], default="small")
    ap.add_argument("--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if a.check:
        return check()
    if not a.out:
        ap.error("--out is required")
    t0 = time.time()
    c = COUNTS[a.scale]
    os.makedirs(a.out, exist_ok=True)
    pool = Pool(a.workers) if a.workers > 1 else None
    imap = pool.imap if pool else map
    gtasks = plan_genuine(a.seed, c)
    print(f"[gen] {len(gtasks)} genuine tasks, {a.workers} workers", flush=True)
    gen = []
    for i, r in enumerate(imap(run_task, [(t, a.seed, a.out) for t in gtasks])):
        gen.append(r)
        if (i + 1) % 20 == 0:
            print(f"[gen] genuine {i + 1}/{len(gtasks)} ({time.time() - t0:.0f}s)", flush=True)
    dtasks = plan_derived(a.seed, c, gen, a.out)
    print(f"[gen] {len(dtasks)} derived tasks", flush=True)
    der = []
    for i, r in enumerate(imap(run_task, [(t, a.seed, a.out) for t in dtasks])):
        der.append(r)
        if (i + 1) % 25 == 0:
            print(f"[gen] derived {i + 1}/{len(dtasks)} ({time.time() - t0:.0f}s)", flush=True)
    if pool:
        pool.close()
        pool.join()
    failed = [r["id"] for r in der if r.get("failed")]
    records = gen + [r for r in der if not r.get("failed")]
    assign_splits(records, a.seed)
    secs = collections.Counter()
    with open(os.path.join(a.out, "manifest.jsonl"), "w") as f:
        for r in records:
            secs[r["label"]] += r.pop("_secs")
            r.pop("_meta", None)
            keys = ["file", "label", "source", "group", "voucher_type", "method", "params", "original",
                    "edit_region", "split_hint"]
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    summary = {"seed": a.seed, "scale": a.scale, "images": len(records), "failed_tasks": failed,
               "by_label": collections.Counter(r["label"] for r in records),
               "by_method": collections.Counter(r["method"].split("/")[0] + "/" + r["method"].split("/")[1]
                                                if "/" in r["method"] else r["method"] for r in records),
               "by_voucher_type": collections.Counter(str(r["voucher_type"]) for r in records if r["label"] == "genuine"),
               "by_split": collections.Counter(r["split_hint"] for r in records),
               "worker_seconds_by_label": {k: round(v, 1) for k, v in secs.items()},
               "wall_seconds": round(time.time() - t0, 1)}
    with open(os.path.join(a.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2, ensure_ascii=False)
    print(json.dumps(summary, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
