"""Compiled regular expressions kept on disk between runs, as Python keeps __pycache__.

CPython compiles a pattern in pure Python (re._parser, re._compiler): the lexicons' five
thousand rules cost over three seconds. What comes out is a list of integers that the C
engine (_sre) takes as it is, so this module stores that list per pattern source and, in
the next process, hands it straight to _sre.compile: every rule in about a tenth of a
second (bench/classify.py). The file is named after the exact interpreter version and
the engine's magic number; anything unexpected (another interpreter, a damaged or
foreign file, an internal API that moved) falls back to re.compile, which is always
right, and only costs the time. Nothing here can change what a pattern matches: a
source either gets the code CPython itself compiles for it, or is compiled afresh.

Beside the compiled code it keeps values derived from pattern sources (`derived`): the
rule sources a lexicon expands to, under a key its caller builds from everything they
depend on, so an edit anywhere makes a new key rather than a stale value.

Where: $DSRBOT_CACHE_DIR, else $XDG_CACHE_HOME/dsrbot, else ~/.cache/dsrbot. A cache
that cannot be written is not an error: the next process compiles again.
"""

from __future__ import annotations

import array
import importlib
import marshal
import os
import platform
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

try:  # CPython's own compiler, private: any surprise means "compile the normal way"
    _sre: Any = importlib.import_module("_sre")
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _MAGIC = f"{platform.python_implementation()}-{platform.python_version()}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # another interpreter
    _sre = _parser = _compiler = None
    _MAGIC = ""

# (source, flags, code as 32-bit words, groups, groupindex, indexgroup): _sre.compile's
# arguments, with the code packed (a list of ints would take ten times the disk)
Entry = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]

_lock = threading.Lock()
_known: dict[str, Entry] | None = None  # loaded on first use
_used: dict[str, Entry] = {}  # the entries this process asked for
_dirty = False  # something compiled here that the file does not hold
_derived_known: dict[str, Any] | None = None  # derived values, loaded on first use
_derived_used: dict[str, Any] = {}

T = TypeVar("T")


def directory() -> Path:
    """Where the cache lives (see the module docstring)."""
    if explicit := os.environ.get("DSRBOT_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dsrbot"


def path() -> Path:
    return directory() / f"regex-{_MAGIC}-{sys.maxunicode}.marshal"


def derived_path() -> Path:
    return directory() / f"derived-{_MAGIC}-{sys.maxunicode}.marshal"


def derived(key: str, build: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """build(), or what this or an earlier process's build() gave for the same key. ``key``
    must name everything the value depends on; ``valid`` checks a value read from disk (a
    damaged file is built afresh). The value must be made of what marshal stores."""
    global _derived_known
    with _lock:
        if key in _derived_used:
            return cast(T, _derived_used[key])
        if _derived_known is None:
            _derived_known = _read(derived_path()) if _sre is not None else {}
        known: Any = _derived_known.get(key)
    value = known if known is not None and valid(known) else build()
    with _lock:  # two threads may both build: the values are equal, the first one stays
        return cast(T, _derived_used.setdefault(key, value))


def compile(source: str) -> re.Pattern[str]:  # re.compile's name, on purpose
    """re.compile(source), taken from the cache when it holds the source."""
    if _sre is None:
        return re.compile(source)
    entry = _entries().get(source)
    if entry is not None:
        pattern = _revive(entry)
        if pattern is not None:
            _used[source] = entry
            return pattern
    return _fresh(source)


def _entries() -> dict[str, Entry]:
    global _known
    if _known is None:
        with _lock:
            if _known is None:
                _known = _read(path())
    return _known


def _read(file: Path) -> dict[str, Entry]:
    try:
        data = marshal.loads(file.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _revive(entry: Entry) -> re.Pattern[str] | None:
    try:
        source, flags, packed, groups, groupindex, indexgroup = entry
        code = array.array("I")
        code.frombytes(packed)
        pattern: re.Pattern[str] = _sre.compile(source, flags, code.tolist(), groups,
                                                groupindex, indexgroup)
    except (ValueError, TypeError, RuntimeError):  # damaged: _sre validates the code
        return None
    return pattern


def _fresh(source: str) -> re.Pattern[str]:
    """Compile as re.compile does (re._compiler.compile), keeping the arguments."""
    global _dirty
    try:
        tree = _parser.parse(source, 0)
        code = _compiler._code(tree, 0)
        state = tree.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        entry: Entry = (source, state.flags, array.array("I", code).tobytes(),
                        state.groups - 1, dict(state.groupdict), tuple(indexgroup))
    except re.error:
        raise
    except Exception:  # the private API moved: compile the public way
        return re.compile(source)
    pattern = _revive(entry)
    if pattern is None:
        return re.compile(source)
    _used[source] = entry
    _dirty = True
    return pattern


def save(*, only_used: bool = False) -> Path | None:
    """Write what this process compiled; `only_used` drops entries it never asked for
    (after compiling every rule: sources of edited lexicon entries go). Returns the file,
    or None when there was nothing new or it could not be written."""
    global _dirty, _known
    if _sre is None:
        return None
    _save_derived(only_used)
    entries = dict(_used) if only_used else {**_entries(), **_used}
    if not _dirty and entries.keys() == _entries().keys():
        return None
    target = path()
    if not _write(target, entries):
        return None
    _known, _dirty = entries, False
    return target


def _save_derived(only_used: bool) -> None:
    """Write the derived values as save() writes the code (quietly, atomically)."""
    global _derived_known
    with _lock:
        known = dict(_derived_known or {})
        values = dict(_derived_used) if only_used else {**known, **_derived_used}
    if values != known and _write(derived_path(), values):
        with _lock:
            _derived_known = values


def _write(target: Path, data: dict[str, Any]) -> bool:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as out:
            out.write(marshal.dumps(data))
        os.replace(out.name, target)  # atomic: a reader sees the old file or the new
    except OSError:
        return False
    return True
