"""Sending one import (knowledge, canned replies) to the server, shared by the import
commands: the agent's token, one JSON body, and every failure turned into a sentence and
the command's exit status (3: the server cannot be reached; 2: it refused or failed)."""

from __future__ import annotations

from typing import TypeVar

import httpx
from pydantic import BaseModel

Result = TypeVar("Result", bound=BaseModel)
TIMEOUT_S = 120
"""A whole centre's knowledge base in one request takes a while on a busy server."""


class ImportFailedError(Exception):
    """The import could not run at all; ``exit_code`` is the command's exit status."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def post_import(
    server: str, token: str, path: str, body: BaseModel, result: type[Result]
) -> Result:
    """POST ``body`` to ``path`` and read the answer as ``result``."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    try:
        with httpx.Client(base_url=server, timeout=TIMEOUT_S) as client:
            response = client.post(path, content=body.model_dump_json(), headers=headers)
    except httpx.HTTPError as exc:
        raise ImportFailedError(f"cannot reach {server}: {type(exc).__name__}", 3) from None
    if response.status_code in (401, 403):
        detail = response.json().get("detail", "refused")
        raise ImportFailedError(f"the server refused the import: {detail}", 2)
    if response.status_code != 200:
        raise ImportFailedError(
            f"the server answered {response.status_code}: {response.text[:300]}", 2
        )
    return result.model_validate_json(response.content)
