"""The saved index: plain files, checked on load, switched atomically, never half-built."""
from __future__ import annotations

import json

import pytest

from bot import index as index_mod
from bot.errors import CorpusError, IndexBusy, IndexInvalid, IndexMissing
from bot.service import Paths, open_index, reindex


def test_index_is_json_with_params_and_loads_back(shipped):
    idx = index_mod.load(shipped.index)
    build = shipped.index / idx.build_name
    names = sorted(p.name for p in build.iterdir())
    assert all(n.endswith((".json", ".jsonl", ".npy")) for n in names)
    params = json.loads((build / "params.json").read_text())
    assert sorted(params["files"]) == [n for n in names if n != "params.json"]      # every file checksummed
    assert params["tool"] == "policybot" and params["tokenizer"]["stemmer"] == "nltk-snowball"
    assert params["bm25"]["variant"] == "BM25Plus" and len(params["fingerprint"]) == 64
    assert "must" not in params["tokenizer"]["stopwords"] and "the" in params["tokenizer"]["stopwords"]
    assert len(idx.clauses) == sum(p["clauses"] for p in params["policies"].values())
    assert idx.policies["balfour-primary"].next_review == "2020-12"
    # the saved tokenizer is the one used for questions
    assert idx.tokenizer("Parents' photographs") == ["parent", "photograph"]


def test_loading_never_unpickles(shipped, monkeypatch):
    import pickle
    monkeypatch.setattr(pickle, "load", lambda *a, **k: pytest.fail("pickle.load called"))
    monkeypatch.setattr(pickle, "loads", lambda *a, **k: pytest.fail("pickle.loads called"))
    index_mod.load(shipped.index)


@pytest.mark.parametrize("name", ["clauses.jsonl", "body.weights.npy", "body.terms.json", "head.lengths.npy",
                                  "head.questions.npy"])
def test_any_tampered_file_is_refused(corpus_copy, tmp_path, name):
    paths = Paths(corpus_copy, tmp_path / "index")
    reindex(paths)
    target = paths.index / index_mod.load(paths.index).build_name / name
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(IndexInvalid, match="reindex"):
        index_mod.load(paths.index)


def test_an_index_built_before_faq_headings_were_noted_still_loads(corpus_copy, tmp_path):
    # head.questions.npy came later: an index without it answers as before, no reindex needed
    import json
    paths = Paths(corpus_copy, tmp_path / "index")
    reindex(paths)
    build = paths.index / index_mod.load(paths.index).build_name
    assert index_mod.load(paths.index).head_questions is not None
    params = json.loads((build / "params.json").read_text(encoding="utf-8"))
    del params["files"]["head.questions.npy"]
    (build / "params.json").write_text(json.dumps(params), encoding="utf-8")
    (build / "head.questions.npy").unlink()
    assert index_mod.load(paths.index).head_questions is None


def test_an_index_from_an_older_tokenizer_asks_for_a_reindex(corpus_copy, tmp_path):
    # clause words of an older build would not meet the question words read the new way
    # (a clock time is one word since snowball-v2, a length of time since v3): say so rather than answer worse
    import json
    paths = Paths(corpus_copy, tmp_path / "index")
    reindex(paths)
    params_file = paths.index / index_mod.load(paths.index).build_name / "params.json"
    params = json.loads(params_file.read_text(encoding="utf-8"))
    params["tokenizer"]["kind"] = "snowball-v1"
    params_file.write_text(json.dumps(params), encoding="utf-8")
    with pytest.raises(IndexInvalid, match="different tokenizer: run `policybot reindex`"):
        index_mod.load(paths.index)
    # the reindex it asks for still shows what changed in the policies: nothing, not five new ones
    report = reindex(paths)
    assert {c.status for c in report.changes} == {"unchanged"}
    assert index_mod.load(paths.index).tokenizer.to_dict()["kind"] != "snowball-v1"


def test_tampered_index_is_refused(corpus_copy, tmp_path):
    paths = Paths(corpus_copy, tmp_path / "index")
    reindex(paths)
    idx = index_mod.load(paths.index)
    clauses = paths.index / idx.build_name / "clauses.jsonl"
    clauses.write_text(clauses.read_text().replace("must not", "may"), encoding="utf-8")
    with pytest.raises(IndexInvalid, match="reindex"):
        index_mod.load(paths.index)


def test_truncated_params_is_refused(corpus_copy, tmp_path):
    paths = Paths(corpus_copy, tmp_path / "index")
    reindex(paths)
    params = paths.index / index_mod.load(paths.index).build_name / "params.json"
    params.write_text(params.read_text()[:100])
    with pytest.raises(IndexInvalid, match="damaged"):
        index_mod.load(paths.index)


def test_missing_index(tmp_path):
    with pytest.raises(IndexMissing, match="policybot reindex"):
        index_mod.load(tmp_path / "nothing")


def test_failed_reindex_leaves_previous_index_serving(corpus_copy, tmp_path):
    paths = Paths(corpus_copy, tmp_path / "index")
    reindex(paths)
    before = index_mod.load(paths.index)
    (corpus_copy / "broken.txt").write_bytes(b"")
    with pytest.raises(CorpusError):
        reindex(paths)
    after = index_mod.load(paths.index)
    assert after.build_name == before.build_name and len(after.clauses) == len(before.clauses)


def test_reindex_switches_and_prunes_old_builds(corpus_copy, tmp_path):
    paths = Paths(corpus_copy, tmp_path / "index")
    names = {reindex(paths).build_name for _ in range(5)}
    assert len(names) == 5
    kept = sorted(p.name for p in (paths.index / "builds").iterdir())
    assert len(kept) == index_mod.KEEP_BUILDS and index_mod.load(paths.index).build_name.endswith(kept[-1])


def test_second_reindex_is_refused_while_one_runs(corpus_copy, tmp_path):
    paths = Paths(corpus_copy, tmp_path / "index")
    with index_mod.reindex_lock(paths.index):
        with pytest.raises(IndexBusy, match="another reindex"):
            reindex(paths)


def test_ask_warns_when_corpus_changed(corpus_copy, tmp_path):
    paths = Paths(corpus_copy, tmp_path / "index")
    warnings = []
    open_index(paths, warnings.append)
    assert any("building it" in w for w in warnings)
    warnings.clear()
    open_index(paths, warnings.append)
    assert warnings == []
    (corpus_copy / "balfour-primary.txt").write_text("Changed\n\nStaff must smile.\n", encoding="utf-8")
    idx = open_index(paths, warnings.append)
    assert any("policybot reindex" in w for w in warnings)
    assert len(idx.policy_rows["balfour-primary"]) > 10      # still the old index


def test_vocabulary_is_saved_with_the_index(corpus_copy, tmp_path):
    paths = Paths(corpus_copy, tmp_path / "index")
    reindex(paths)
    idx = index_mod.load(paths.index)
    (concept,) = idx.vocabulary.concepts(idx.tokenizer.all_stems("my dad"))
    assert concept.source == ("dad",) and ("famili", "member") in concept.alternatives
    assert json.loads((paths.index / idx.build_name / "vocabulary.json").read_text())["weight"] == idx.vocabulary.weight
