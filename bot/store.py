"""Questions, answers and feedback from Slack, in a SQLite file, for the policy owners' report.

What is stored: when, the kind of conversation (channel, dm, slash), the question, the policies it
was scoped to, the clause ids returned, whether the bot declined, and feedback. User ids are stored
only as a salted SHA-256 hash (the salt lives in the database, or POLICYBOT_SALT), so the report can
count distinct askers without naming anyone. Slack event ids are kept for a day to answer a
retried delivery only once.
"""
from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bot.errors import ConfigError

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at TEXT NOT NULL,
    channel_kind TEXT NOT NULL,
    user_hash TEXT,
    question TEXT NOT NULL,
    scope TEXT NOT NULL,
    clause_ids TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    feedback TEXT,
    feedback_at TEXT
);
CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at);
CREATE TABLE IF NOT EXISTS events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS conversations (key TEXT PRIMARY KEY, question TEXT NOT NULL, asked_at REAL NOT NULL);
"""
EVENT_TTL = 24 * 3600
# A conversation's last question (a Slack thread's, a DM's) is kept this long, for follow-ups
# ("what about Instagram?"); the key is a salted hash of the channel and thread, never the ids.
CONVERSATION_TTL = 24 * 3600
FEEDBACK = ("helpful", "unhelpful")


@dataclass
class Record:
    id: int
    asked_at: str
    channel_kind: str
    user_hash: str | None
    question: str
    scope: list[str]
    clause_ids: list[str]
    abstained: bool
    feedback: str | None
    feedback_at: str | None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A SQLite file shared by threads (one connection each call) and by worker processes (WAL)."""

    def __init__(self, path: str | Path, salt: str | None = None):
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.executescript(SCHEMA)
                row = db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
                if row is None:
                    db.execute("INSERT OR IGNORE INTO meta VALUES ('salt', ?)", (secrets.token_hex(16),))
                    row = db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot open the database {self.path}: {exc}; check the path in the config "
                              "and that the folder is writable") from None
        self._salt = salt or row[0]

    @contextmanager
    def _connect(self):
        db = sqlite3.connect(self.path, timeout=10)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            yield db
            db.commit()
        finally:
            db.close()

    def _salted(self, value: str) -> str:
        return hashlib.sha256(f"{self._salt}:{value}".encode()).hexdigest()[:32]

    def user_hash(self, user_id: str | None) -> str | None:
        return self._salted(user_id) if user_id else None

    def claim_event(self, event_id: str | None) -> bool:
        """True the first time an event id is seen; False for a retried delivery of it."""
        if not event_id:
            return True
        now = time.time()
        with self._connect() as db:
            db.execute("DELETE FROM events WHERE seen_at < ?", (now - EVENT_TTL,))
            cur = db.execute("INSERT OR IGNORE INTO events VALUES (?, ?)", (event_id, now))
            return cur.rowcount == 1

    def _conversation_key(self, conversation: str) -> str:
        return self._salted(f"conversation:{conversation}")

    def remember_question(self, conversations: list[str], question: str) -> None:
        """The question a follow-up in these conversations (a thread, a DM) will be read with."""
        now = time.time()
        with self._connect() as db:
            db.execute("DELETE FROM conversations WHERE asked_at < ?", (now - CONVERSATION_TTL,))
            db.executemany("INSERT OR REPLACE INTO conversations VALUES (?, ?, ?)",
                           [(self._conversation_key(c), question, now) for c in conversations])

    def earlier_question(self, conversations: list[str], within: float) -> str | None:
        """The question remembered for the first of these conversations that has one, asked within
        `within` seconds."""
        since = time.time() - min(within, CONVERSATION_TTL)
        with self._connect() as db:
            for c in conversations:
                row = db.execute("SELECT question FROM conversations WHERE key = ? AND asked_at >= ?",
                                 (self._conversation_key(c), since)).fetchone()
                if row:
                    return row[0]
        return None

    def record_question(self, channel_kind: str, user_id: str | None, question: str, scope: list[str],
                        clause_ids: list[str], abstained: bool) -> int:
        with self._connect() as db:
            cur = db.execute(
                "INSERT INTO questions (asked_at, channel_kind, user_hash, question, scope, clause_ids, abstained) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (_now(), channel_kind, self.user_hash(user_id), question, json.dumps(scope),
                 json.dumps(clause_ids), int(abstained)))
            return int(cur.lastrowid)

    def record_feedback(self, record_id: int, feedback: str) -> bool:
        if feedback not in FEEDBACK:
            raise ValueError(feedback)
        with self._connect() as db:
            cur = db.execute("UPDATE questions SET feedback = ?, feedback_at = ? WHERE id = ?",
                             (feedback, _now(), record_id))
            return cur.rowcount == 1

    def get(self, record_id: int) -> Record | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM questions WHERE id = ?", (record_id,)).fetchone()
        return _record(row) if row else None

    def needing_attention(self, since: str | None = None) -> list[Record]:
        """Questions the bot declined or that staff marked unhelpful, newest first."""
        sql = "SELECT * FROM questions WHERE (abstained = 1 OR feedback = 'unhelpful')"
        args: tuple = ()
        if since:
            sql += " AND asked_at >= ?"
            args = (since,)
        with self._connect() as db:
            rows = db.execute(sql + " ORDER BY asked_at DESC, id DESC", args).fetchall()
        return [_record(r) for r in rows]

    def purge(self, older_than_days: int) -> int:
        """Delete questions (and their feedback) asked more than `older_than_days` days ago."""
        cutoff = datetime.fromtimestamp(time.time() - older_than_days * 86400, timezone.utc)
        with self._connect() as db:
            cur = db.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff.isoformat(timespec="seconds"),))
            db.execute("DELETE FROM conversations WHERE asked_at < ?", (cutoff.timestamp(),))
            return cur.rowcount

    def all(self) -> list[Record]:
        with self._connect() as db:
            return [_record(r) for r in db.execute("SELECT * FROM questions ORDER BY id").fetchall()]


def _record(row) -> Record:
    return Record(id=row[0], asked_at=row[1], channel_kind=row[2], user_hash=row[3], question=row[4],
                  scope=json.loads(row[5]), clause_ids=json.loads(row[6]), abstained=bool(row[7]),
                  feedback=row[8], feedback_at=row[9])
