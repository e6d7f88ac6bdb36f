"""Text fingerprints for near-duplicate detection: normalise, shingle, MinHash.

Why this shape:

* Work summaries (工作小结) follow a prescribed outline (notice 2021 附件7:
  基本情况、工作情况、主要业绩、专业特长、今后努力方向), so two honest summaries
  share their headings and stock phrases. Those set phrases and the outline's
  enumerators (一、 (二) 3.) are removed before shingling; otherwise every pair
  of summaries would look alike.
* Chinese has no word boundaries, so the unit is a character 5-gram after
  whitespace and punctuation are dropped; one changed character touches at
  most five shingles.
* Shingles are hashed with a fixed polynomial hash (numpy, vectorised) rather
  than Python's ``hash`` (salted per process) so that signatures saved one
  night can be compared with texts of the next.
* MinHash is datasketch's (affine32 scheme, num_perm=128, seed 1); the exact
  overlap is then confirmed on the sorted shingle-hash arrays.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Sequence

import numpy as np
from datasketch import MinHash

from core.normalize import nfkc

K = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"

# Stock phrases of the genre (longest first at use). Removing a phrase from
# both texts of a pair only lowers their overlap, never raises it.
SUMMARY_SET_PHRASES: tuple[str, ...] = (
    "专业技术工作总结", "专业技术工作小结", "个人工作总结", "个人工作小结", "工作总结", "工作小结",
    "基本情况", "开展工作情况", "工作开展情况", "主要工作情况", "工作情况", "取得业绩", "主要业绩",
    "业绩成果", "工作业绩", "专业特长经验", "专业特长", "今后的努力方向", "今后努力方向", "努力方向",
    "存在的不足", "不足之处", "本人", "姓名", "性别", "毕业学校", "毕业院校", "现专业技术资格", "简历",
    "参加工作以来", "现将", "总结如下", "汇报如下", "具体如下", "述职人", "申报人", "此致敬礼",
)
PAPER_SET_PHRASES: tuple[str, ...] = (
    "摘要", "关键词", "关键字", "中图分类号", "文献标识码", "文献标志码", "文章编号", "基金项目",
    "作者简介", "收稿日期", "引言", "前言", "结论", "结语", "参考文献", "abstract", "keywords",
)

# outline enumerators at the start of a line or sentence: 一、 （二） (3) 4. 5、 第六，
_HEADING = re.compile(
    r"(?:^|(?<=[。;!?:]))[ \t\u3000]*(?:第?[一二三四五六七八九十]+[、.．，,]|[（(][一二三四五六七八九十\d]+[)）]"
    r"|\d{1,2}[、.．](?!\d))",
    re.MULTILINE,
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# a 参考文献 heading on its own line (also [参考文献], References)
_REFERENCES = re.compile(r"^[ \t\u3000\[【]*(参考文献|references)[\]】:：\s]*$", re.MULTILINE | re.IGNORECASE)


def _phrase_regex(phrases: Sequence[str]) -> re.Pattern:
    ordered = sorted({_NON_WORD.sub("", nfkc(p)).lower() for p in phrases},
                     key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in ordered if p))


_SUMMARY_RE = _phrase_regex(SUMMARY_SET_PHRASES)
_PAPER_RE = _phrase_regex(PAPER_SET_PHRASES)


def normalize(text: Optional[str], phrases: Optional[re.Pattern] = _SUMMARY_RE) -> str:
    """NFKC, lower case, outline enumerators, whitespace, punctuation and the
    set phrases removed. The result is what shingles are taken from."""
    s = nfkc(text).lower()
    s = _HEADING.sub("", s)
    s = _NON_WORD.sub("", s)
    if phrases is not None:
        s = phrases.sub("", s)
    return s


def normalize_summary(text: Optional[str]) -> str:
    return normalize(text, _SUMMARY_RE)


def normalize_paper(text: Optional[str]) -> str:
    return normalize(text, _PAPER_RE)


def strip_references(text: str) -> str:
    """The text before the last 参考文献 heading (the whole text when none)."""
    last = None
    for last in _REFERENCES.finditer(text or ""):
        pass
    return text[: last.start()] if last else (text or "")


def shingle_hashes(norm: str, k: int = K) -> np.ndarray:
    """Sorted unique uint32 hashes of the character k-grams of a normalised text.

    A polynomial hash over the code points, mixed down to 32 bits; stable
    across processes and machines."""
    if len(norm) < k:
        return np.empty(0, dtype=np.uint32)
    cps = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(cps) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    mult = np.uint64(1000003)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * mult + cps[j: j + n]
        h ^= h >> np.uint64(31)
        h *= np.uint64(0x9E3779B97F4A7C15)
        h ^= h >> np.uint64(29)
    return np.unique((h >> np.uint64(32)).astype(np.uint32))


def shingle_set(norm: str, k: int = K) -> set[str]:
    """The k-grams themselves (for tests and for showing a reviewer)."""
    return {norm[i: i + k] for i in range(len(norm) - k + 1)}


@lru_cache(maxsize=8)
def _permutations(seed: int = SEED) -> np.ndarray:
    return MinHash(num_perm=NUM_PERM, seed=seed, scheme=SCHEME).permutations


_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (datasketch's affine32 pre-mix)."""
    s1, m1, s2, m2, s3 = _FMIX
    h = h ^ (h >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    return h ^ (h >> s3)


def minhash_of(hashes: np.ndarray, seed: int = SEED) -> MinHash:
    """datasketch MinHash (affine32) of pre-hashed shingles.

    Computes exactly what ``MinHash.update_batch`` computes for an identity
    hash function (fmix32, then a·h + b mod 2^32, column minimum) but without
    its per-item Python loop: the 10,000-summary batch spends most of its
    time here otherwise. tests/test_dedup.py checks the equality."""
    a, b = _permutations(seed)
    values = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    if len(hashes):
        with np.errstate(over="ignore"):
            perm = np.multiply.outer(a, _fmix32(np.asarray(hashes, dtype=np.uint32)))
            perm += b[:, None]
            values = perm.min(axis=1)
    return MinHash(seed=seed, scheme=SCHEME, hashvalues=values, permutations=_permutations(seed))


def minhash_from_values(values: Iterable[int]) -> MinHash:
    """Rebuild a MinHash from stored hash values (another night's signature)."""
    return MinHash(seed=SEED, scheme=SCHEME, hashvalues=list(values), permutations=_permutations())


def digest(norm: str) -> str:
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class Fingerprint:
    """One text's shingle hashes, MinHash and digest of its normalised form."""
    hashes: np.ndarray
    minhash: MinHash
    digest: str
    length: int  # characters of the normalised text

    @property
    def hashvalues(self) -> list[int]:
        return [int(v) for v in self.minhash.hashvalues]


def fingerprint(norm: str, k: int = K) -> Fingerprint:
    hashes = shingle_hashes(norm, k)
    return Fingerprint(hashes=hashes, minhash=minhash_of(hashes), digest=digest(norm), length=len(norm))


def overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(containment, jaccard) of two sorted unique hash arrays. Containment is
    shared shingles over the smaller set: a summary copied into a longer one
    still counts as copied."""
    if not len(a) or not len(b):
        return 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / min(len(a), len(b)), inter / (len(a) + len(b) - inter)
