"""The collector pause is counted: parses in several threads never switch it on under each other."""

from __future__ import annotations

import gc
import threading

import newsparse
from newsparse import collector

PAGE = (
    "<html><body><article><h1>Neue Radwege für die Innenstadt</h1>"
    "<p>Der Stadtrat hat am Dienstag beschlossen, vier neue Radwege zu bauen.</p>"
    "</article></body></html>"
)


def test_nested_pauses_resume_only_at_the_outermost_end() -> None:
    assert gc.isenabled()
    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_a_pause_in_one_thread_outlives_a_shorter_one_in_another() -> None:
    inside = threading.Event()
    leave = threading.Event()
    seen: list[bool] = []

    def long_parse() -> None:
        with collector.paused():
            inside.set()
            leave.wait(5)
            seen.append(gc.isenabled())

    thread = threading.Thread(target=long_parse)
    thread.start()
    assert inside.wait(5)
    newsparse.parse(PAGE)  # starts and ends while the other thread is still parsing
    assert not gc.isenabled()
    leave.set()
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_many_threads_leave_the_collector_as_they_found_it() -> None:
    def work() -> None:
        for _ in range(20):
            newsparse.parse(PAGE)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert gc.isenabled()
