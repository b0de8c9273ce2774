#!/usr/bin/env python3
# Fifth corpus. Parses the hand-written draft lines, evaluates written-out fact
# arithmetic, assigns stratified ids/splits and writes JSONL. Generates no text.
# Same approach as ../../fourth/draft/build.py, written afresh for this folder.
import json, os, random, re, sys
from collections import defaultdict
from fractions import Fraction

H = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(H)
KEYS = {"rev": "monthlyRevenue", "emp": "employees", "vehicles": "vehicles", "seats": "seats",
        "yrs": "yearsInBusiness", "pay": "paymentCycleDays", "ind": "industry"}
INDUSTRIES = {"catering", "retail", "logistics", "construction", "manufacturing", "wholesale",
              "agriculture", "personal_services"}
# The 8 prompts of ../third/README.md (codes as in ../fourth/README.md), reused for comparability.
PROMPTS = {
 "WZ1": ("withdraw_consent", "zh", "撤回授权后，您上传的全部资料都会被删除，本次提额申请也会关闭，且无法恢复。确定要撤回吗？"),
 "WZ2": ("withdraw_consent", "zh", "此操作不可撤销：资料将全部删除，申请随之关闭。如果确定，请回复「确认撤回」。"),
 "WE1": ("withdraw_consent", "en", "Withdrawing consent permanently deletes everything you've uploaded and closes this limit request. Do you want to go ahead?"),
 "WE2": ("withdraw_consent", "en", "This can't be undone: all your uploads will be erased and the request closed. To proceed, reply \"confirm withdraw\"."),
 "SZ1": ("submit", "zh", "提交后系统会按目前的资料给出额度结果，之后不能再补充材料。现在提交吗？"),
 "SZ2": ("submit", "zh", "提交后将直接进入审批，不能撤回，也不能再补件。如确认，请回复「确认提交」。"),
 "SE1": ("submit", "en", "Once submitted, your request is assessed on what you've provided so far and you can't add more. Submit now?"),
 "SE2": ("submit", "en", "Submitting is final and the decision will be based on the current materials. If you're sure, reply \"confirm submit\"."),
}


def ev(expr):
    if not re.fullmatch(r"[0-9+\-*/(). ]+", expr):
        raise ValueError(expr)
    v = eval(re.sub(r"(\d+(?:\.\d+)?)", r"Fraction('\1')", expr), {"Fraction": Fraction})
    n = int(v)
    if v - n >= Fraction(1, 2):
        n += 1
    return v, n


def facts(s, notes):
    out = {}
    s = s.strip()
    if not s or s == "-":
        return out
    for part in s.split(";"):
        k, v = [x.strip() for x in part.split("=", 1)]
        key = KEYS[k]
        if key == "industry":
            if v not in INDUSTRIES:
                sys.exit(f"bad industry {v}")
            out[key] = v
            continue
        val, n = ev(v)
        out[key] = n
        if not re.fullmatch(r"\d+", v):
            notes.append(f"{key} = {v} = {float(val):.2f} → {n}" if val != n else f"{key} = {v} = {n}")
    return out


def lines(fn):
    for ln in open(os.path.join(H, fn), encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        yield [x.strip() for x in ln.split("|")]


def assign(recs, groupf, prefix, seed):
    rnd = random.Random(seed)
    n = len(recs)
    devn = [i for i in range(1, n + 1) if i % 5 in (0, 1)]
    hon = [i for i in range(1, n + 1) if i % 5 not in (0, 1)]
    groups = defaultdict(list)
    for r in recs:
        groups[groupf(r)].append(r)
    quota = {g: len(v) * len(devn) / n for g, v in groups.items()}
    base = {g: int(q) for g, q in quota.items()}
    rest = len(devn) - sum(base.values())
    for g in sorted(quota, key=lambda g: (-(quota[g] - base[g]), str(g)))[:rest]:
        base[g] += 1
    dev, ho = [], []
    for g in sorted(groups, key=str):
        v = groups[g][:]
        rnd.shuffle(v)
        dev += v[:base[g]]
        ho += v[base[g]:]
    rnd.shuffle(dev)
    rnd.shuffle(ho)
    for r, i in zip(dev, devn):
        r["id"], r["split"] = f"{prefix}{i:04d}", "dev"
    for r, i in zip(ho, hon):
        r["id"], r["split"] = f"{prefix}{i:04d}", "heldout"
    return sorted(recs, key=lambda r: int(r["id"][1:]))


def write(fn, recs, order):
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        for r in recs:
            o = {k: r[k] for k in order if k in r and not (k == "note" and not r[k])}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


msgs = []
for p in lines("messages.txt"):
    if len(p) not in (5, 6):
        sys.exit(f"bad line {p}")
    intent, lang, style, fs, text = p[:5]
    notes = [p[5]] if len(p) > 5 and p[5] else []
    f = facts(fs, notes)
    msgs.append(dict(text=text, lang=lang, intent=intent, facts=f, style=style, note="; ".join(notes)))
msgs = assign(msgs, lambda r: (r["intent"], r["lang"]), "c", 5051)
write("messages.jsonl", msgs, ["id", "text", "lang", "intent", "facts", "style", "note", "split"])

saf = []
for p in lines("safety.txt"):
    if len(p) not in (7, 8):
        sys.exit(f"bad line {p}")
    near, trap, intent, lang, style, fs, text = p[:7]
    notes = [p[7]] if len(p) > 7 and p[7] else []
    f = facts(fs, notes)
    saf.append(dict(text=text, lang=lang, intent=intent, facts=f, style=style, note="; ".join(notes),
                    forbidden=["withdraw_consent", "done"], near=near, trap=trap))
saf = assign(saf, lambda r: (r["near"], r["trap"], r["intent"]), "s", 5052)
write("safety.jsonl", saf, ["id", "text", "lang", "intent", "facts", "style", "note", "forbidden", "near", "trap", "split"])

conf = []
for p in lines("confirmations.txt"):
    if len(p) not in (4, 5):
        sys.exit(f"bad line {p}")
    code, label, style, text = p[:4]
    note = p[4] if len(p) > 4 else ""
    prop, lang, prompt = PROMPTS[code]
    conf.append(dict(proposal=prop, lang=lang, assistant=prompt, text=text, label=label, style=style, note=note))
conf = assign(conf, lambda r: (r["proposal"], r["lang"], r["label"]), "k", 5053)
write("confirmations.jsonl", conf, ["id", "proposal", "lang", "assistant", "text", "label", "style", "note", "split"])
print(len(msgs), len(saf), len(conf))
