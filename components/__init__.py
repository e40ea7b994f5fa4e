"""Rasa graph components that adapt `bot/` rules into the NLU pipeline."""
