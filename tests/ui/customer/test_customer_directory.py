"""The desk's customer directory (``desktop/sync/customers.py``) against a real server:
find by a phone fragment and an order number, a profile stored in the cache before it is
returned, a 404 dropping the cached copy, a too-short query refused before any request,
an unreachable server answered as "offline", agents refused the export and a supervisor
given the JSON, and a note queued through the outbox without an engine refused."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.auth import sign_in
from desktop.sync.customers import CustomerDirectory, CustomerLookupError
from tests.server.domains.commerce.orders_helpers import order, post_json
from tests.server.domains.customers.customer_helpers import person, unique_phone
from tests.support.client import login
from tests.support.server_proc import ServerFactory


@dataclass(frozen=True)
class Signed:
    server_url: str
    token: str


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    made = Cache(tmp_path / "cache-agent01.sqlite3")
    made.open()
    return made


@pytest.mark.asyncio
async def test_directory_finds_reads_and_caches_profiles(
    server_factory: ServerFactory, cache: Cache
) -> None:
    server = server_factory()
    url = server.url
    tag = uuid.uuid4().hex[:8]
    phone = unique_phone()
    cid = int(person(url, name=f"Dir {tag}", phone=phone, body=f"hello {tag}")["customer_id"])
    boss = login(url, "supervisor01")
    assert post_json(url, boss, {"orders": [order(f"dir-{tag}", {"id": cid})]}).status_code == 200
    agent = await sign_in(url, "agent01", "demo")
    directory = CustomerDirectory(cache, session=lambda: agent, engine=lambda: None)
    reader = CacheReader(cache.path)
    try:
        found = await directory.search(phone[-6:])
        assert cid in [h.id for h in found.hits]
        by_order = await directory.search(f"FI-dir-{tag}")
        assert [h.matched for h in by_order.hits if h.id == cid] == ["order"]
        with pytest.raises(CustomerLookupError) as short:
            await directory.search(" x ")
        assert short.value.reason == "too_short"

        profile = await directory.fetch_profile(cid)
        cached = reader.cached_profile(cid)
        assert cached is not None
        assert cached.customer.id == cid == profile.customer.id
        assert [o.number for o in cached.orders] == [f"FI-dir-{tag}"]
        with pytest.raises(CustomerLookupError) as missing:
            await directory.fetch_profile(987_654_321)
        assert missing.value.reason == "not_found"

        with pytest.raises(CustomerLookupError) as refused:
            await directory.export(cid)
        assert refused.value.reason == "refused"
        with pytest.raises(CustomerLookupError) as no_engine:
            await directory.add_note(cid, "hello", "Agent One")
        assert no_engine.value.reason == "signed_out"

        supervisor = await sign_in(url, "supervisor01", "demo")
        boss_directory = CustomerDirectory(cache, session=lambda: supervisor, engine=lambda: None)
        exported = json.loads(await boss_directory.export(cid))
        assert exported["customer"]["id"] == cid
        assert exported["format"] == "frontline.customer-export/1"
        await boss_directory.close()

        server.stop()  # the same desk, the server gone: "offline", the cache still holds it
        with pytest.raises(CustomerLookupError) as offline:
            await directory.fetch_profile(cid)
        assert offline.value.reason == "offline"
        assert reader.cached_profile(cid) is not None
    finally:
        await directory.close()
        reader.close()
        cache.close()


@pytest.mark.asyncio
async def test_signed_out_directory_asks_for_nothing(cache: Cache) -> None:
    directory = CustomerDirectory(cache, session=lambda: None, engine=lambda: None)
    try:
        with pytest.raises(CustomerLookupError) as signed_out:
            await directory.search("aino")
        assert signed_out.value.reason == "signed_out"
        unreachable = CustomerDirectory(
            cache, session=lambda: Signed("http://127.0.0.1:9", "t"), engine=lambda: None
        )
        with pytest.raises(CustomerLookupError) as offline:
            await unreachable.search("aino")
        assert offline.value.reason == "offline"
        await unreachable.close()
    finally:
        await directory.close()
        cache.close()
