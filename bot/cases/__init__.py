"""Cases: from a stored message to a case, its statuses, plans, staff decisions and runner."""
