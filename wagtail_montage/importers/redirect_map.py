"""Every old URL of an import and its new page, for the web server in front of the
site: a CSV file and an nginx ``map`` file (besides Wagtail's own redirects, which
follow a page while it is live)."""

import csv
import io
from urllib.parse import urlsplit

CSV_HEADER = ("old_url", "old_path", "new_url", "page_id", "live")


def redirect_rows(report):
    """``(old URL, its path, new URL, page id, live)`` of each post with an old URL."""
    rows = []
    for entry in report.entries:
        if not (entry.old_url and entry.page_url and entry.page_id):
            continue
        parts = urlsplit(entry.old_url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        rows.append((entry.old_url, path, entry.page_url, entry.page_id, entry.live))
    return rows


def redirect_csv(report):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for old_url, path, new_url, page_id, live in redirect_rows(report):
        writer.writerow((old_url, path, new_url, page_id, "yes" if live else "no"))
    return out.getvalue()


def _nginx_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def redirect_nginx_map(report):
    """The lines of an nginx ``map`` block: ``"/old/path/" "/new/url/";``."""
    lines = [
        "# Old URLs of imported posts -> their pages. Use it in the http block:",
        "#   map $request_uri $montage_new_uri { include this-file; }",
        "#   and in the server block: if ($montage_new_uri) { return 301 $montage_new_uri; }",
    ]
    for _old_url, path, new_url, _page_id, _live in redirect_rows(report):
        lines.append(f"{_nginx_string(path)} {_nginx_string(new_url)};")
    return "\n".join(lines) + "\n"


def write_redirect_map(report, path):
    """Write the redirect map to ``path``: CSV for a ``.csv`` name, else nginx."""
    text = (
        redirect_csv(report)
        if path.suffix.lower() == ".csv"
        else redirect_nginx_map(report)
    )
    path.write_text(text, encoding="utf-8")
