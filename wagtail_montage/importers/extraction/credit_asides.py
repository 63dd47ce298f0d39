"""Asides in brackets around a credit: "“X” (named for the sea breeze) was sung by
A", "written by A (band, Room 114) with B"; what the credit reads past them."""

import re

# An aside in brackets between a title and its verb: "“X” (named for ...) was".
BRACKETS_RE = re.compile(r"\s*\([^()]*\)")


def without_brackets(text):
    """``text`` without its asides in brackets."""
    return BRACKETS_RE.sub("", text)


def past_brackets(tokens, index, limit=12):
    """The index after an aside in brackets opening at ``tokens[index]`` (of at most
    ``limit`` words), else ``index``."""
    if index >= len(tokens) or tokens[index].text != "(":
        return index
    for ahead in range(index + 1, min(len(tokens), index + limit + 2)):
        if tokens[ahead].text == "(":
            return index
        if tokens[ahead].text == ")":
            return ahead + 1
    return index
