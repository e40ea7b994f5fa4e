"""Web front end of the clinic assistant: chat widget, demo page and front-desk screen.

Plain Sanic, no Rasa import: the chat is proxied to Rasa's REST webhook, the
front-desk report reads Rasa's SQLite tracker store read-only.
"""
