"""Thin rasa_sdk adapters: read the tracker, ask `bot/` for the reply, deliver it."""

from bot.privacy import install_log_masking

install_log_masking()
