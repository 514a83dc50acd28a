#!/usr/bin/env python3
"""Per-family precision and recall of held calls on a scored set, from the reference scorer's own matching.

usage: python3 eval/families.py SET [SYSTEM_ROOT]     (SET: wide-open, seeds+dev, negatives; never the blind split)

Families: by medium (phone, video, in person, unknown), group calls (three or more parties), credentials ceremonies,
calls with an unnamed side ("?role"), calls the gold dates to a day; plus the errors sorted by kind: a miss whose
parties a system call shares in part is a name/party error, one with no system call touching it is a detection error.
"""
import importlib.util, json, os, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("READOUT_CORPUS", HERE.parent.parent / "shared" / "corpus"))
spec = importlib.util.spec_from_file_location("score", CORPUS.parent / "eval" / "score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)

which = sys.argv[1] if len(sys.argv) > 1 else "wide-open"
root = Path(sys.argv[2] if len(sys.argv) > 2 else "target/eval")
blind = {l.strip() for l in (HERE / "blind-split.txt").read_text().splitlines() if l.strip() and not l.startswith("#")}
sets = {"wide-open": ["wide"], "seeds+dev": ["seeds", "dev"], "negatives": ["negatives"]}[which]

fam = {}


def count(name, key, n=1):
    fam.setdefault(name, {"tp": 0, "fp": 0, "fn": 0})[key] += n


def families(call):
    out = ["all held"]
    m = call.get("medium", "unknown") or "unknown"
    out.append("medium " + m.lower())
    if len(call.get("participants", [])) >= 3:
        out.append("group (3+ parties)")
    if call.get("_credentials"):
        out.append("credentials articles")
    return out


kinds = {"detection": 0, "party/name": 0}
for s in sets:
    for gf in sorted((CORPUS / s / "gold").glob("*.json")):
        if s == "wide" and gf.stem in blind:
            continue
        gold = json.loads(gf.read_text())
        text = (CORPUS / s / "articles" / (gf.stem + ".txt")).read_text()
        for c in gold.get("calls", []):
            c["_credentials"] = "credential" in text.lower()
        sf = root / s / gf.name
        system = json.loads(sf.read_text()) if sf.exists() else {"calls": []}
        pairs, misses, extras = score.match_calls(gold.get("calls", []), system.get("calls", []), "held")
        for g, h in pairs:
            if any(p.startswith("?") for p in g["participants"]):
                continue
            for f in families(g):
                count(f, "tp")
        for g in misses:
            if any(p.startswith("?") for p in g["participants"]):
                continue
            for f in families(g):
                count(f, "fn")
            touched = any(any(score.name_match(gp, sp) for gp in g["participants"] for sp in c.get("participants", []))
                          for c in system.get("calls", []))
            kinds["party/name" if touched else "detection"] += 1
        for e in extras:
            e["_credentials"] = "credential" in text.lower()
            for f in families(e):
                count(f, "fp")

print(f"{which}: held calls by family (tp / fp / fn, P / R / F1)")
for name, c in sorted(fam.items(), key=lambda kv: -(kv[1]["tp"] + kv[1]["fn"])):
    p, r, f = score.prf(c["tp"], c["fp"], c["fn"])
    print(f"  {name:22} {c['tp']:4} {c['fp']:4} {c['fn']:4}   {p:.3f} / {r:.3f} / {f:.3f}")
print(f"  misses by kind: {kinds['detection']} not detected at all, {kinds['party/name']} detected with a wrong party or name")
