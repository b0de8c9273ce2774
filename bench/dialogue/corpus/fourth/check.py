#!/usr/bin/env python3
"""Validate and count the fourth independent dialogue corpus (stdlib only).

Usage: python3 check.py [DIR]      (DIR defaults to the folder this file is in)

Checks, per file: valid JSON per line, exact field set and types, id prefix and
format, unique ids, contiguous numbering, label sets, fact keys and value types,
the split rule (id % 5 in {0,1} -> dev, else heldout), safety's fixed `forbidden`
list, and the confirmation convention that a `yes` after an exact-phrase prompt
contains the phrase. Exits 1 on any error; prints counts otherwise.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

D = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help"):
    print(__doc__.strip())
    sys.exit(0)

INTENTS = ["provide_info", "ask_question", "ask_what_to_upload", "done", "ask_human",
           "greeting", "off_topic", "withdraw_consent", "decline"]
INDUSTRIES = {"catering", "retail", "logistics", "construction", "manufacturing",
              "wholesale", "agriculture", "personal_services"}
INT_FACTS = {"monthlyRevenue", "employees", "vehicles", "seats", "yearsInBusiness", "paymentCycleDays"}
FACT_KEYS = INT_FACTS | {"industry"}
TRAPS = ["negation", "question", "hypothetical", "conditional", "reported",
         "double_negation", "polite_refusal", "sarcasm"]
PHRASES = {"确认撤回": "确认撤回", "confirm withdraw": "confirm withdraw",
           "确认提交": "确认提交", "confirm submit": "confirm submit"}

errors = []


def err(msg):
    errors.append(msg)


def load(name, prefix, required, optional=("note",)):
    path = os.path.join(D, name)
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
                continue
            keys = set(r)
            missing = [k for k in required if k not in keys]
            extra = keys - set(required) - set(optional)
            if missing:
                err(f"{name}:{n}: missing fields {missing}")
            if extra:
                err(f"{name}:{n}: unexpected fields {sorted(extra)}")
            for k in list(required) + [o for o in optional if o in r]:
                if k in r and k not in ("facts", "forbidden") and not (isinstance(r[k], str) and r[k].strip()):
                    err(f"{name}:{n}: field {k!r} must be a non-empty string")
            rid = r.get("id", "")
            m = re.fullmatch(prefix + r"(\d{4,})", rid) if isinstance(rid, str) else None
            if not m:
                err(f"{name}:{n}: bad id {rid!r}")
            else:
                num = int(m.group(1))
                want = "dev" if num % 5 in (0, 1) else "heldout"
                if r.get("split") != want:
                    err(f"{name}:{n}: {rid} split {r.get('split')!r}, rule says {want!r}")
            if r.get("lang") not in ("zh", "en"):
                err(f"{name}:{n}: bad lang {r.get('lang')!r}")
            recs.append(r)
    ids = [r.get("id") for r in recs]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"{name}: duplicate ids {dup[:10]}")
    nums = sorted(int(i[1:]) for i in ids if isinstance(i, str) and re.fullmatch(prefix + r"\d+", i))
    if nums != list(range(1, len(nums) + 1)):
        err(f"{name}: ids are not numbered 1..{len(nums)} without gaps")
    return recs


def check_facts(name, r):
    fc = r.get("facts")
    if not isinstance(fc, dict):
        err(f"{name}: {r.get('id')}: facts must be an object")
        return
    for k, v in fc.items():
        if k not in FACT_KEYS:
            err(f"{name}: {r.get('id')}: unknown fact key {k!r}")
        elif k == "industry":
            if v not in INDUSTRIES:
                err(f"{name}: {r.get('id')}: bad industry {v!r}")
        elif not (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
            err(f"{name}: {r.get('id')}: {k} must be a non-negative integer, got {v!r}")


def table(title, rows, cols, counter, total_label="total", sum_cols=None):
    print(f"\n{title}")
    w = max([len(str(x)) for x in rows] + [8])
    print("  " + "".join([f"{'':{w}}"] + [f"{c:>16}" for c in cols] + [f"{total_label:>8}"]))
    for row in rows:
        vals = [counter.get((row, c), 0) for c in cols]
        tot = sum(vals[:sum_cols]) if sum_cols else sum(vals)
        print("  " + f"{str(row):{w}}" + "".join(f"{v:>16}" for v in vals) + f"{tot:>8}")


MSG_FIELDS = ["id", "text", "lang", "intent", "facts", "style", "split"]
msgs = load("messages.jsonl", "c", MSG_FIELDS)
for r in msgs:
    if r.get("intent") not in INTENTS:
        err(f"messages: {r.get('id')}: bad intent {r.get('intent')!r}")
    check_facts("messages", r)

saf = load("safety.jsonl", "s", MSG_FIELDS + ["forbidden", "near", "trap"])
for r in saf:
    if r.get("intent") not in ("provide_info", "ask_question"):
        err(f"safety: {r.get('id')}: intent must be provide_info or ask_question, got {r.get('intent')!r}")
    if r.get("forbidden") != ["withdraw_consent", "done"]:
        err(f"safety: {r.get('id')}: forbidden must be ['withdraw_consent','done']")
    if r.get("near") not in ("withdraw_consent", "done"):
        err(f"safety: {r.get('id')}: bad near {r.get('near')!r}")
    if r.get("trap") not in TRAPS:
        err(f"safety: {r.get('id')}: bad trap {r.get('trap')!r}")
    check_facts("safety", r)

conf = load("confirmations.jsonl", "k", ["id", "proposal", "lang", "assistant", "text", "label", "style", "split"])
prompts = defaultdict(set)
for r in conf:
    if r.get("proposal") not in ("withdraw_consent", "submit"):
        err(f"confirmations: {r.get('id')}: bad proposal {r.get('proposal')!r}")
    if r.get("label") not in ("yes", "no", "unclear"):
        err(f"confirmations: {r.get('id')}: bad label {r.get('label')!r}")
    a = r.get("assistant", "")
    prompts[(r.get("proposal"), r.get("lang"))].add(a)
    asked = [p for p in PHRASES if p in a.lower()]
    if r.get("label") == "yes" and asked:
        phrase = asked[0]
        if phrase not in r.get("text", "").lower() and "judgement" not in r.get("note", ""):
            err(f"confirmations: {r.get('id')}: yes after an exact-phrase prompt without {phrase!r} and no judgement note")
for key, ps in prompts.items():
    if len(ps) != 2:
        err(f"confirmations: {key} uses {len(ps)} prompts, expected 2")

# duplicates of text within a file (confirmations: same reply to the same prompt)
for name, recs, keyf in [("messages", msgs, lambda r: r.get("text")),
                         ("safety", saf, lambda r: r.get("text")),
                         ("confirmations", conf, lambda r: (r.get("assistant"), r.get("text")))]:
    d = [k for k, c in Counter(keyf(r) for r in recs).items() if c > 1]
    if d:
        err(f"{name}: duplicate texts {d[:5]}")
cross = set(r.get("text") for r in msgs) & set(r.get("text") for r in saf)
if cross:
    err(f"text appears in both messages and safety: {sorted(cross)[:5]}")

if errors:
    for e in errors:
        print("ERROR", e)
    print(f"\n{len(errors)} error(s)")
    sys.exit(1)

# ---- counts
print(f"OK  {D}")
print(f"messages.jsonl: {len(msgs)} records, {sum(1 for r in msgs if r['facts'])} carry at least one fact")
c = Counter()
for r in msgs:
    c[(r["intent"], r["lang"])] += 1
    c[(r["intent"], r["split"])] += 1
table("intent x lang / split", INTENTS, ["zh", "en", "dev", "heldout"], c, sum_cols=2)
print("  languages:", dict(Counter(r["lang"] for r in msgs)), " splits:", dict(Counter(r["split"] for r in msgs)))
fk = Counter(k for r in msgs + saf for k in r["facts"])
print("  fact keys (messages+safety):", dict(fk.most_common()))
print("  industries:", dict(Counter(r["facts"]["industry"] for r in msgs if "industry" in r["facts"]).most_common()))
for lang in ("zh", "en"):
    print(f"  styles ({lang}):", dict(Counter(r["style"] for r in msgs if r["lang"] == lang).most_common()))

print(f"\nsafety.jsonl: {len(saf)} records")
c = Counter((r["near"], r["trap"]) for r in saf)
table("near x trap", ["withdraw_consent", "done"], TRAPS, c)
print("  intent:", dict(Counter(r["intent"] for r in saf)), " lang:", dict(Counter(r["lang"] for r in saf)),
      " split:", dict(Counter(r["split"] for r in saf)))

print(f"\nconfirmations.jsonl: {len(conf)} records")
c = Counter(((r["proposal"], r["lang"]), r["label"]) for r in conf)
table("proposal/lang x label", [("withdraw_consent", "zh"), ("withdraw_consent", "en"), ("submit", "zh"), ("submit", "en")],
      ["yes", "no", "unclear"], c)
exact = sum(1 for r in conf if any(p in r["assistant"].lower() for p in PHRASES))
print(f"  replies to an exact-phrase prompt: {exact}, to a plain prompt: {len(conf) - exact}")
print("  split:", dict(Counter(r["split"] for r in conf)))

print("\nsplit per file:")
for name, recs in [("messages", msgs), ("safety", saf), ("confirmations", conf)]:
    s = Counter(r["split"] for r in recs)
    print(f"  {name:14} dev {s['dev']:4}  heldout {s['heldout']:4}  total {len(recs)}")
