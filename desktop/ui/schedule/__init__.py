"""The My day page: today's timeline, the weeks ahead, breaks, adherence, swaps, time off."""
