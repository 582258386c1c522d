"""Tests of server/channels: the intake path, the demo seed and the simulator."""
