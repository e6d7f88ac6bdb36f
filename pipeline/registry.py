"""Small explicit registries: adding a document type or a rule is one new module.

A registry refuses a duplicate key, so two modules can never silently claim the
same doc_type or the same check name.
"""
from __future__ import annotations

from typing import Callable, Generic, Iterator, TypeVar

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
