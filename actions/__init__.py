"""Thin rasa_sdk adapters: read the tracker, ask `bot/` for the reply, deliver it."""
