"""A count is translated only through ``self.tr(text, "", n)``: lupdate reads no plural
from ``QCoreApplication.translate(context, text, comment, n)``, so such a message lands in
the catalogues as a plain one, and Qt passes a plain translation over when a count is
given (Finnish showed "3 h" for "3 t" and "2 unread" in English)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COUNTED = re.compile(r"QCoreApplication\.translate\(\s*\"[^\"]*\",\s*\"[^\"]*\",\s*[^,()]+,\s*\w")


def test_no_count_goes_through_qcoreapplication_translate() -> None:
    found: list[str] = []
    for path in (ROOT / "desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in COUNTED.finditer(text)]
    assert not found, "use self.tr(text, '', n) or a {0} format:\n" + "\n".join(found)
