"""What the Team page's workforce tabs share (issue 11): what they read from the cache and
ask of the server, times in the supervisor's zone, activity names and why a command failed.

Times are UTC in the cache and on the wire; a supervisor reads them in their own zone
(injected, so tests and a DST day are exact). Protocol models and the sync engine load
lazily: the desk paints its first page before pydantic is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from desktop.store.readers.presence import TeamMember
from desktop.ui.shell.actions import PresenceActions
from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import display_text

if TYPE_CHECKING:
    from protocol.command_base import CommandAnswer, CommandArgs, CommandSpec
    from protocol.kinds.workforce import (
        Activity,
        ShiftData,
        SwapData,
        TimeOffData,
        WorkforcePolicyData,
    )
    from protocol.workforce import ImportReport, TeamAdherence

A = TypeVar("A", bound="CommandAnswer")
T = TypeVar("T")


class WorkforceTeamReads(Protocol):
    """The cache reads of the workforce tabs (``CacheReader`` has all of them)."""

    def team(self) -> list[TeamMember]: ...

    def queue_names(self) -> dict[int, str]: ...

    def shifts(self, agent_id: int, start: float, end: float) -> list[ShiftData]: ...

    def all_shifts(self, start: float, end: float) -> list[ShiftData]: ...

    def swaps(self, states: Collection[str] | None = None) -> list[SwapData]: ...

    def time_offs(
        self, agent_id: int | None = None, states: Collection[str] | None = None
    ) -> list[TimeOffData]: ...

    def workforce_policy(self) -> WorkforcePolicyData: ...


class WorkforceService(Protocol):
    """The REST half (``desktop.sync.workforce.WorkforceClient``): the team's adherence
    per day and the planner's schedule import."""

    async def team_adherence(self, day: str) -> TeamAdherence: ...

    async def import_schedule(self, data: bytes, content_type: str) -> ImportReport: ...


def local_zone() -> tzinfo:
    """The desk's zone (the system's)."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def local(at: float, zone: tzinfo) -> datetime:
    return datetime.fromtimestamp(at, zone)


def day_start(day: date, zone: tzinfo) -> float:
    """The UTC moment local ``day`` begins (a DST day is 23 or 25 hours long)."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def time_text(at: float, zone: tzinfo) -> str:
    """``08:30`` in the locale's short time format, in ``zone``."""
    moment = local(at, zone)
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def day_text(day: date) -> str:
    """``Mon 07/12/2026``: the weekday and the locale's short date."""
    qdate = QDate(day.year, day.month, day.day)
    locale = QLocale()
    weekday = locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {locale.toString(qdate, QLocale.FormatType.ShortFormat)}"


def span_text(start: float, end: float, zone: tzinfo) -> str:
    """A shift's day and hours, ``Mon 07/12/2026 08:00–16:30`` (a next-day end says so)."""
    first, last = local(start, zone), local(end, zone)
    text = f"{day_text(first.date())} {time_text(start, zone)}–{time_text(end, zone)}"
    if last.date() > first.date() and not (last.hour == 0 and last.minute == 0):
        text += QCoreApplication.translate("TeamSchedules", " (next day)")
    return text


def hours_text(seconds: float) -> str:
    """``7.5 h`` with the locale's decimal sign."""
    hours = QLocale().toString(round(seconds / 3600.0, 2), "g", 4)
    return QCoreApplication.translate("TeamSchedules", "{0} h").format(hours)


def activity_name(kind: str) -> str:
    names = {
        "work": QCoreApplication.translate("TeamSchedules", "Work"),
        "break": QCoreApplication.translate("TeamSchedules", "Break"),
        "lunch": QCoreApplication.translate("TeamSchedules", "Lunch"),
        "meeting": QCoreApplication.translate("TeamSchedules", "Meeting"),
        "training": QCoreApplication.translate("TeamSchedules", "Training"),
        "offqueue": QCoreApplication.translate("TeamSchedules", "Off-queue work"),
        "time_off": QCoreApplication.translate("TeamSchedules", "Time off"),
    }
    return names.get(kind, display_text(kind))


