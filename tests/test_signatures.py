"""The one load/save of earlier nights' signatures: a missing or broken store never stops a check."""
from __future__ import annotations

import logging

from checks import signatures


class Broken:
    def load_signatures(self, kind):
        raise RuntimeError("database is locked")

    def save_signatures(self, kind, rows):
        raise RuntimeError("database is locked")


class Kept:
    def __init__(self):
        self.rows = {}

    def load_signatures(self, kind):
        return self.rows.get(kind, [])

    def save_signatures(self, kind, rows):
        self.rows[kind] = list(rows)


def test_no_store_loads_nothing_and_saves_nowhere():
    assert signatures.load(None, "phash") == []
    signatures.save(None, "phash", [("A1", "x.pdf#p1", [1, 2], "diploma:ab")])
    assert signatures.load(object(), "phash") == []


def test_a_broken_store_is_a_warning_not_a_crash(caplog):
    with caplog.at_level(logging.WARNING):
        assert signatures.load(Broken(), "summary") == []
        signatures.save(Broken(), "summary", [("A1", "work_summary", [1], "d")])
    assert [r.levelno for r in caplog.records] == [logging.WARNING, logging.WARNING]


def test_rows_round_trip_per_kind_and_empty_saves_are_skipped():
    store = Kept()
    signatures.save(store, "paper", [("A1", "p.pdf", [1, 2, 3], "d1")])
    signatures.save(store, "paper", [])
    assert signatures.load(store, "paper") == [("A1", "p.pdf", [1, 2, 3], "d1")]
    assert signatures.load(store, "phash") == []
