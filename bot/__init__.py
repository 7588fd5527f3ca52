"""dsrbot: answers GDPR data-subject requests for a small company."""

__version__ = "0.1.0"
