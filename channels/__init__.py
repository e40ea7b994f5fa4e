"""Rasa input channels used by the clinic assistant."""
