"""Work-arounds for the Qt binding on the Python versions we support.

PySide6 6.12 (its ``abi3`` wheel) returns ``None`` from every ``void`` method without
taking a reference. That is harmless on Python 3.12+, where ``None`` is immortal (PEP 683),
but on 3.11 each call steals one reference: ``QLabel.setText`` a thousand times lowers
``sys.getrefcount(None)`` by a thousand, and a desk that repaints its inbox (~200 such calls
per repaint) dies within a minute with ``Fatal Python error: none_dealloc``.

Until the runtime is 3.12+ (or the binding is fixed), :func:`protect_none` gives ``None``
the same treatment 3.12 does: a reference count so large it can never reach zero. It is
called once by the composition root and by the UI tests, before any widget exists.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)
_MARGIN = 1 << 40  # a trillion stolen references: years of repaints


def none_leaks_per_call() -> int:
    """How many references to ``None`` one ``void`` binding call steals (0 when fixed)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return max(0, round((before - sys.getrefcount(None)) / 100))


def protect_none() -> bool:
    """Make ``None`` effectively immortal on Python < 3.12 if the binding needs it.

    Returns whether it did. ``ob_refcnt`` is the first field of every CPython object, a
    ``Py_ssize_t``; raising it is exactly what PEP 683 does for immortal objects.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if none_leaks_per_call() == 0:
        return False
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    if refcnt.value < _MARGIN:
        refcnt.value += _MARGIN
        log.warning(
            "this PySide6 build drops references to None on Python %d.%d; "
            "None's reference count was raised so the desk cannot crash (use Python 3.12+)",
            *sys.version_info[:2],
        )
    return True
