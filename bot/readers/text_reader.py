"""Plain text and Markdown: the line parser of bot.parse reads both (markdown headings, lists and
emphasis are part of its grammar). Text arrives as UTF-8 (with or without BOM), UTF-16 with BOM, or
Windows-1252 (Word's "plain text" export, with its curly quotes)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from bot.errors import CorpusError
from bot.parse import ParsedDocument, parse_text
from bot.readers import read_bytes


def read_text(path: Path, policy_id: str) -> ParsedDocument:
    return parse_text(read_text_file(path), policy_id)


def read_text_file(path: Path) -> str:
    """A policy file's text, from UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252."""
    data = read_bytes(path, "put the policy's text in it or remove it from the corpus")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise CorpusError(f"{path} is not readable text: save it as UTF-8 text") from None
    elif b"\x00" in data:
        raise CorpusError(f"{path} is a binary file, not text: save the policy as a .txt or .md file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")   # Word's "Plain text" on Windows, with curly quotes
            except UnicodeDecodeError:
                raise CorpusError(f"{path} is neither UTF-8 nor Windows-1252 text: save it as UTF-8 text") from None
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    if controls > max(8, len(text) // 100):
        raise CorpusError(f"{path} looks like a binary file, not text: save the policy as a .txt or .md file")
    return text
