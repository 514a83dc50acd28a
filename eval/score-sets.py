#!/usr/bin/env python3
"""Scores target/eval/SET/ against ../shared/corpus/SET/gold with the reference scorer, per set.

usage: python3 eval/score-sets.py [--errors] [--blind | --blind-errors] [SYSTEM_ROOT]

Sets reported: seeds+dev, wide without the blind split ("wide-open"), negatives (invented calls), and, only with
--blind, the blind split (totals only, never its errors). The blind split is eval/blind-split.txt, the current round's
(its header says how it was drawn); earlier rounds' splits are kept as eval/blind-split-roundN.txt.
"""
import importlib.util, json, os, shutil, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("READOUT_CORPUS", HERE.parent.parent / "shared" / "corpus"))
spec = importlib.util.spec_from_file_location("score", CORPUS.parent / "eval" / "score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)

args = [a for a in sys.argv[1:] if not a.startswith("--")]
root = Path(args[0] if args else "target/eval")
errors = "--errors" in sys.argv
blind = {l.strip() for l in (HERE / "blind-split.txt").read_text().splitlines() if l.strip() and not l.startswith("#")}


def subset(set_name, keep):
    d = Path(tempfile.mkdtemp())
    for g in (CORPUS / set_name / "gold").glob("*.json"):
        if keep(g.stem):
            shutil.copy(g, d / g.name)
    return d


def run(label, gold_dirs, sys_dir, show_errors):
    merged = Path(tempfile.mkdtemp())
    for d in [sys_dir] if isinstance(sys_dir, Path) else sys_dir:
        for f in d.glob("*.json"):
            shutil.copy(f, merged / f.name)
    res, per = score.score([str(g) for g in gold_dirs], str(merged))
    if show_errors:
        for name, a in per.items():
            for m in a["misses"]:
                print(f"{name}  MISS  {m}")
            for e in a["extras"]:
                print(f"{name}  EXTRA {e}")
    print(f"{label:12} {json.dumps(res)}")
    return res, per


run("seeds+dev", [CORPUS / "seeds" / "gold", CORPUS / "dev" / "gold"], [root / "seeds", root / "dev"], errors)
run("wide-open", [subset("wide", lambda n: n not in blind)], root / "wide", errors)
res, per = run("negatives", [CORPUS / "negatives" / "gold"], root / "negatives", errors)
print(f"{'':12} negatives with an invented held call: {sum(1 for a in per.values() if a['call_fp'])} of {len(per)}, "
      f"invented calls {res['counts']['call_fp']}")
if "--blind" in sys.argv or "--blind-errors" in sys.argv:
    # --blind-errors lists the blind split's errors: only once a round has ended and its second score is written down
    run("BLIND", [subset("wide", lambda n: n in blind)], root / "wide", "--blind-errors" in sys.argv)
