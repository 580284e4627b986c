"""Settings for the Slack bot, validated at start-up.

Two sources:
* the environment, for secrets and Slack endpoints (SLACK_BOT_TOKEN, SLACK_APP_TOKEN,
  SLACK_SIGNING_SECRET, SLACK_API_URL): a missing or malformed one stops start-up at once, naming
  the variable and never echoing its value;
* a YAML config file (`--config`, env POLICYBOT_CONFIG, or ./policybot.yaml if present) for what a
  school decides: who to ask when the policies don't cover something, which channel sees which
  policies, where the SQLite database lives.

    contact: "the head teacher (head@school.example)"
    database: policybot.db
    top: 3
    channels:
      default: all                       # DMs and unlisted channels
      C0123ABCD: [tornedale-infant]        # a school's channel answers from its own policies
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.errors import ConfigError

DEFAULT_CONTACT = "your head teacher or HR lead"
CONFIG_KEYS = ("contact", "database", "top", "channels")
_TOKEN_PATTERNS = {
    "SLACK_BOT_TOKEN": re.compile(r"^xoxb-[A-Za-z0-9-]{8,}$"),
    "SLACK_APP_TOKEN": re.compile(r"^xapp-[A-Za-z0-9-]{8,}$"),
    "SLACK_SIGNING_SECRET": re.compile(r"^[A-Za-z0-9]{16,128}$"),
}
_TOKEN_HINTS = {
    "SLACK_BOT_TOKEN": "the Bot User OAuth Token from the app's OAuth & Permissions page (xoxb-...)",
    "SLACK_APP_TOKEN": "an app-level token with connections:write from Basic Information (xapp-...)",
    "SLACK_SIGNING_SECRET": "the Signing Secret from the app's Basic Information page",
}
_CHANNEL = re.compile(r"^[CGDZ][A-Z0-9]{2,}$")


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    api_url: str | None = None
    app_token: str | None = None
    signing_secret: str | None = None

    def __repr__(self) -> str:   # never print secrets, even by accident
        return f"SlackSettings(api_url={self.api_url!r}, bot_token=***, app_token=***, signing_secret=***)"


def _secret(env: dict, name: str) -> str:
    value = env.get(name, "")
    if not value.strip():
        raise ConfigError(f"{name} is not set: set it to {_TOKEN_HINTS[name]} (see README, 'Set up in Slack')")
    if not _TOKEN_PATTERNS[name].match(value.strip()):
        raise ConfigError(f"{name} is malformed: it should be {_TOKEN_HINTS[name]}")
    return value.strip()


def slack_settings(http: bool, env: dict | None = None) -> SlackSettings:
    env = dict(os.environ if env is None else env)
    bot_token = _secret(env, "SLACK_BOT_TOKEN")
    api_url = env.get("SLACK_API_URL", "").strip() or None
    if api_url:
        if not re.match(r"^https?://[^\s/]+(/\S*)?$", api_url):
            raise ConfigError("SLACK_API_URL is malformed: it should look like https://slack.com/api/")
        api_url = api_url.rstrip("/") + "/"
    if http:
        return SlackSettings(bot_token, api_url, signing_secret=_secret(env, "SLACK_SIGNING_SECRET"))
    return SlackSettings(bot_token, api_url, app_token=_secret(env, "SLACK_APP_TOKEN"))


@dataclass(frozen=True)
class BotConfig:
    contact: str = DEFAULT_CONTACT
    database: Path = Path("policybot.db")
    top: int = 3
    default_scope: list[str] | None = None            # None: every policy
    channel_scopes: dict[str, list[str] | None] = field(default_factory=dict)

    def scope_for(self, channel_id: str | None, is_dm: bool = False) -> list[str] | None:
        if channel_id and not is_dm and channel_id in self.channel_scopes:
            return self.channel_scopes[channel_id]
        return self.default_scope

    def check_policies(self, known: set[str]) -> None:
        for where, scope in [("default", self.default_scope), *self.channel_scopes.items()]:
            for pid in scope or []:
                if pid not in known:
                    raise ConfigError(f"config channels.{where} names unknown policy {pid!r}; "
                                      f"known ids: {', '.join(sorted(known))}")


def _scope(value, where: str) -> list[str] | None:
    if value in (None, "all"):
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"config channels.{where} must be `all` or a list of policy ids")
    return list(value)


def load_config(path: str | os.PathLike | None = None) -> BotConfig:
    """The bot's YAML config; defaults when no file is given and ./policybot.yaml does not exist."""
    explicit = path or os.environ.get("POLICYBOT_CONFIG")
    cfg_path = Path(explicit) if explicit else Path("policybot.yaml")
    if not cfg_path.exists():
        if explicit:
            raise ConfigError(f"no config file at {cfg_path}: create it or leave out --config / POLICYBOT_CONFIG")
        return BotConfig()
    try:
        data = yaml.safe_load(cfg_path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config {cfg_path}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"config {cfg_path}{line} is not valid YAML: fix it there") from None
    if not isinstance(data, dict):
        raise ConfigError(f"config {cfg_path} must be a mapping of {', '.join(CONFIG_KEYS)}")
    unknown = [k for k in data if k not in CONFIG_KEYS]
    if unknown:
        raise ConfigError(f"config {cfg_path}: unknown key {unknown[0]!r}; allowed: {', '.join(CONFIG_KEYS)}")
    contact = data.get("contact", DEFAULT_CONTACT)
    if not isinstance(contact, str) or not contact.strip():
        raise ConfigError(f"config {cfg_path}: contact must be text, e.g. \"the head teacher\"")
    top = data.get("top", 3)
    if not isinstance(top, int) or not 1 <= top <= 10:
        raise ConfigError(f"config {cfg_path}: top must be a whole number from 1 to 10")
    database = Path(str(data.get("database", "policybot.db")))
    if not database.is_absolute():
        database = cfg_path.parent / database
    channels = data.get("channels") or {}
    if not isinstance(channels, dict):
        raise ConfigError(f"config {cfg_path}: channels must map channel ids to policy ids")
    default = _scope(channels.get("default"), "default")
    scopes = {}
    for channel, value in channels.items():
        if channel == "default":
            continue
        if not _CHANNEL.match(str(channel)):
            raise ConfigError(f"config {cfg_path}: {channel!r} is not a Slack channel id (like C0123ABCD)")
        scopes[str(channel)] = _scope(value, str(channel))
    return BotConfig(contact.strip(), database, top, default, scopes)
