import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from channels import action_result_validation


def test_valid_and_invalid_action_results_are_judged_as_rasa_does():
    action_result_validation.install()
    action = RemoteAction("action_x", None)
    good = {"events": [{"event": "slot", "name": "last_topic", "value": "clinic"}], "responses": [{"text": "hi"}]}
    assert action._validate_action_result(good) is True
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result({"events": "not a list"})
