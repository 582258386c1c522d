"""Follow-up task reminders: a task of the signed-in agent that falls due is announced
once (toast here: the offscreen platform has no tray), the overdue count follows, a
colleague's task stays silent, and clicking the notification opens the customer's page.
Time is the alert desk's fake clock and a 10 ms "second": nothing sleeps."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.alerts.task_reminders import due_now, next_due
from protocol.entities import CustomerData
from protocol.kinds.complaints import ComplaintData, FollowupTaskData
from tests.ui.alerts.alert_desk import MINE, AlertDesk, make_alert_desk
from tests.ui.calls.routing_desk import AGENT

CUSTOMER = 40


@pytest.fixture
def alerts(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    cache: Cache,
    reader: CacheReader,
    tmp_path: Path,
) -> Iterator[AlertDesk]:
    del qloop
    made = make_alert_desk(qtbot, cache, reader, tmp_path)
    yield made
    made.desk.window.close()


def complaint(now: float) -> ComplaintData:
    return ComplaintData(
        id=1,
        customer_id=CUSTOMER,
        conversation_id=MINE,
        queue_id=1,
        category="delivery",
        severity="high",
        description="Parcel never came",
        created_at=now - 3600,
        updated_at=now - 3600,
        state_since=now - 3600,
    )


def task(
    tid: int, due: float, *, assignee: int = AGENT.id, done: float | None = None
) -> FollowupTaskData:
    return FollowupTaskData(
        id=tid,
        complaint_id=1,
        customer_id=CUSTOMER,
        queue_id=1,
        assignee_id=assignee,
        title=f"Call back about the parcel #{tid}",
        due_at=due,
        done_at=done,
        created_at=due - 86_400,
    )


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_due_tasks_are_announced_once_and_counted(qtbot: QtBot, alerts: AlertDesk) -> None:
    service, clock = alerts.service, alerts.clock
    start = clock.now
    customer = CustomerData(id=CUSTOMER, name="Mei Lin")
    overdue: list[int] = []
    service.overdueChanged.connect(overdue.append)
    with qtbot.waitSignal(service.tasks.reminded, timeout=2000) as first:
        alerts.apply(
            customer,
            complaint(start),
            task(11, start + 30),  # due in 30 "seconds" (300 ms here)
            task(12, start - 60),  # already overdue: announced at once
            task(13, start - 10, assignee=2),  # a colleague's: never mine to hear
        )
    assert first.args is not None
    assert first.args[0].id == 12
    assert "Follow-up due: Call back about the parcel #12 (Mei Lin)" in (
        alerts.desk.window.toast.text.text()
    )
    assert overdue == [1]
    assert service.tasks.wake_at == start + 30  # one timer for the next one, no polling
    clock.now = start + 31
    with qtbot.waitSignal(service.tasks.reminded, timeout=2000) as second:
        pass
    assert second.args is not None
    assert second.args[0].id == 11
    assert overdue == [1, 2]
    assert service.tasks.wake_at is None
    # The same task again (another desk renamed it): not announced twice.
    with qtbot.assertNotEmitted(service.tasks.reminded, wait=50):
        alerts.apply(task(11, start + 30))
    # Done elsewhere: the count goes down.
    alerts.apply(task(11, start + 30, done=start + 32))
    assert overdue == [1, 2, 1]
    # Clicking the notification opens the customer's page.
    with qtbot.waitSignal(alerts.desk.window.links.customerRequested, timeout=1000) as opened:
        service.open_last()
    assert opened.args == [CUSTOMER]


def test_a_changed_due_time_moves_the_timer(qtbot: QtBot, alerts: AlertDesk) -> None:
    service, clock = alerts.service, alerts.clock
    start = clock.now
    alerts.apply(CustomerData(id=CUSTOMER, name="Mei Lin"), complaint(start))
    alerts.apply(task(21, start + 3600))
    assert service.tasks.wake_at == start + 3600
    alerts.apply(task(21, start + 5))
    assert service.tasks.wake_at == start + 5
    service.stop()
    assert not service.tasks.timer.isActive()
    assert service.tasks.wake_at is None


def test_the_pure_decisions() -> None:
    now = 1000.0
    from desktop.store.readers.complaints import FollowupTask

    def t(tid: int, due: float, done: float | None = None) -> FollowupTask:
        return FollowupTask(tid, 1, 1, "", 1, "", "x", due, done, pending=False)

    tasks = [t(1, 900), t(2, 1000), t(3, 1100), t(4, 800, done=850), t(5, 1050)]
    assert [x.id for x in due_now(tasks, now, reminded={2})] == [1]
    assert [x.id for x in due_now(tasks, now, reminded=set())] == [1, 2]
    assert next_due(tasks, now) == 1050
    assert next_due([t(4, 800, done=850)], now) is None


def test_several_due_at_once_make_one_notification(qtbot: QtBot, alerts: AlertDesk) -> None:
    service, clock = alerts.service, alerts.clock
    start = clock.now
    batches: list[object] = []
    service.tasks.dueNow.connect(batches.append)
    with qtbot.waitSignal(service.tasks.dueNow, timeout=2000):
        alerts.apply(
            CustomerData(id=CUSTOMER, name="Mei Lin"),
            complaint(start),
            task(31, start - 600),
            task(32, start - 300),
            task(33, start - 120),
        )
    assert len(batches) == 1
    text = alerts.desk.window.toast.text.text()
    assert "Follow-up due: Call back about the parcel #31 (Mei Lin)" in text
    assert "and 2 more due" in text
