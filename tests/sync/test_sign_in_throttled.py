"""The desk's sign-in understands a throttled server: it says how long to wait."""

from __future__ import annotations

import pytest

from desktop.sync.auth import SignInError, TooManyAttemptsError, sign_in
from tests.support.server_proc import ServerFactory


@pytest.mark.asyncio
async def test_too_many_wrong_passwords_say_when_to_try_again(
    server_factory: ServerFactory,
) -> None:
    server = server_factory("--login-user-failures", "2", "--login-lockout", "30")
    for _ in range(2):
        with pytest.raises(SignInError):
            await sign_in(server.url, "agent03", "wrong")
    with pytest.raises(TooManyAttemptsError) as throttled:
        await sign_in(server.url, "agent03", "demo")
    assert 0 < throttled.value.retry_after <= 30
    # Another agent on the same machine is not held up.
    session = await sign_in(server.url, "agent04", "demo")
    assert session.agent_id > 0
