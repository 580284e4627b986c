"""Reading the YAML files policy owners edit, keeping line numbers for error messages."""
from __future__ import annotations

from pathlib import Path

import yaml

from bot.errors import ManifestError


def compose(path: Path):
    """The file's YAML node tree (with line marks), or None for an empty file."""
    try:
        return yaml.compose(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"cannot read {path}: {exc}; save it as UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ManifestError(f"{path}{line}: {problem}; fix the YAML syntax there") from None


def failer(path: Path):
    """fail(node, message): raise a ManifestError naming the file and the node's line."""
    def fail(node, message: str):
        raise ManifestError(f"{path} line {node.start_mark.line + 1}: {message}")
    return fail
