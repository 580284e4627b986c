"""Scale benchmark: policybot's postings index against rank-bm25's get_scores, side by side.

Generates a synthetic policy library from the shipped policies (each copy a different school, with
some of its words swapped for other policy words so terms vary like a real library) at the sizes
asked for, and reports for each engine: build time, peak memory, index size on disk, load time, and
query latency p50/p95/p99 over a few hundred varied questions. Each measurement runs in a fresh
process, so memory and load time are the engine's own.

    python bench/scale.py --sizes 10000,100000,1000000 [--queries 300] [--json]

rank-bm25 has no way to save but pickle: its size and load time are those of pickle.dumps/loads of
its object in memory (nothing is unpickled from disk).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTIONS = [
    "Can I accept a parent's friend request?", "can I post photos of the kids on my insta?",
    "could I get sacked over a facebook post?", "ok to use my school email for my twitter?",
    "Is it ok to add people I work with on Facebook?", "am I allowed to go on Insta on my lunch break?",
    "what counts as confidential information?", "do i need to change my password regularly?",
    "a pupil sent me a friend request on snapchat", "can IT see what websites I visit at school?",
    "who do I report a safeguarding concern to?", "can I edit wikipedia at work?",
    "can I wear my staff lanyard in photos online?", "does the policy cover agency staff?",
    "what happens if I breach the policy?", "can I set up a class instagram account?",
    "a parent is posting complaints about the school on facebook", "should I keep screenshots of trolling?",
    "can I say which school I work at in my bio?", "what other policies should I read?",
]


def library(size: int, seed: int = 7):
    """(Document, ...) of about `size` clauses: copies of the shipped policies, each a new school."""
    from bot.corpus import Document, load_corpus
    from bot.models import Clause, Policy
    base = load_corpus(ROOT / "corpus")
    rng = random.Random(seed)
    vocab = sorted({w for d in base for c in d.clauses for w in c.text.split() if w.isalpha() and len(w) > 4})
    docs, total, k = [], 0, 0
    while total < size:
        src = base[k % len(base)]
        pid = f"{src.policy.id}-{k}"
        school = f"School{k}"
        clauses = []
        for c in src.clauses:
            if total >= size:
                break
            words = c.text.split()
            for _ in range(3):                       # vary the wording
                words[rng.randrange(len(words))] = rng.choice(vocab)
            text = " ".join(words).replace("Tornedale", school).replace("Balfour", school).replace("Forge", school)
            clauses.append(Clause(**{**c.__dict__, "policy_id": pid, "ordinal": len(clauses) + 1, "text": text}))
            total += 1
        policy = Policy(pid, src.policy.title, f"{pid}.txt", organisation=school)
        docs.append(Document(policy, Path(f"{pid}.txt"), "0" * 64, tuple(clauses)))
        k += 1
    return docs


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentiles(ms: list[float]) -> dict:
    ordered = sorted(ms)
    pick = lambda p: ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]  # noqa: E731
    return {"p50": round(statistics.median(ordered), 2), "p95": round(pick(95), 2), "p99": round(pick(99), 2)}


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


# -- workers (each in its own process) ------------------------------------------------------------
def work_policybot_build(size: int, out: Path) -> dict:
    from bot import index as index_mod
    docs = library(size)
    started = time.perf_counter()
    with index_mod.reindex_lock(out):
        name = index_mod.stage(docs, ROOT / "corpus", out,
                               progress=lambda n: print(f"  tokenized {n:,} clauses", file=sys.stderr)
                               if n % 200_000 == 0 else None)
        index_mod.publish(out, name)
    return {"build_s": round(time.perf_counter() - started, 2), "build_peak_mb": round(peak_mb()),
            "disk_mb": round(dir_mb(out / "builds"), 1)}


def work_policybot_query(size: int, out: Path, queries: int) -> dict:
    from bot import index as index_mod
    from bot.search import Searcher
    started = time.perf_counter()
    idx = index_mod.load(out)
    searcher = Searcher(idx)
    load_s = time.perf_counter() - started
    searcher.search(QUESTIONS[0])              # warm the stem cache
    times = []
    for i in range(queries):
        q = QUESTIONS[i % len(QUESTIONS)]
        t = time.perf_counter()
        searcher.search(q, top=10)
        times.append((time.perf_counter() - t) * 1000)
    return {"load_s": round(load_s, 2), "query_ms": percentiles(times), "serve_peak_mb": round(peak_mb())}


def work_rank_bm25(size: int, queries: int) -> dict:
    import pickle

    import numpy as np
    from rank_bm25 import BM25Plus

    from bot.tokenize import Tokenizer
    tokenizer = Tokenizer()
    docs = library(size)
    texts = [c.text for d in docs for c in d.clauses]
    started = time.perf_counter()
    bm25 = BM25Plus([tokenizer(t) for t in texts], k1=1.2, b=0.75, delta=1.0)
    build_s = time.perf_counter() - started
    blob = pickle.dumps(bm25, protocol=pickle.HIGHEST_PROTOCOL)
    t = time.perf_counter()
    pickle.loads(blob)                          # our own object, in memory: never read from disk
    load_s = time.perf_counter() - t
    times = []
    for i in range(queries):
        terms = tokenizer(QUESTIONS[i % len(QUESTIONS)])
        t = time.perf_counter()
        scores = bm25.get_scores(terms)
        np.argpartition(-scores, 10)[:10]
        times.append((time.perf_counter() - t) * 1000)
    return {"build_s": round(build_s, 2), "disk_mb": round(len(blob) / 1e6, 1), "load_s": round(load_s, 2),
            "query_ms": percentiles(times), "peak_mb": round(peak_mb())}


def run_worker(args: list[str]) -> dict:
    result = subprocess.run([sys.executable, __file__, "--worker", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"worker {args} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--baseline-queries", type=int, default=0,
                        help="queries for rank-bm25 (default: as many as --queries, at most 30 at 1M)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, size = args.worker[0], int(args.worker[1])
        if kind == "pb-build":
            out = work_policybot_build(size, Path(args.worker[2]))
        elif kind == "pb-query":
            out = work_policybot_query(size, Path(args.worker[2]), int(args.worker[3]))
        else:
            out = work_rank_bm25(size, int(args.worker[2]))
        print(json.dumps(out))
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        tmp = Path(tempfile.mkdtemp(prefix=f"pb-scale-{size}-"))
        try:
            print(f"{size:,} clauses: policybot build ...", file=sys.stderr)
            pb = run_worker(["pb-build", str(size), str(tmp / "index")])
            pb.update(run_worker(["pb-query", str(size), str(tmp / "index"), str(args.queries)]))
            base_q = args.baseline_queries or (min(args.queries, 30) if size >= 500_000 else args.queries)
            print(f"{size:,} clauses: rank-bm25 ({base_q} queries) ...", file=sys.stderr)
            rb = run_worker(["rank-bm25", str(size), str(base_q)])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        rows.append({"clauses": size, "policybot": pb, "rank_bm25": rb,
                     "speedup_p50": round(rb["query_ms"]["p50"] / max(pb["query_ms"]["p50"], 1e-6), 1)})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    head = (f"{'clauses':>10} {'engine':<10} {'build s':>8} {'peak MB':>8} {'disk MB':>8} {'load s':>7} "
            f"{'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    print(head)
    for r in rows:
        pb, rb = r["policybot"], r["rank_bm25"]
        print(f"{r['clauses']:>10,} {'policybot':<10} {pb['build_s']:>8} {max(pb['build_peak_mb'], pb['serve_peak_mb']):>8} "
              f"{pb['disk_mb']:>8} {pb['load_s']:>7} {pb['query_ms']['p50']:>8} {pb['query_ms']['p95']:>8} "
              f"{pb['query_ms']['p99']:>8}")
        print(f"{'':>10} {'rank-bm25':<10} {rb['build_s']:>8} {rb['peak_mb']:>8} {rb['disk_mb']:>8} {rb['load_s']:>7} "
              f"{rb['query_ms']['p50']:>8} {rb['query_ms']['p95']:>8} {rb['query_ms']['p99']:>8}")
        print(f"{'':>10} policybot serving peak {pb['serve_peak_mb']} MB; query p50 {r['speedup_p50']}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
