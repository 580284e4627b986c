"""The `policybot` command line. Parses input, calls the library, formats output; nothing more."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from bot import __version__
from bot.changes import history, summary
from bot.errors import PolicyBotError
from bot.evaluate import evaluate, load_questions
from bot.render import answer_dict, answer_text, render_change
from bot.search import Searcher
from bot.service import Paths, index_status, open_index, reindex


def warn(message: str) -> None:
    click.echo(f"policybot: {message}", err=True)


class _Group(click.Group):
    """Turns the library's expected errors into one line on stderr and a non-zero exit."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PolicyBotError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--corpus", type=click.Path(file_okay=False), default=None,
              help="Folder of policy documents (env POLICYBOT_CORPUS; default ./corpus).")
@click.option("--index", "index_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of the built index (env POLICYBOT_INDEX; default ./index).")
@click.version_option(__version__, prog_name="policybot")
@click.pass_context
def cli(ctx, corpus, index_dir):
    """Answer staff questions with quoted clauses of their own policies."""
    ctx.obj = Paths.resolve(corpus, index_dir)


@cli.command("reindex")
@click.option("--strict", is_flag=True,
              help="Keep the old index if the question bank (corpus/questions.yaml) loses any expected clause.")
@click.option("--json", "as_json", is_flag=True, help="Print the report (counts, changes, question bank) as JSON.")
@click.pass_obj
def reindex_cmd(paths: Paths, strict: bool, as_json: bool):
    """Parse every policy in the corpus, build the index and report what changed.

    Every document is checked first; the new index is built beside the old one and switched in one
    atomic step, so a failed or killed reindex leaves the previous index answering. Each policy is
    compared with its previous version (new, removed, unchanged, updated: clauses added, removed,
    reworded); the history is kept in the index folder (`policybot changes`). If
    corpus/questions.yaml exists, its questions are checked against the new index.
    """
    warn(f"reading policies in {paths.corpus}")
    report = reindex(paths, warn, strict=strict, progress=_progress_bar())
    if as_json:
        click.echo(json.dumps({
            "build": report.build_name, "seconds": round(report.seconds, 3),
            "clauses": report.clauses_per_policy, "changes": [c.to_dict() for c in report.changes],
            "question_bank": None if report.bank_questions is None else
            {"questions": report.bank_questions, "lost": report.bank_lost}}, ensure_ascii=False, indent=2))
        return
    total = sum(report.clauses_per_policy.values())
    n = len(report.policies)
    click.echo(f"Indexed {n} polic{'y' if n == 1 else 'ies'}, {total} clauses, in {report.seconds:.2f}s "
               f"-> {paths.index}")
    changes = {c.policy_id: c for c in report.changes}
    for pid, n in report.clauses_per_policy.items():
        change = summary(changes[pid].to_dict()) if pid in changes else ""
        click.echo(f"  {pid:<32} {n:>5} clauses  {change}")
    for c in report.changes:
        if c.status == "removed":
            click.echo(f"  {c.policy_id:<32}     - removed: no longer answered from")
    for c in report.changes:
        if c.status == "updated":
            click.echo("")
            click.echo(render_change(c.to_dict()))
    if report.bank_questions is not None:
        click.echo("")
        if report.bank_lost:
            click.echo(f"Question bank: {len(report.bank_lost)} of the expected answers are no longer found:")
            for lost in report.bank_lost:
                click.echo(f"  {lost['id']} ({lost['policy']}): {lost['question']} — {lost['why']}")
        else:
            click.echo(f"Question bank: all {report.bank_questions} questions still find their clauses.")


def _progress_bar():
    """A progress line on stderr for big libraries (it appears from 10,000 clauses on)."""
    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        end = "\n" if done >= total else ""
        click.echo(f"\rindexing clauses [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}", err=True,
                   nl=False)
        if end:
            click.echo("", err=True)
    return show


