"""Swaps, giveaways and time off on the My day page (issue 11 part 4).

Three lists from the cache: **My requests** (the agent's swaps and the ones they took,
and their time off: state in words, the other agent, both shifts in local time, the
history; cancel while open), **Offered to me** (direct offers: accept or decline) and the
**Board** (posted trades in the agent's queues, not theirs: pick up a giveaway, or offer
a shift in return for a swap). Two dialogs make new ones: "Swap or give away a shift..."
and "Request time off...".

Every action is a command (``protocol/workforce.py``): offline the buttons are disabled
and the dialogs say why. The lists only ever show the cache; a command's effect arrives
as events, like anyone else's. State changes that concern the agent (approved, denied,
expired, accepted by a colleague, an offer) become one notice each
(:mod:`desktop.ui.schedule.swap_notify`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.ui.schedule.swap_accept import AcceptDialog
from desktop.ui.schedule.swap_dialog import SwapDialog
from desktop.ui.schedule.swap_lists import Row, TradeList
from desktop.ui.schedule.swap_notify import Snapshot, notices, snapshot
from desktop.ui.schedule.swap_session import TradeSession
from desktop.ui.schedule.swap_text import (
    failure_text,
    swap_detail,
    swap_history,
    swap_title,
    time_off_history,
    time_off_title,
)
from desktop.ui.schedule.timeoff_dialog import TimeOffDialog
from desktop.ui.shell.actions import WindowActions
from desktop.ui.shell.pages import PageLinks

if TYPE_CHECKING:
    from desktop.sync.commands import CommandClient
    from protocol.kinds.workforce import SwapData, TimeOffData

OPEN_SWAP = frozenset({"posted", "matched", "pending_review"})
MAX_ROWS = 200
"""At most this many rows in "My requests" (open ones first): older closed trades are
history the agent rarely needs, and the list stays quick to fill."""
_Entry = tuple[bool, float, "SwapData | None", "TimeOffData | None"]
"""A row of My requests before it is built: closed?, -updated_at, the swap or request."""
TOPICS = ("swaps", "time_off", "shifts", "agents", "queues")


class TradesPanel(QWidget):
    """The agent's trades and requests, the board, and the dialogs that make them."""

    def __init__(
        self,
        reader: CacheReader,
        links: PageLinks,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tradesPanel")
        self.reader = reader
        self.links = links
        self.now = now
        self.session = TradeSession(reader, self)
        self.known: Snapshot | None = None
        """The states the last refresh saw (``None`` before the first: no notices)."""
        self.known_for: int | None = None
        self.dialog: SwapDialog | AcceptDialog | TimeOffDialog | None = None
        self.swaps: dict[int, SwapData] = {}
        self.time_offs: dict[int, TimeOffData] = {}

        self.new_swap = QPushButton(self.tr("Swap or give away a shift..."))
        self.new_swap.setObjectName("newSwap")
        self.new_swap.clicked.connect(self.open_swap_dialog)
        self.new_time_off = QPushButton(self.tr("Request time off..."))
        self.new_time_off.setObjectName("newTimeOff")
        self.new_time_off.clicked.connect(self.open_time_off_dialog)
        self.offline = QLabel(self.tr("Offline: trades and requests can be sent once connected."))
        self.offline.setObjectName("tradesOffline")
        self.offline.setWordWrap(True)
        self.offline.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.new_swap)
        top.addWidget(self.new_time_off)
        top.addWidget(self.offline, 1)

        self.mine = TradeList(
            "tradesMine",
            self.tr("No swaps or time off yet. Your requests and their answers show here."),
        )
        self.mine.add_button("cancel", self.tr("Cancel request"))
        self.offered = TradeList(
            "tradesOffered",
            self.tr("Nobody has offered you a shift. Offers show here."),
            default_actions=("accept",),
        )
        self.offered.add_button("accept", self.tr("Accept..."))
        self.offered.add_button("decline", self.tr("Decline"))
        self.board = TradeList(
            "tradesBoard",
            self.tr("The board is empty: no colleague in your queues is offering a shift."),
            default_actions=("pickup", "offer"),
        )
        self.board.add_button("pickup", self.tr("Pick up..."))
        self.board.add_button("offer", self.tr("Offer a shift in return..."))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tradesTabs")
        self.tabs.addTab(self.mine, self.tr("My requests"))
        self.tabs.addTab(self.offered, self.tr("Offered to me"))
        self.tabs.addTab(self.board, self.tr("Board"))
        for lst in (self.mine, self.offered, self.board):
            lst.actionRequested.connect(self._act)
            lst.list.setAccessibleName(self.tabs.tabText(self.tabs.indexOf(lst)))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.session.onlineChanged.connect(self._online_changed)
        self._online_changed(self.session.online)
        self.refresh()

    # ------------------------------------------------------------------ shell calls

    def on_changes(self, changes: Changes) -> None:
        """The cache changed."""
        if changes.reset:
            # A snapshot replaced the replica (first sync of a new cache, or a long time
            # away): a new baseline, like the first load, not a burst of old news.
            self.refresh(notify=False)
        elif any(getattr(changes, topic) for topic in TOPICS):
            self.refresh()

    def set_actions(self, actions: WindowActions | None) -> None:
        """The sync engine (commands) once signed in; None while signed out."""
        self.session.set_actions(actions)
        self._online_changed(self.session.online)
        self.refresh()

    def set_online(self, online: bool) -> None:
        """Whether commands can reach the server."""
        self.session.set_online(online)

    # ------------------------------------------------------------------ lists

    def refresh(self, *, notify: bool = True) -> None:
        """Fill the three lists from the cache and tell the agent what changed (unless
        ``notify`` is false: then the cache's states only become the new baseline)."""
        me = self.session.me
        if me is None:
            self.swaps, self.time_offs = {}, {}
            for lst in (self.mine, self.offered, self.board):
                lst.set_rows([])
            self.known, self.known_for = None, None
            return
        swaps = self.reader.swaps()
        time_offs = self.reader.time_offs(me)
        names = self.session.names()
        self.swaps = {s.id: s for s in swaps}
        self.time_offs = {t.id: t for t in time_offs}
        self.mine.set_rows(self._my_rows(swaps, time_offs, me, names))
        self.offered.set_rows(
            [
                self._swap_row(s, me, names, frozenset({"accept", "decline"}))
                for s in swaps
                if s.target_agent_id == me and s.state == "posted" and s.initiator_id != me
            ]
        )
        self.board.set_rows(
            [
                self._swap_row(
                    s, me, names, frozenset({"pickup" if s.type == "giveaway" else "offer"})
                )
                for s in swaps
                if s.target_agent_id is None and s.state == "posted" and s.initiator_id != me
            ]
        )
        self._count_tabs()
        states = snapshot(swaps, time_offs, me)
        if notify and self.known is not None and self.known_for == me:
            for text in notices(self.known, swaps, time_offs, me, names):
                self.links.noticeRequested.emit(text, "info")
        self.known, self.known_for = states, me

    def _swap_row(
        self, swap: SwapData, me: int, names: dict[int, str], actions: frozenset[str]
    ) -> Row:
        return Row(
            key=("swap", swap.id),
            title=swap_title(swap, me, names),
            detail=swap_detail(swap, me, names),
            history=swap_history(swap, me, names),
            actions=actions,
        )

    def _my_rows(
        self,
        swaps: list[SwapData],
        time_offs: list[TimeOffData],
        me: int,
        names: dict[int, str],
    ) -> list[Row]:
        # Order first, build the rows (the costly part: texts, times) only for those shown.
        dated: list[_Entry] = [
            (swap.state not in OPEN_SWAP, -swap.updated_at, swap, None)
            for swap in swaps
            if me in (swap.initiator_id, swap.accepter_id)
        ]
        dated += [(r.state != "requested", -r.updated_at, None, r) for r in time_offs]
        dated.sort(key=lambda entry: (entry[0], entry[1]))
        rows: list[Row] = []
        for _closed, _when, swap, request in dated[:MAX_ROWS]:
            if swap is not None:
                can_cancel = swap.initiator_id == me and swap.state in OPEN_SWAP
                actions = frozenset({"cancel"}) if can_cancel else frozenset()
                rows.append(self._swap_row(swap, me, names, actions))
            elif request is not None:
                is_open = request.state == "requested"
                rows.append(
                    Row(
                        key=("time_off", request.id),
                        title=time_off_title(request),
                        detail="",
                        history=time_off_history(request),
                        actions=frozenset({"cancel"}) if is_open else frozenset(),
                    )
                )
        return rows

    def _count_tabs(self) -> None:
        counts = (
            (self.offered, self.tr("Offered to me"), self.tr("Offered to me ({0})")),
            (self.board, self.tr("Board"), self.tr("Board ({0})")),
        )
        for lst, plain, counted in counts:
            index = self.tabs.indexOf(lst)
            n = len(lst.rows)
            self.tabs.setTabText(index, counted.format(n) if n else plain)

    def _online_changed(self, online: bool) -> None:
        self.offline.setVisible(not online)
        signed_in = self.session.me is not None
        for button in (self.new_swap, self.new_time_off):
            button.setEnabled(signed_in)
        for lst in (self.mine, self.offered, self.board):
            lst.set_online(online)

    # ------------------------------------------------------------------ actions

    def open_swap_dialog(self) -> SwapDialog:
        dialog = SwapDialog(self.session, self, now=self.now)
        dialog.sent.connect(
            lambda _swap: self.links.toastRequested.emit(self.tr("Your trade was sent."))
        )
        self._show(dialog)
        return dialog

    def open_time_off_dialog(self) -> TimeOffDialog:
        dialog = TimeOffDialog(self.session, self, now=self.now)
        dialog.sent.connect(
            lambda _request: self.links.toastRequested.emit(
                self.tr("Your time-off request was sent.")
            )
        )
        self._show(dialog)
        return dialog

    def open_accept_dialog(self, swap_id: int) -> AcceptDialog | None:
        swap = self.swaps.get(swap_id)
        if swap is None:
            return None
        dialog = AcceptDialog(self.session, swap, self, now=self.now)
        dialog.accepted_swap.connect(self._on_accepted)
        self._show(dialog)
        return dialog

    def _show(self, dialog: SwapDialog | AcceptDialog | TimeOffDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_accepted(self, swap: SwapData) -> None:
        if swap.state == "approved":
            text = self.tr("Done: the shift is yours.")
        else:
            text = self.tr("Accepted: a supervisor will review the trade.")
        self.links.toastRequested.emit(text)

    def _act(self, action: str, kind: str, ident: int) -> None:
        if action in ("accept", "pickup", "offer"):
            self.open_accept_dialog(ident)
        elif action == "decline":
            self._command("swap.decline", {"swap_id": ident}, self.tr("decline the offer"))
        elif action == "cancel" and kind == "swap":
            self._command("swap.cancel", {"swap_id": ident}, self.tr("cancel the trade"))
        elif action == "cancel":
            self._command("timeoff.cancel", {"time_off_id": ident}, self.tr("cancel the request"))

    def _command(self, name: str, args: dict[str, Any], what: str) -> None:
        self.session.run(
            lambda commands: _simple(commands, name, args),
            what=what,
            on_done=self._on_simple_done,
            on_error=lambda error: self.links.noticeRequested.emit(
                self.tr("Could not {0}: {1}").format(what, failure_text(error)), "error"
            ),
        )

    def _on_simple_done(self, accepted: bool) -> None:
        if not accepted:
            self.links.noticeRequested.emit(
                self.tr("The server refused; nothing changed."), "error"
            )


async def _simple(commands: CommandClient, name: str, args: dict[str, Any]) -> bool:
    """Cancel or decline (``swap.cancel``, ``swap.decline``, ``timeoff.cancel``): whether
    the server took it; the lists change when its event arrives."""
    from protocol import workforce as wf

    if name == "timeoff.cancel":
        time_off = await commands.call(
            wf.TIME_OFF_CANCEL, wf.TimeOffRef.model_validate(args), wf.TimeOffAnswer
        )
        return time_off.accepted
    spec = wf.SWAP_CANCEL if name == "swap.cancel" else wf.SWAP_DECLINE
    answer = await commands.call(spec, wf.SwapRef.model_validate(args), wf.SwapAnswer)
    return answer.accepted
