"""The customer register: its import/export file, and finding people in it."""
