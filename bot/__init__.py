"""The clinic's knowledge and rules in plain Python.

Nothing in this package imports Rasa: the FAQ store and matcher, the safety
triage, the clinic profile and the reply wording are all testable without a
trained model. `actions/` and `components/` adapt them to Rasa.
"""
