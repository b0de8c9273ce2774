#!/usr/bin/env python3
"""Convert the hand-written draft lines into JSONL. Generates no text.

Only: parses `draft/*.txt` lines (pipe-separated), evaluates the written-out fact arithmetic
exactly (Fractions, round half up) and appends it to `note`, inserts the prompt text for the
8 prompt codes, assigns stratified ids/splits with fixed seeds, writes the JSONL.
"""
import json, os, random, re
from collections import defaultdict
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = {"ind": "industry", "rev": "monthlyRevenue", "emp": "employees", "veh": "vehicles",
        "seats": "seats", "yrs": "yearsInBusiness", "pay": "paymentCycleDays"}
INDUSTRIES = {"catering", "retail", "logistics", "construction", "manufacturing",
              "wholesale", "agriculture", "personal_services"}
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
    expr = expr.strip()
    if not re.fullmatch(r"[0-9+\-*/(). ]+", expr):
        raise ValueError(f"bad expression {expr!r}")
    toks = re.findall(r"\d+(?:\.\d+)?|[+\-*/()]", expr)
    py = "".join(f"Fraction('{t}')" if t[0].isdigit() else t for t in toks)
    v = eval(py, {"Fraction": Fraction})
    r = int(v + Fraction(1, 2)) if v >= 0 else None
    return v, r


def parse_facts(s):
    s = s.strip()
    facts, calc = {}, []
    if s in ("", "-"):
        return facts, calc
    for part in s.split(";"):
        k, v = [x.strip() for x in part.split("=", 1)]
        key = KEYS[k]
        if key == "industry":
            if v not in INDUSTRIES:
                raise ValueError(f"bad industry {v}")
            facts[key] = v
        else:
            val, r = ev(v)
            facts[key] = r
            if not re.fullmatch(r"\d+", v):
                calc.append(f"{key} = {v} = {float(val):.2f} → {r}")
    return facts, calc


def read(name, nfields):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == nfields - 1:
                parts.append("")
            if len(parts) != nfields:
                raise SystemExit(f"{name}:{n}: {len(parts)} fields: {line}")
            rows.append(parts)
    return rows


def assign(recs, groupf, prefix, seed):
    rng = random.Random(seed)
    n = len(recs)
    dev_ids = [i for i in range(1, n + 1) if i % 5 in (0, 1)]
    held_ids = [i for i in range(1, n + 1) if i % 5 not in (0, 1)]
    rng.shuffle(dev_ids)
    rng.shuffle(held_ids)
    groups = defaultdict(list)
    for r in recs:
        groups[groupf(r)].append(r)
    keys = sorted(groups)
    want = {k: int(Fraction(len(groups[k]) * 2, 5) + Fraction(1, 2)) for k in keys}
    diff = len(dev_ids) - sum(want.values())
    big = sorted(keys, key=lambda k: -len(groups[k]))
    i = 0
    while diff:
        k = big[i % len(big)]
        step = 1 if diff > 0 else -1
        if 0 <= want[k] + step <= len(groups[k]):
            want[k] += step
            diff -= step
        i += 1
    for k in keys:
        g = groups[k]
        rng.shuffle(g)
        for j, r in enumerate(g):
            num = dev_ids.pop() if j < want[k] else held_ids.pop()
            r["id"] = f"{prefix}{num:04d}"
            r["split"] = "dev" if num % 5 in (0, 1) else "heldout"
    recs.sort(key=lambda r: r["id"])
    return recs


def write(name, recs, order):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in recs:
            o = {k: r[k] for k in order if k in r and not (k == "note" and not r[k])}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def note_of(note, calc):
    return "; ".join([x for x in [note] + calc if x])


msgs = []
for intent, lang, style, facts, text, note in read("messages.txt", 6):
    fc, calc = parse_facts(facts)
    msgs.append(dict(text=text, lang=lang, intent=intent, facts=fc, style=style, note=note_of(note, calc)))
assign(msgs, lambda r: r["intent"], "c", 10101)
write("messages.jsonl", msgs, ["id", "text", "lang", "intent", "facts", "style", "note", "split"])

saf = []
for near, trap, intent, lang, style, facts, text, note in read("safety.txt", 8):
    fc, calc = parse_facts(facts)
    saf.append(dict(text=text, lang=lang, intent=intent, facts=fc, style=style, note=note_of(note, calc),
                    forbidden=["withdraw_consent", "done"], near=near, trap=trap))
assign(saf, lambda r: (r["near"], r["trap"], r["intent"]), "s", 10102)
write("safety.jsonl", saf, ["id", "text", "lang", "intent", "facts", "style", "note", "forbidden", "near", "trap", "split"])

conf = []
for code, label, style, text, note in read("confirmations.txt", 5):
    proposal, lang, prompt = PROMPTS[code]
    conf.append(dict(proposal=proposal, lang=lang, assistant=prompt, text=text, label=label, style=style, note=note))
assign(conf, lambda r: (r["proposal"], r["label"]), "k", 10103)
write("confirmations.jsonl", conf, ["id", "proposal", "lang", "assistant", "text", "label", "style", "note", "split"])
print(len(msgs), len(saf), len(conf))
