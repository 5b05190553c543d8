"""File names for printed documents that cannot leave their folder.

A job's title holds an order id, which comes from a brand's OMS: `../../tmp/x`, `/etc/cron.d/x`,
`CON`, a NUL byte or 5,000 characters must still give one ordinary file inside the print
folder. A title that is already a plain name (letters, digits, `.`, `_`, `-`; not starting
with a dot; at most MAX_STEM characters) is kept as it is, so the folder reads as before
(`ORD-100058-label-1.zpl`). Any other title becomes a slug plus a digest of the whole title,
so two different titles never share a file."""

from __future__ import annotations

import hashlib
import re

MAX_STEM = 100
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Windows refuses these as file names whatever the extension (a station may run Windows).
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)),
                       *(f"LPT{n}" for n in range(10))})


def safe_name(title: str, extension: str) -> str:
    """`<stem>.<extension>` where stem and extension are plain names without a separator."""
    return f"{_stem(title)}.{_stem(extension)[:16]}"


def _stem(title: str) -> str:
    reserved = title.split(".", maxsplit=1)[0].upper() in _RESERVED
    if _PLAIN.fullmatch(title) and len(title) <= MAX_STEM and not reserved \
            and not title.endswith("."):
        return title
    slug = _UNSAFE.sub("_", title).strip("._-")[:MAX_STEM - 17] or "document"
    digest = hashlib.sha256(title.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{slug}-{digest}"
