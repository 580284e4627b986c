"""What policy owners read about the bot's use: questions it declined or staff marked unhelpful."""
from __future__ import annotations

from pathlib import Path

from bot.dates import check_day
from bot.errors import ConfigError, QuestionError
from bot.store import Record, Store


def needing_attention(database: Path, since: str | None = None) -> list[Record]:
    check_day(since)
    if not Path(database).exists():
        raise ConfigError(f"no database at {database}: it is created when `policybot serve` first answers "
                          "a question; check `database:` in the config or pass --db")
    return Store(database).needing_attention(since)


def purge(database: Path, older_than_days: int) -> int:
    if older_than_days < 0:
        raise QuestionError("--purge takes a number of days (0 or more)")
    if not Path(database).exists():
        raise ConfigError(f"no database at {database}: nothing to purge; check `database:` in the config or --db")
    return Store(database).purge(older_than_days)
