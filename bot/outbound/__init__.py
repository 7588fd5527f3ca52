"""Outbound: templates become messages, queued in the outbox and delivered with retry."""
