"""Retention: the date rules of holds and the sweep that enforces them."""