@cli.command("changes")
@click.argument("policy", required=False)
@click.option("--since", metavar="YYYY-MM-DD", default=None, help="Only reindexes on or after this date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines, one per reindex.")
@click.pass_obj
def changes_cmd(paths: Paths, policy: str | None, since: str | None, as_json: bool):
    """What changed in the policies at each reindex, newest first (optionally for one POLICY)."""
    entries = history(paths.index, policy, since)
    if as_json:
        for entry in entries:
            click.echo(json.dumps(entry, ensure_ascii=False))
        return
    if not entries:
        click.echo("No changes recorded" + (f" for {policy}" if policy else "") + (f" since {since}" if since else "")
                   + ". Changes are recorded each time `policybot reindex` runs.")
        return
    for entry in entries:
        click.echo(f"== reindex {entry['at']}")
        for change in entry["policies"]:
            click.echo(render_change(change))
        click.echo("")


@cli.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def status_cmd(paths: Paths, as_json: bool):
    """Each policy's dates, clause count and whether its review is overdue; the index's age."""
    info = index_status(paths)
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"Index {paths.index}: built {info['built_at']} ({info['age']}), fingerprint "
               f"{info['fingerprint'][:12]}{'' if info['up_to_date'] else ' — the corpus has changed: run policybot reindex'}")
    for p in info["policies"]:
        review = p["next_review"] or "-"
        flag = " ".join(f for f, on in (("DRAFT", p["draft"]), ("OVERDUE", p["review_overdue"])) if on)
        click.echo(f"  {p['id']:<28} {p['clauses']:>5} clauses  approved {p['approved'] or '-':<10}  "
                   f"next review {review:<10} {flag}  {p['title']}")


@cli.command("ask")
@click.argument("question")
@click.option("--policy", "policies", multiple=True, metavar="ID",
              help="Only answer from this policy (repeatable). Default: every policy.")
@click.option("--top", type=click.IntRange(1, 50), default=3, show_default=True,
              help="At most this many clauses from each policy.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts instead of text.")
@click.pass_obj
def ask_cmd(paths: Paths, question: str, policies: tuple[str, ...], top: int, as_json: bool):
    """Answer QUESTION with the policy clauses that address it.

    With --json and QUESTION '-', read questions one per line from stdin and write one JSON object
    per line, loading the index once.
    """
    searcher = Searcher(open_index(paths, warn))
    scope = searcher.check_scope(list(policies) or None)
    per_policy = len(scope) > 1
    if question == "-":
        if not as_json:
            raise click.UsageError("reading questions from stdin ('-') needs --json")
        for line in sys.stdin:
            if not line.strip():
                continue
            answer = searcher.search(line.rstrip("\n"), scope, top, per_policy)
            click.echo(json.dumps(answer_dict(answer), ensure_ascii=False))
            sys.stdout.flush()
        return
    answer = searcher.search(question, scope, top, per_policy)
    if as_json:
        click.echo(json.dumps(answer_dict(answer), ensure_ascii=False, indent=2))
    else:
        click.echo(answer_text(answer))


