"""The action server (rasa_sdk) with a guard: only Rasa, holding the shared secret, gets in."""
