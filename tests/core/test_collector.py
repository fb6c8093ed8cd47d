"""collector_paused: automatic collection off inside, back as it was after."""

import gc
import threading

import pytest

from plugin.core.collector import collector_paused


def test_paused_inside_and_enabled_again_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_enabled_again_after_an_error():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_someone_else_switched_it_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_lasts_while_another_thread_is_still_inside():
    """The first thread's block ends inside the second's: collection stays off until the last ends."""
    second_inside = threading.Event()
    first_done = threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            second_inside.wait(5)
        first_done.set()

    def second() -> None:
        with collector_paused():
            second_inside.set()
            first_done.wait(5)
            seen.append(gc.isenabled())

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    threads[0].start()
    threads[1].start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]  # still paused: the second block had not ended
    assert gc.isenabled()
