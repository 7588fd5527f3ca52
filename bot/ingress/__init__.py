"""The channels mail and messages arrive by; each only receives, stores and acknowledges."""
