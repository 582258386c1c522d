"""How the desk reads server frames: strictly, except for entity kinds it does not know."""

from __future__ import annotations

import json

import pytest

from protocol.frames import Events, FrameError, Snapshot, parse_server_frame

HOLOGRAM: dict[str, object] = {"kind": "hologram", "id": 1}
VIP: dict[str, object] = {"kind": "queue", "id": 2, "name": "VIP"}


def event(seq: int, data: dict[str, object]) -> dict[str, object]:
    return {"seq": seq, "op": "upsert", "kind": data["kind"], "id": data["id"], "data": data}


def test_events_of_unknown_kinds_are_left_out_and_the_rest_applies() -> None:
    raw = json.dumps({"type": "events", "upto": 9, "events": [event(8, HOLOGRAM), event(9, VIP)]})
    frame = parse_server_frame(raw)
    assert isinstance(frame, Events)
    assert [(e.kind, e.id) for e in frame.events] == [("queue", 2)]
    assert frame.upto == 9


def test_snapshot_entities_of_unknown_kinds_are_left_out() -> None:
    raw = json.dumps({"type": "snapshot", "done": True, "seq": 4, "entities": [HOLOGRAM, VIP]})
    frame = parse_server_frame(raw)
    assert isinstance(frame, Snapshot)
    assert len(frame.entities) == 1


def test_a_known_kind_with_wrong_fields_is_still_an_error() -> None:
    broken: dict[str, object] = {"kind": "queue", "id": "x"}
    raw = json.dumps({"type": "events", "upto": 1, "events": [event(1, broken)]})
    with pytest.raises(FrameError) as caught:
        parse_server_frame(raw)
    assert caught.value.code == "bad_frame"
