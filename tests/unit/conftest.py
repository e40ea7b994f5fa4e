import copy

import pytest

from bot.clinic_profile import load_profile
from bot.data_files import PROFILE_PATH, read_yaml


@pytest.fixture(scope="session")
def profile():
    return load_profile()


@pytest.fixture
def raw_profile():
    return copy.deepcopy(read_yaml(PROFILE_PATH))


@pytest.fixture
def good_entry():
    return {
        "id": "ses-what-to-wear",
        "topic": "session",
        "question": "What should I wear?",
        "phrasings": [f"what do i wear number {n}" for n in range(10)],
        "answer": "Wear something comfortable; only the area being worked on is uncovered. Sessions are {session_lengths}.",
        "sources": ["23"],
        "reviewed": "2026-11-20",
    }


@pytest.fixture(scope="session")
def safety_classifier():
    """The safety classifier trained on safety/train/ (cached under models/ by the corpus's hash)."""
    from bot.safety_classifier import load_or_train
    from bot.safety_corpus import PROJECT_ROOT, TRAIN_DIR

    return load_or_train(TRAIN_DIR, PROJECT_ROOT / "models")
