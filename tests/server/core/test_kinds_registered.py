"""The server registers exactly what the protocol declares: every kind, command and
mutation op has one owner, and nothing is registered that the protocol does not know."""

from __future__ import annotations

from typing import Any, Literal

import pytest
import sqlalchemy as sa

from protocol.commands import COMMANDS
from protocol.entities import ENTITY_KINDS, MODEL_BY_KIND, EntityBase
from server.app import DOMAINS
from server.core.mutations import MUTATION_OPS
from server.core.registry import Domain, KindRegistration, Registry
from server.core.visibility import Viewer
from server.db.metadata import metadata


def test_every_protocol_kind_has_a_server_registration() -> None:
    registered = [r.kind for domain in DOMAINS for r in domain.kinds]
    assert sorted(set(ENTITY_KINDS) - set(registered)) == []


def test_every_registration_names_a_kind_the_protocol_knows() -> None:
    for domain in DOMAINS:
        for registration in domain.kinds:
            assert registration.kind in ENTITY_KINDS, (domain.name, registration.kind)
            assert registration.model is MODEL_BY_KIND[registration.kind]
            assert registration.table.metadata is metadata


def test_snapshot_order_is_the_protocol_order() -> None:
    assert [r.kind for r in Registry(DOMAINS).kinds] == list(ENTITY_KINDS)


def test_every_command_has_a_handler_and_every_handler_a_command() -> None:
    assert set(Registry(DOMAINS).commands) == set(COMMANDS)


def test_every_mutation_op_has_a_handler_and_every_handler_an_op() -> None:
    assert set(Registry(DOMAINS).mutations) == set(MUTATION_OPS)


def test_each_registration_selects_rows_for_a_viewer() -> None:
    viewer = Viewer(agent_id=1, supervisor=False, queue_ids=frozenset({1}))
    for registration in Registry(DOMAINS).kinds:
        assert isinstance(registration.visible_rows(viewer), sa.Select)


class _StrayData(EntityBase):
    kind: Literal["stray"] = "stray"


def _rows(_viewer: Viewer) -> sa.Select[Any]:
    return sa.select(sa.literal(1))


def test_the_registry_refuses_an_unknown_kind_and_a_second_owner() -> None:
    table = sa.Table("stray", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True))
    stray = KindRegistration(_StrayData, table, _StrayData.model_validate, _rows, "everyone")
    with pytest.raises(ValueError, match="stray"):
        Registry([Domain("strays", kinds=(stray,))])
    with pytest.raises(ValueError, match="registered twice"):
        Registry([*DOMAINS, Domain("copy", commands=dict(Registry(DOMAINS).commands))])
