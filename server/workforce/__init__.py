"""Workforce management (issue 11): schedules, shift trades and time off, adherence and
KPIs. A layer above the ACD because it composes the domains (presence, calls, surveys,
conversations) and routing's tables (skills, offers): ``schedules/`` (shifts, the policy,
import, publish, edits), ``trades/`` (swaps, giveaways, time off and their rules),
``measures/`` (presence history, adherence and conformance, the agent's KPIs)."""
