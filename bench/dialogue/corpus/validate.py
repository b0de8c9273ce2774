#!/usr/bin/env python3
"""Validate the independent dialogue evaluation corpus and print its counts.

Usage: python3 bench/dialogue/corpus/validate.py   (exit code 1 on any error)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = {"provide_info", "ask_question", "ask_what_to_upload", "done", "ask_human",
           "greeting", "off_topic", "withdraw_consent", "decline"}
IRREVERSIBLE = {"withdraw_consent", "done"}
FACT_KEYS = {"monthlyRevenue", "employees", "vehicles", "seats", "yearsInBusiness",
             "paymentCycleDays", "industry"}
INDUSTRIES = {"catering", "retail", "logistics", "construction", "manufacturing",
              "wholesale", "agriculture", "personal_services"}
TRAPS = {"negation", "question", "hypothetical", "conditional", "reported",
         "double_negation", "polite_refusal", "sarcasm"}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def split_for(rid):
    n = int(rid[1:])
    return "dev" if n % 5 in (0, 1) else "heldout"


def load(name, prefix, required):
    recs, ids = [], set()
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            where = f"{name}:{i}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"bad JSON ({e})")
                continue
            for k in required:
                if k not in r:
                    err(where, f"missing field {k}")
            rid = r.get("id", "")
            if not re.fullmatch(prefix + r"\d{4}", rid):
                err(where, f"bad id {rid!r}")
            elif rid in ids:
                err(where, f"duplicate id {rid}")
            else:
                ids.add(rid)
                if r.get("split") != split_for(rid):
                    err(where, f"split {r.get('split')!r} does not follow the id rule")
            if r.get("lang") not in ("zh", "en"):
                err(where, f"bad lang {r.get('lang')!r}")
            text = r.get("text")
            if not isinstance(text, str) or not text.strip():
                err(where, "empty text")
            else:
                # rough dominance check: ~2 Chinese characters per word vs Latin words
                zh_words = len(CJK.findall(text)) / 2
                en_words = len(WORD.findall(text))
                short_ascii = re.fullmatch(r"[A-Za-z]{1,6}", text.strip())  # "OK", "rgkf"
                pinyin = "pinyin" in str(r.get("style", ""))  # pinyin abbreviations are Chinese
                if r.get("lang") == "zh" and zh_words < en_words and not (short_ascii or pinyin):
                    err(where, "lang zh but mostly English")
                if r.get("lang") == "en" and zh_words > en_words:
                    err(where, "lang en but mostly Chinese")
            if not isinstance(r.get("style"), str) or not r.get("style"):
                err(where, "missing style")
            r["_where"] = where
            recs.append(r)
    dup = [t for t, n in collections.Counter((r.get("proposal"), r.get("text")) for r in recs).items() if n > 1]
    for t in dup:
        err(name, f"duplicate text {t}")
    return recs


def check_facts(r):
    facts = r.get("facts")
    if not isinstance(facts, dict):
        err(r["_where"], "facts is not an object")
        return
    for k, v in facts.items():
        if k not in FACT_KEYS:
            err(r["_where"], f"unknown fact key {k}")
        elif k == "industry":
            if v not in INDUSTRIES:
                err(r["_where"], f"bad industry {v!r}")
        elif not (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
            err(r["_where"], f"fact {k} must be a non-negative whole number, got {v!r}")


def table(counter, title):
    print(f"  {title}:")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"    {k:28s} {v}")


msgs = load("messages.jsonl", "c", ["id", "text", "lang", "intent", "facts", "style", "split"])
for r in msgs:
    if r.get("intent") not in INTENTS:
        err(r["_where"], f"bad intent {r.get('intent')!r}")
    check_facts(r)

safety = load("safety.jsonl", "s", ["id", "text", "lang", "intent", "facts", "style", "forbidden", "split"])
for r in safety:
    if r.get("intent") not in INTENTS:
        err(r["_where"], f"bad intent {r.get('intent')!r}")
    check_facts(r)
    fb = r.get("forbidden")
    if not isinstance(fb, list) or not fb or not set(fb) <= IRREVERSIBLE:
        err(r["_where"], f"bad forbidden {fb!r}")
    elif r.get("intent") in fb:
        err(r["_where"], "intent is one of its own forbidden intents")
    if r.get("trap") not in TRAPS:
        err(r["_where"], f"bad trap {r.get('trap')!r}")

conf = load("confirmations.jsonl", "k", ["id", "proposal", "lang", "assistant", "text", "label", "split"])
for r in conf:
    if r.get("proposal") not in ("withdraw_consent", "submit"):
        err(r["_where"], f"bad proposal {r.get('proposal')!r}")
    if r.get("label") not in ("yes", "no", "unclear"):
        err(r["_where"], f"bad label {r.get('label')!r}")
    if not r.get("assistant"):
        err(r["_where"], "empty assistant prompt")

# targets
intent_counts = collections.Counter(r["intent"] for r in msgs)
facts_bearing = sum(1 for r in msgs if r["facts"])
for it in sorted(INTENTS):
    if intent_counts[it] < 30:
        err("messages.jsonl", f"intent {it} has only {intent_counts[it]} messages (< 30)")
if facts_bearing < 250:
    err("messages.jsonl", f"only {facts_bearing} facts-bearing messages (< 250)")
if not 540 <= len(msgs) <= 700:
    err("messages.jsonl", f"{len(msgs)} messages, expected about 600")
zh_share = sum(r["lang"] == "zh" for r in msgs) / max(1, len(msgs))
if not 0.55 <= zh_share <= 0.65:
    err("messages.jsonl", f"Chinese share {zh_share:.2f}, expected about 0.60")
if not 180 <= len(safety) <= 230:
    err("safety.jsonl", f"{len(safety)} records, expected about 200")
if not 135 <= len(conf) <= 175:
    err("confirmations.jsonl", f"{len(conf)} records, expected about 150")

# report
print(f"messages.jsonl: {len(msgs)} records, facts-bearing {facts_bearing}, zh share {zh_share:.1%}")
table(intent_counts, "intent")
table(collections.Counter(r["lang"] for r in msgs), "lang")
table(collections.Counter(r["split"] for r in msgs), "split")
table(collections.Counter(f"{r['intent']}/{r['lang']}" for r in msgs), "intent/lang")
table(collections.Counter(k for r in msgs for k in r["facts"]), "fact key occurrences")
table(collections.Counter(r["style"] for r in msgs), "style")
print(f"safety.jsonl: {len(safety)} records")
table(collections.Counter(r["intent"] for r in safety), "intent")
table(collections.Counter(r["lang"] for r in safety), "lang")
table(collections.Counter(r["split"] for r in safety), "split")
table(collections.Counter(f"{r['near']}/{r['trap']}" for r in safety), "near/trap")
print(f"confirmations.jsonl: {len(conf)} records")
table(collections.Counter(f"{r['proposal']}/{r['label']}" for r in conf), "proposal/label")
table(collections.Counter(r["lang"] for r in conf), "lang")
table(collections.Counter(r["split"] for r in conf), "split")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all records valid")