@cli.command("eval")
@click.argument("questions", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the measures as JSON.")
@click.option("--misses", is_flag=True, help="Also list the questions that missed.")
@click.option("--no-vocabulary", is_flag=True,
              help="Measure without the organisation's vocabulary file (corpus/vocabulary.yaml).")
@click.option("--no-everyday-words", is_flag=True,
              help="Measure without the built-in everyday-English list (bot/data/everyday-en.yaml).")
@click.pass_obj
def eval_cmd(paths: Paths, questions: str, as_json: bool, misses: bool, no_vocabulary: bool,
             no_everyday_words: bool):
    """Measure answer quality on a labelled question file (see shared/eval/README.md)."""
    searcher = Searcher(open_index(paths, warn), use_vocabulary=not no_vocabulary,
                        use_everyday=not no_everyday_words)
    report = evaluate(searcher, load_questions(questions))
    if as_json:
        data = report.to_dict()
        if not misses:
            data.pop("misses")
        click.echo(json.dumps(data, indent=2))
        return
    rows = [
        ("questions (in scope / out of scope)", f"{report.questions} ({report.in_scope} / {report.out_of_scope})"),
        ("scoped pairs", str(report.scoped_pairs)),
        ("scoped Recall@1", f"{report.scoped_recall_at_1:.3f}"),
        ("scoped Recall@3", f"{report.scoped_recall_at_3:.3f}"),
        ("scoped MRR@10", f"{report.scoped_mrr_at_10:.3f}"),
        ("global Success@1", f"{report.global_success_at_1:.3f}"),
        ("global Success@3", f"{report.global_success_at_3:.3f}"),
        ("global MRR@10", f"{report.global_mrr_at_10:.3f}"),
        ("out-of-scope answered with no clause", f"{report.out_of_scope_abstained:.3f}"),
        ("in-scope wrongly refused", f"{report.in_scope_wrongly_abstained:.3f}"),
    ]
    width = max(len(k) for k, _ in rows)
    click.echo(f"{'measure':<{width}}  value")
    for k, v in rows:
        click.echo(f"{k:<{width}}  {v}")
    if misses:
        for m in report.misses:
            click.echo("miss: " + json.dumps(m, ensure_ascii=False), err=True)


@cli.command("serve")
@click.option("--http", "http_mode", is_flag=True,
              help="HTTP mode (Events API at /slack/events; needs SLACK_SIGNING_SECRET) instead of Socket Mode.")
@click.option("--port", type=click.IntRange(0, 65535), default=3000, show_default=True, help="HTTP mode: port.")
@click.option("--host", default="0.0.0.0", show_default=True, help="HTTP mode: address to listen on.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Bot config YAML (env POLICYBOT_CONFIG; default ./policybot.yaml if present).")
@click.pass_obj
def serve_cmd(paths: Paths, http_mode: bool, port: int, host: str, config_path: str | None):
    """Run the Slack bot.

    Socket Mode by default (env SLACK_BOT_TOKEN, SLACK_APP_TOKEN): it connects out to Slack, so
    nothing needs exposing to the internet. With --http (env SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)
    it serves POST /slack/events and GET /healthz. SLACK_API_URL overrides Slack's Web API address.
    """
    from bot.slack.run import run
    run(paths, http_mode=http_mode, host=host, port=port, config_path=config_path, warn=warn)


@cli.command("report")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Bot config YAML naming the database (env POLICYBOT_CONFIG; default ./policybot.yaml).")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
              help="The SQLite database to read (overrides the config).")
@click.option("--since", metavar="YYYY-MM-DD", default=None, help="Only questions asked on or after this date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of a table.")
@click.option("--purge", type=click.IntRange(0, None), metavar="DAYS", default=None,
              help="Delete questions older than DAYS days (the retention policy), then stop.")
def report_cmd(config_path: str | None, db_path: str | None, since: str | None, as_json: bool, purge: int | None):
    """Questions from Slack that were not answered or were marked not helpful.

    For policy owners: what staff asked that the policies (or the vocabulary file) do not cover yet.
    With --purge DAYS, delete every question older than that instead (see SECURITY.md).
    """
    from bot.config import load_config
    from bot.reports import needing_attention
    from bot.reports import purge as purge_old
    database = Path(db_path) if db_path else load_config(config_path).database
    if purge is not None:
        removed = purge_old(database, purge)
        click.echo(f"Deleted {removed} question(s) older than {purge} days from {database}.")
        return
    records = needing_attention(database, since)
    if as_json:
        for r in records:
            click.echo(json.dumps(r.to_dict(), ensure_ascii=False))
        return
    if not records:
        click.echo("No unanswered or unhelpful questions" + (f" since {since}." if since else "."))
        return
    click.echo(f"{len(records)} question(s) to look at:")
    for r in records:
        why = "not answered" if r.abstained else "marked not helpful"
        click.echo(f"{r.asked_at}  {r.channel_kind:<7}  {why:<18}  {r.question}")


def main() -> None:
    cli(prog_name="policybot")
