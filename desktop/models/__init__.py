"""Plain values the desk passes around: frozen dataclasses, no Qt, no I/O."""
