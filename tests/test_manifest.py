"""manifest.yml asks for exactly what the bot uses."""
from __future__ import annotations

import yaml
from slack_bolt import App
from slack_sdk import WebClient

from bot.config import BotConfig, SlackSettings
from bot.slack.answering import Answerer
from bot.slack.app import create_app
from tests.conftest import ROOT


def registered(app: App) -> set[str]:
    """Event types, commands and action ids the app's listeners match, read from Bolt's matchers."""
    names = set()
    for listener in app._listeners:
        for matcher in listener.matchers:
            func = getattr(matcher, "func", None)
            for cell in (func.__closure__ or ()) if func else ():
                value = cell.cell_contents
                if isinstance(value, (str, dict)):
                    names.add(value if isinstance(value, str) else value.get("type") or value.get("action_id"))
    return {n for n in names if n}


def test_manifest_events_commands_and_scopes_match_the_code(tmp_path):
    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text())
    settings = SlackSettings("xoxb-unit-test-token", None, signing_secret="0" * 32)
    answerer = Answerer(lambda: None, None, BotConfig(database=tmp_path / "db"))
    app = App(token=settings.bot_token, signing_secret=settings.signing_secret, token_verification_enabled=False,
              client=WebClient(token=settings.bot_token))
    from bot.slack.listeners import register_all
    register_all(app, answerer)
    names = registered(app)
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert {n for n in names if not n.startswith(("policy_", "/"))} == {"app_mention", "message", "app_home_opened"}
    assert {n for n in names if n.startswith("/")} == {"/policy"}
    assert events == {"app_mention", "message.im", "app_home_opened"}
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/policy"]
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {"app_mentions:read", "chat:write", "commands",
                                                             "im:history"}
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert create_app  # the factory the CLI uses
