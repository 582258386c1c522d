"""Property tests: whatever a desk sends, parsing fails only with ``FrameError``."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from protocol.frames import FrameError, parse_client_frame

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)
_frames = st.fixed_dictionaries(
    {"type": st.sampled_from(["hello", "mutation", "pull", "other", ""])},
    optional={
        "protocol": _json,
        "token": _json,
        "client_id": _json,
        "last_seq": _json,
        "epoch": _json,
        "mutation_id": _json,
        "after_seq": _json,
        "change": st.fixed_dictionaries(
            {"op": st.sampled_from(["reply", "set_status", "delete"])},
            optional={"conversation_id": _json, "body": _json, "status": _json},
        ),
    },
)


def _parse(raw: str | bytes) -> None:
    code: str | None = None
    try:
        parse_client_frame(raw)
    except FrameError as exc:
        code = exc.code
    assert code in {None, "bad_json", "bad_frame", "unknown_type", "frame_too_large"}


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_random_bytes(raw: bytes) -> None:
    _parse(raw)


@settings(max_examples=300)
@given(_json)
def test_random_json(value: object) -> None:
    _parse(json.dumps(value))


@settings(max_examples=500)
@given(_frames)
def test_frame_shaped_json(value: dict[str, object]) -> None:
    _parse(json.dumps(value))
