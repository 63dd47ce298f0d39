"""Text read from a query string for a database query.

PostgreSQL refuses NUL in text ("text fields cannot contain NUL (0x00)
bytes"): a ``?tag=%00`` that reaches a query answers 500 there, while SQLite
takes it. Every query-string value the plugin compares in the database goes
through ``query_text`` first (numbers go through ``numbers.parse_int``).
"""


def query_text(value, max_length=100):
    """``value`` without NUL characters, stripped and cut to ``max_length``."""
    if not isinstance(value, str):
        return ""
    return value.replace("\x00", "").strip()[:max_length]
