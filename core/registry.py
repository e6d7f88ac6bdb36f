"""Small explicit registries: adding a document type or a rule is one new module.

A registry refuses a duplicate key, so two modules can never silently claim the
same doc_type or the same check name.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def add(self, key: str, item: T) -> T:
        if key in self._items:
            raise ValueError(f"{self.kind} {key!r} is already registered")
        self._items[key] = item
        return item

    def register(self, key: str) -> Callable[[T], T]:
        def deco(item: T) -> T:
            return self.add(key, item)
        return deco

    def get(self, key: str) -> T | None:
        return self._items.get(key)

    def __getitem__(self, key: str) -> T:
        return self._items[key]

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def items(self):
        return self._items.items()

    def values(self):
        return self._items.values()

    def __len__(self) -> int:
        return len(self._items)


def import_submodules(package: str, path: Iterable[str], skip: Iterable[str] = ()) -> None:
    """Import every module of a package (sorted, ``_private`` and ``skip`` left out), so
    that the modules' registrations run: how ``checks`` and ``extractors.parsers`` load."""
    skipped = set(skip)
    for mod in sorted(pkgutil.iter_modules(path), key=lambda m: m.name):
        if not mod.name.startswith("_") and mod.name not in skipped:
            importlib.import_module(f"{package}.{mod.name}")
