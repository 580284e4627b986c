"""The corpus folder: policy documents (.txt, .md, .docx, .odt, .rtf, .pdf, .html) plus an optional manifest (policies.yaml).

Every document is read and validated before anything is built, so a bad file stops a reindex with a
message naming it and the previous index keeps serving.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

import yaml

from bot import yamlfile
from bot.errors import CorpusError, ManifestError
from bot.models import Clause, Policy
from bot.readers import SUFFIXES, read_document
from bot.readers.text_reader import read_text_file  # noqa: F401 - part of this module's interface

MANIFEST = "policies.yaml"
DOCUMENT_SUFFIXES = SUFFIXES
# Files in the corpus folder that are not policies.
VOCABULARY = "vocabulary.yaml"
SIDE_FILES = {MANIFEST, VOCABULARY, "questions.yaml"}
POLICY_KEYS = ("title", "organisation", "file", "approved", "next_review", "status")
STATUSES = ("draft", "approved")
DATE_KEYS = ("approved", "next_review")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Document:
    policy: Policy
    path: Path
    sha256: str
    clauses: tuple[Clause, ...]


def slug(stem: str) -> str:
    text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9._]+", "-", text).strip("-._") or "policy"


def _date_ok(value: str) -> bool:
    m = _ISO.match(value)
    if not m:
        return False
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def load_manifest(corpus: Path) -> dict[str, dict] | None:
    """policies.yaml as {policy id: {key: value, "_line": n}}, validated; None when there is none."""
    path = corpus / MANIFEST
    if not path.exists():
        return None
    root = yamlfile.compose(path)
    if root is None:
        return {}
    fail = yamlfile.failer(path)

    if not isinstance(root, yaml.MappingNode):
        fail(root, "expected `policies:` with one entry per policy id (see README, 'The corpus')")
    policies_node = None
    for key, value in root.value:
        if key.value != "policies":
            fail(key, f"unknown key {key.value!r}; the only top-level key is `policies`")
        policies_node = value
    if policies_node is None or isinstance(policies_node, yaml.ScalarNode) and policies_node.value in ("", "~", "null"):
        return {}
    if not isinstance(policies_node, yaml.MappingNode):
        fail(policies_node, "`policies` must map each policy id to its title, organisation and dates")
    out: dict[str, dict] = {}
    for key, value in policies_node.value:
        pid = str(key.value)
        if not _ID.match(pid):
            fail(key, f"policy id {pid!r} must be lower-case letters, digits, '-', '_' or '.'")
        if pid in out:
            fail(key, f"policy id {pid!r} appears twice")
        if not isinstance(value, yaml.MappingNode):
            fail(value, f"policy {pid!r} must be a mapping of {', '.join(POLICY_KEYS)}")
        entry: dict = {"_line": key.start_mark.line + 1}
        for k, v in value.value:
            name = str(k.value)
            if name not in POLICY_KEYS:
                fail(k, f"unknown key {name!r} for policy {pid!r}; allowed: {', '.join(POLICY_KEYS)}")
            if name in entry:
                fail(k, f"key {name!r} appears twice for policy {pid!r}")
            if not isinstance(v, yaml.ScalarNode) or not str(v.value).strip():
                fail(v, f"{name} of policy {pid!r} must be a single value")
            text = str(v.value).strip()
            if name in DATE_KEYS and not _date_ok(text):
                fail(v, f"{name} {text!r} of policy {pid!r} is not a date; write YYYY-MM-DD or YYYY-MM")
            if name == "status" and text.lower() not in STATUSES:
                fail(v, f"status {text!r} of policy {pid!r} is not one of: {', '.join(STATUSES)}")
            entry[name] = text
        out[pid] = entry
    return out


def _document_files(corpus: Path, warn: Warn) -> list[Path]:
    """The policy files of the folder. Anything else there stops the reindex with its name: a policy
    saved in a format that cannot be read must not silently go missing from answers."""
    files = []
    for path in sorted(corpus.iterdir()):
        if path.name.startswith((".", "~$")) or path.name in SIDE_FILES or path.is_dir():
            continue             # hidden files, Word's lock files, folders
        if path.stem.lower() == "readme":
            continue             # a note about the folder, not a policy
        if path.suffix.lower() in DOCUMENT_SUFFIXES:
            files.append(path)
        elif path.suffix.lower() in (".doc", ".rtf", ".pages"):
            raise CorpusError(f"{path} is a {path.suffix} file: open it and save it as .docx (or PDF), "
                              "then reindex")
        else:
            raise CorpusError(f"{path} has an unknown extension {path.suffix or '(none)'}: policies can be "
                              f"{', '.join(DOCUMENT_SUFFIXES)}; move other files out of {corpus}")
    return files


def load_corpus(corpus: Path, warn: Warn = lambda _m: None) -> list[Document]:
    """Read, validate and parse every policy in the folder. Raises before anything is half-done."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise CorpusError(f"no corpus folder at {corpus}: create it with your policy files, "
                          "or point --corpus / POLICYBOT_CORPUS at one")
    manifest = load_manifest(corpus)
    files = _document_files(corpus, warn)
    by_name = {p.name: p for p in files}
    chosen: dict[str, tuple[Path, dict]] = {}
    if manifest is not None:
        for pid, entry in manifest.items():
            name = entry.get("file")
            candidates = [name] if name else [pid + s for s in DOCUMENT_SUFFIXES]
            path = next((by_name[c] for c in candidates if c in by_name), None)
            if path is None:
                wanted = name or f"{pid}.txt (or {', '.join(DOCUMENT_SUFFIXES[1:])})"
                raise ManifestError(f"{corpus / MANIFEST} line {entry['_line']}: policy {pid!r} has no file "
                                    f"{wanted} in {corpus}; add the file or remove the entry")
            chosen[pid] = (path, entry)
        claimed = {p for p, _ in chosen.values()}
        unlisted = [p for p in files if p not in claimed]
        for path in unlisted:
            warn(f"{path.name} is not in {MANIFEST}: indexed as {slug(path.stem)!r} with its own title")
    else:
        unlisted = files
    for path in unlisted:
        pid = slug(path.stem)
        if pid in chosen:
            raise CorpusError(f"two files give policy id {pid!r} ({chosen[pid][0].name} and {path.name}): "
                              "rename one of them")
        chosen[pid] = (path, {})
    if not chosen:
        raise CorpusError(f"no policy files ({', '.join(DOCUMENT_SUFFIXES)}) in {corpus}: add your policies there")

    documents = []
    for pid, (path, entry) in chosen.items():
        parsed = read_document(path, pid)
        for message in parsed.warnings:
            warn(message)
        if not parsed.clauses:
            raise CorpusError(f"{path} has no policy text that could be read as clauses: check it is the policy")
        approved = entry.get("approved") or parsed.meta.get("approved")
        # a draft: the manifest says so, or the document does ("DRAFT" across its pages, "to be
        # approved by the governors") and no approval date is known; `status: approved` overrides
        manifest_status = entry.get("status", "").lower()
        draft = manifest_status == "draft" or (
            not manifest_status and parsed.meta.get("status") == "draft" and not approved)
        if draft and not manifest_status:
            warn(f"{path.name} says it is a draft, not yet approved: its answers are marked DRAFT; once it is "
                 f"approved, add the approved version, or set status: approved for {pid!r} in {MANIFEST}")
        policy = Policy(
            id=pid, title=entry.get("title") or parsed.title or path.stem, file=path.name,
            organisation=entry.get("organisation"), approved=approved,
            next_review=entry.get("next_review") or parsed.meta.get("next_review"),
            status="draft" if draft else None)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        documents.append(Document(policy, path, digest, tuple(parsed.clauses)))
    return documents


def fingerprint(corpus: Path) -> str:
    """A hash of everything in the corpus that shapes the index: documents, manifest, vocabulary."""
    corpus = Path(corpus)
    h = hashlib.sha256()
    if not corpus.is_dir():
        return ""
    for path in sorted(corpus.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix.lower() in DOCUMENT_SUFFIXES or path.name in (MANIFEST, VOCABULARY):
            try:
                data = path.read_bytes()
            except OSError:
                data = b"<unreadable>"
            h.update(path.name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()
