"""Reading: raw MIME to one message, what it asks for, who asks, and how well we read."""
