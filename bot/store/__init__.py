"""Storage: the tables and the database engine (SQLite or PostgreSQL)."""
