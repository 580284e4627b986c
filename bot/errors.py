"""One error family for everything a user can cause or fix.

Each message is one line that says what went wrong and what to do next. The CLI turns these into
"Error: ..." on stderr with a non-zero exit; the Slack bot into a polite reply. Anything that is
not a PolicyBotError is a bug and is reported as such.
"""


class PolicyBotError(Exception):
    """Base class: a problem the user can fix. str(e) is the one-line message."""

    exit_code = 1


class CorpusError(PolicyBotError):
    """A policy document cannot be read or parsed."""


class ManifestError(PolicyBotError):
    """corpus/policies.yaml (or another YAML file the user edits) is invalid."""


class IndexMissing(PolicyBotError):
    """There is no built index where one was expected."""


class IndexInvalid(PolicyBotError):
    """The index on disk cannot be used (corrupt, foreign or from an incompatible version)."""


class IndexBusy(PolicyBotError):
    """Another reindex holds the lock."""


class QuestionError(PolicyBotError):
    """The question or its options cannot be answered as asked."""

    exit_code = 2


class ConfigError(PolicyBotError):
    """A setting (environment variable, config file) is missing or malformed."""

    exit_code = 2


class ReviewCheckFailed(PolicyBotError):
    """reindex --strict: the question bank found expected clauses missing; the old index stays."""


class IndexWriteFailed(PolicyBotError):
    """The new index could not be written (disk full, read-only folder); the old one still serves."""
