"""The answer's buttons: More results, Share in channel, Helpful / Not helpful."""
from __future__ import annotations

from slack_bolt import App

from bot.slack.answering import Answerer
from bot.slack.listeners.common import apologise_on_error, post_response

THANKS = {"helpful": "Thanks — glad it helped.",
          "unhelpful": "Thanks for saying so. The policy owners review answers that didn't help."}


def _record_id(value: str) -> int | None:
    try:
        return int(value.split(":", 1)[0])
    except (ValueError, AttributeError):
        return None


def register(app: App, answerer: Answerer) -> None:
    def ephemeral(body: dict, message: dict, **extra) -> None:
        post_response(body["response_url"], message, response_type="ephemeral", replace_original=False, **extra)

    @app.action("policy_more")
    def on_more(ack, body, action, client):
        ack()
        with apologise_on_error("showing more results", lambda m: ephemeral(body, m)):
            record_id = _record_id(action.get("value", ""))
            offset = int(action["value"].split(":", 1)[1])
            answer = answerer.replay(record_id) if record_id else None
            if answer is None:
                ephemeral(body, {"text": "That answer has expired: please ask again."})
                return
            message = answerer.render(answer, record_id, offset)
            container = body.get("container", {})
            if container.get("is_ephemeral") or "message" not in body:
                ephemeral(body, message)
            else:
                msg = body["message"]
                client.chat_postMessage(channel=body["channel"]["id"], thread_ts=msg.get("thread_ts") or msg["ts"],
                                        unfurl_links=False, **message)

    @app.action("policy_share")
    def on_share(ack, body, action, client):
        ack()
        with apologise_on_error("sharing an answer", lambda m: ephemeral(body, m)):
            record_id = _record_id(action.get("value", ""))
            answer = answerer.replay(record_id) if record_id else None
            if answer is None:
                ephemeral(body, {"text": "That answer has expired: please ask again."})
                return
            client.chat_postMessage(channel=body["channel"]["id"], unfurl_links=False,
                                    **answerer.render(answer, record_id, 0))
            post_response(body["response_url"], {"text": "Shared in the channel."}, replace_original=True)

    def feedback(kind: str):
        def on_feedback(ack, body, action):
            ack()
            with apologise_on_error("recording feedback", lambda m: ephemeral(body, m)):
                record_id = _record_id(action.get("value", ""))
                if record_id is not None:
                    answerer.store.record_feedback(record_id, kind)
                ephemeral(body, {"text": THANKS[kind]})
        return on_feedback

    app.action("policy_helpful")(feedback("helpful"))
    app.action("policy_unhelpful")(feedback("unhelpful"))
