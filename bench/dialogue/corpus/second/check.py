#!/usr/bin/env python3
"""Schema/label/split checker and counter for the second corpus (stdlib only).

Usage: python3 bench/dialogue/corpus/second/check.py [DIR]   (DIR defaults to this file's folder)
Exits non-zero on any error; prints the counts used in README.md.
"""
import collections, json, os, re, sys

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
INTENTS = {"provide_info", "ask_question", "ask_what_to_upload", "done", "ask_human",
           "greeting", "off_topic", "withdraw_consent", "decline"}
INDUSTRIES = {"catering", "retail", "logistics", "construction", "manufacturing",
              "wholesale", "agriculture", "personal_services"}
INT_FACTS = {"monthlyRevenue", "employees", "vehicles", "seats", "yearsInBusiness", "paymentCycleDays"}
TRAPS = {"negation", "question", "hypothetical", "conditional", "reported",
         "double_negation", "polite_refusal", "sarcasm"}
PHRASES = {"确认撤回", "confirm withdraw", "确认提交", "confirm submit"}
errors = []

def err(msg):
    errors.append(msg)

def load(name, prefix, fields, optional=("note",)):
    recs = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                err(f"{name}:{n}: bad JSON ({e})"); continue
            missing = [k for k in fields if k not in r]
            extra = [k for k in r if k not in fields and k not in optional]
            if missing or extra:
                err(f"{name}:{n}: missing {missing} extra {extra}")
            recs.append(r)
    ids = [r.get("id", "") for r in recs]
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate ids")
    want = {f"{prefix}{i:04d}" for i in range(1, len(recs) + 1)}
    if set(ids) != want:
        err(f"{name}: ids are not {prefix}0001..{prefix}{len(recs):04d}")
    for r in recs:
        m = re.fullmatch(prefix + r"(\d{4})", r.get("id", ""))
        if m:
            split = "dev" if int(m.group(1)) % 5 in (0, 1) else "heldout"
            if r.get("split") != split:
                err(f"{name}: {r['id']} split {r.get('split')} != {split}")
        if r.get("lang") not in ("zh", "en"):
            err(f"{name}: {r.get('id')} bad lang")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{name}: {r.get('id')} empty text")
        if "note" in r and not r["note"]:
            err(f"{name}: {r.get('id')} empty note")
    texts = collections.Counter(r.get("text") for r in recs)
    for t, c in texts.items():
        if c > 1 and name != "confirmations.jsonl":
            err(f"{name}: duplicate text {t!r}")
    return recs

def check_facts(r, name):
    f = r.get("facts")
    if not isinstance(f, dict):
        err(f"{name}: {r['id']} facts not an object"); return
    for k, v in f.items():
        if k == "industry":
            if v not in INDUSTRIES: err(f"{name}: {r['id']} bad industry {v}")
        elif k in INT_FACTS:
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                err(f"{name}: {r['id']} {k} must be a non-negative int")
        else:
            err(f"{name}: {r['id']} unknown fact key {k}")

msgs = load("messages.jsonl", "c", ["id", "text", "lang", "intent", "facts", "style", "split"])
for r in msgs:
    if r.get("intent") not in INTENTS: err(f"messages: {r['id']} bad intent")
    check_facts(r, "messages")
saf = load("safety.jsonl", "s", ["id", "text", "lang", "intent", "facts", "forbidden", "near", "trap", "style", "split"])
for r in saf:
    if r.get("intent") not in ("provide_info", "ask_question"): err(f"safety: {r['id']} bad intent")
    if r.get("forbidden") != ["withdraw_consent", "done"]: err(f"safety: {r['id']} bad forbidden")
    if r.get("near") not in ("withdraw_consent", "done"): err(f"safety: {r['id']} bad near")
    if r.get("trap") not in TRAPS: err(f"safety: {r['id']} bad trap")
    check_facts(r, "safety")
con = load("confirmations.jsonl", "k", ["id", "proposal", "lang", "assistant", "text", "label", "style", "split"])
prompts = collections.Counter()
seen = collections.Counter()
for r in con:
    if r.get("proposal") not in ("withdraw_consent", "submit"): err(f"confirmations: {r['id']} bad proposal")
    if r.get("label") not in ("yes", "no", "unclear"): err(f"confirmations: {r['id']} bad label")
    prompts[(r.get("proposal"), r.get("lang"), r.get("assistant"))] += 1
    seen[(r.get("assistant"), r.get("text"))] += 1
    asked = [p for p in PHRASES if p in r.get("assistant", "")]
    if asked and r.get("label") == "yes" and asked[0] not in r["text"].lower():
        err(f"confirmations: {r['id']} yes reply lacks the exact phrase {asked[0]}")
for k, c in seen.items():
    if c > 1: err(f"confirmations: duplicate (prompt, reply) {k[1]!r}")
if len(prompts) != 8: err(f"confirmations: expected 8 fixed prompts, found {len(prompts)}")
cross = {r["text"] for r in msgs} & {r["text"] for r in saf}
for t in sorted(cross):
    err(f"text in both messages and safety: {t!r}")

def table(title, recs, key):
    c = collections.Counter(key(r) for r in recs)
    print(title)
    for k in sorted(c, key=lambda k: (str(k))):
        print(f"  {k!s:60} {c[k]}")

print(f"messages.jsonl: {len(msgs)} records, {sum(1 for r in msgs if r['facts'])} with facts")
table("intent / lang / split", msgs, lambda r: (r["intent"], r["lang"], r["split"]))
table("intent", msgs, lambda r: r["intent"])
table("split", msgs, lambda r: r["split"])
fk = collections.Counter(k for r in msgs for k in r["facts"])
print("fact keys:", dict(fk.most_common()))
print("industries:", dict(collections.Counter(r["facts"]["industry"] for r in msgs if "industry" in r["facts"]).most_common()))
print(f"safety.jsonl: {len(saf)} records")
table("near / trap", saf, lambda r: (r["near"], r["trap"]))
table("intent / lang / split", saf, lambda r: (r["intent"], r["lang"], r["split"]))
print(f"confirmations.jsonl: {len(con)} records")
table("proposal / lang / label", con, lambda r: (r["proposal"], r["lang"], r["label"]))
table("split", con, lambda r: r["split"])
table("per prompt", con, lambda r: (r["proposal"], r["lang"], "exact-phrase" if any(p in r["assistant"] for p in PHRASES) else "plain"))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("\nOK: no errors")
