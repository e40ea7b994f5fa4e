"""Production scale-out profile (configs, scripts and the atomic Redis lock store)."""
