"""/policy QUESTION: a private (ephemeral) answer with a button to share it in the channel."""
from __future__ import annotations

from slack_bolt import App

from bot.slack.answering import Answerer, question_from_slack
from bot.slack.blocks import usage_message
from bot.slack.listeners.common import apologise_on_error, post_response


def register(app: App, answerer: Answerer) -> None:
    @app.command("/policy")
    def on_policy(ack, command):
        ack()
        url = command["response_url"]

        def reply(message: dict) -> None:
            post_response(url, message, response_type="ephemeral")

        with apologise_on_error("answering /policy", reply):
            question = question_from_slack(command.get("text", ""))
            if not question:
                reply(usage_message(command.get("command", "/policy")))
                return
            channel = command.get("channel_id")
            is_dm = str(channel or "").startswith("D") or command.get("channel_name") == "directmessage"
            result = answerer.answer(question, channel_id=channel, is_dm=is_dm, kind="slash",
                                     user_id=command.get("user_id"), share=not is_dm)
            reply(result.message)
