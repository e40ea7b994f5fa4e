import pytest

from tests.e2e.servers import MODEL, Servers


@pytest.fixture(scope="session")
def servers(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("No trained model: run `make train` first (make test does this).")
    running = Servers(tmp_path_factory.mktemp("bot"))
    try:
        running.start_actions()
        running.start_rasa()
        yield running
    finally:
        running.stop()