def activities_text(activities: list[Activity], zone: tzinfo) -> str:
    """``Work 08:00–10:00, Break 10:00–10:15, ...``."""
    return ", ".join(
        f"{activity_name(a.type)} {time_text(a.start, zone)}–{time_text(a.end, zone)}"
        for a in activities
    )


def agent_names(reader: WorkforceTeamReads) -> dict[int, str]:
    """Every cached agent's name (plain text), by id."""
    return {m.agent_id: display_text(m.name) for m in reader.team()}


def failure_text(error: BaseException) -> str:
    """Why a command or request did not go through, for a supervisor."""
    from desktop.sync.commands import CommandError, CommandOfflineError, CommandTimeoutError

    if isinstance(error, CommandOfflineError):
        return QCoreApplication.translate(
            "TeamSchedules", "Not connected: nothing was changed. Try again when online."
        )
    if isinstance(error, CommandTimeoutError):
        return QCoreApplication.translate(
            "TeamSchedules", "The server did not answer in time: check the result, then retry."
        )
    if isinstance(error, CommandError):
        return QCoreApplication.translate("TeamSchedules", "The server refused: {0}").format(
            display_text(error.message or error.code)
        )
    reason = getattr(error, "detail", "") or str(error) or type(error).__name__
    return QCoreApplication.translate("TeamSchedules", "Something went wrong: {0}").format(
        display_text(str(reason))
    )


def run_command(
    ops: Ops,
    actions: PresenceActions | None,
    spec: CommandSpec,
    args: dict[str, Any],
    answer: type[A],
    *,
    what: str,
    on_done: Callable[[A], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Send one command on the live session's command path; offline (or before sign-in)
    fails at once through ``on_error``, like a dropped connection."""
    from desktop.sync.commands import CommandOfflineError

    if actions is None or not actions.commands.online:
        on_error(CommandOfflineError())
        return
    commands = actions.commands

    async def send() -> A:
        parsed: CommandArgs = spec.args.model_validate(args)
        return await commands.call(spec, parsed, answer)

    ops.run(send(), what=what, on_done=on_done, on_error=on_error)


# --------------------------------------------------------------------------- tabs


class WorkforceTab(QWidget):
    """What every workforce tab of the Team page holds: the cache reads, the desk's
    operations, the supervisor's zone, the live session's actions and whether it is
    online. A change of session or connection re-checks the tab's buttons
    (``_update_buttons``)."""

    def __init__(
        self,
        reader: WorkforceTeamReads,
        ops: Ops,
        parent: QWidget | None,
        zone: tzinfo | None,
        *,
        name: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.reader = reader
        self.ops = ops
        self.zone = zone or local_zone()
        self.actions_: PresenceActions | None = None
        self.online = False

    def _update_buttons(self) -> None:
        """Enable what the tab's state allows (a tab with buttons says how)."""

    def set_actions(self, actions: PresenceActions | None) -> None:
        self.actions_ = actions
        self._update_buttons()

    def set_online(self, online: bool) -> None:
        self.online = online
        self._update_buttons()


def list_table(labels: list[str], name: str, accessible: str, *, wrap: bool) -> QTableWidget:
    """A read-only table of the tabs: one whole row is picked at a time, no row numbers,
    headers read from the left, columns the supervisor can resize."""
    table = QTableWidget(0, len(labels))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(labels)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(wrap)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def selected_item(table: QTableWidget, items: list[T]) -> T | None:
    """The item of the table's selected row (rows follow ``items``), if any."""
    rows = table.selectionModel().selectedRows()
    if not rows or rows[0].row() >= len(items):
        return None
    return items[rows[0].row()]


def select_item(table: QTableWidget, items: list[T], match: Callable[[T], bool]) -> bool:
    """Select the first row whose item ``match`` accepts; False when none does."""
    for row, item in enumerate(items):
        if match(item):
            table.selectRow(row)
            return True
    return False
