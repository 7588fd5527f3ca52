"""The compiled-regex cache (bot/reading/regexcache.py): a pattern read back from disk
matches exactly as re.compile's does, and a damaged, foreign or unwritable cache only
costs time, never a wrong match or an error."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.reading import classify, regexcache
from bot.reading.lexicon import LEXICONS, Lexicon

ROOT = Path(__file__).resolve().parent.parent

SOURCES = [
    r"slet(?:te)?\s+(?:mine\s+)?(?:data|oplysninger)",
    r"(?P<polite>vil\s+du)|(?P<cond>hvis)",  # named groups survive the round trip
    r"(?<!\w)kontakt(?:person)?(?!\w)\s+er\s+(?:stoppet|fratr(?:æ|ae)dt)",
    r"[|·•]\s*afmeld",
    r"(?i:GDPR)\s+art\.?\s*(\d+)",
]
TEXT = ("Hej. Vil du slette mine data? Hvis ikke, så slet oplysninger. Vores kontaktperson "
        "er fratrædt. | afmeld · afmeld gdpr Art. 17 og art 15")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache in tmp_path, as a new process would see it."""
    monkeypatch.setenv("DSRBOT_CACHE_DIR", str(tmp_path))
    _forget(monkeypatch)
    return tmp_path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process knows: nothing loaded, nothing compiled."""
    monkeypatch.setattr(regexcache, "_known", None)
    monkeypatch.setattr(regexcache, "_used", {})
    monkeypatch.setattr(regexcache, "_dirty", False)
    monkeypatch.setattr(regexcache, "_derived_known", None)
    monkeypatch.setattr(regexcache, "_derived_used", {})


def _behaviour(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None],
                                                         tuple[str | None, ...]]]:
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(TEXT.lower())]


@pytest.mark.parametrize("source", SOURCES)
def test_a_pattern_read_back_matches_as_re_compile(
        cache: Path, monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    regexcache.compile(source)
    assert regexcache.save() is not None
    _forget(monkeypatch)
    revived = regexcache.compile(source)
    assert source in regexcache._entries()  # really read from the file
    fresh = re.compile(source)
    assert revived.pattern == fresh.pattern
    assert revived.groupindex == fresh.groupindex
    assert revived.flags == fresh.flags
    assert _behaviour(revived) == _behaviour(fresh)
    assert _behaviour(fresh)  # the text exercises the pattern


def test_nothing_new_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexcache.compile(SOURCES[0])
    written = regexcache.save()
    assert written is not None
    _forget(monkeypatch)
    regexcache.compile(SOURCES[0])
    assert regexcache.save() is None


def test_only_used_drops_sources_nobody_asked_for(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for source in SOURCES:
        regexcache.compile(source)
    regexcache.save()
    _forget(monkeypatch)
    regexcache.compile(SOURCES[0])  # an edited lexicon no longer has the others
    regexcache.save(only_used=True)
    _forget(monkeypatch)
    assert set(regexcache._entries()) == {SOURCES[0]}


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\x00" * 64,
                                    b"\xfb\x01\x02"])
def test_a_damaged_file_costs_time_not_correctness(
        cache: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes) -> None:
    regexcache.path().write_bytes(damage)
    pattern = regexcache.compile(SOURCES[1])
    assert _behaviour(pattern) == _behaviour(re.compile(SOURCES[1]))


def test_damaged_code_in_an_entry_is_compiled_afresh(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    source = SOURCES[0]
    entry: regexcache.Entry = (source, int(re.UNICODE), b"\xff\xff\xff\xff" * 3, 0, {}, (None,))
    regexcache.path().write_bytes(marshal.dumps({source: entry}))
    pattern = regexcache.compile(source)
    assert _behaviour(pattern) == _behaviour(re.compile(source))


def test_a_bad_pattern_still_raises_re_error(cache: Path) -> None:
    with pytest.raises(re.error):
        regexcache.compile(r"slet(?:mig")


def test_an_unwritable_cache_is_not_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("DSRBOT_CACHE_DIR", str(blocker / "cache"))
    _forget(monkeypatch)
    assert _behaviour(regexcache.compile(SOURCES[2])) == _behaviour(re.compile(SOURCES[2]))
    assert regexcache.save() is None


def test_the_folder_follows_xdg_when_not_set(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.delenv("DSRBOT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regexcache.directory() == tmp_path / "dsrbot"


def _is_pair_of_str(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)


def test_a_derived_value_is_built_once_across_processes(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[int] = []

    def build() -> tuple[str, str]:
        builds.append(1)
        return ("slet", r"slet(?<!\wslet)\s+mig")

    first = regexcache.derived("k1", build, _is_pair_of_str)
    regexcache.save()
    _forget(monkeypatch)
    again = regexcache.derived("k1", build, _is_pair_of_str)
    assert again == first and len(builds) == 1  # the second came from the file
    regexcache.derived("k2", build, _is_pair_of_str)  # another key is built anew
    assert len(builds) == 2


def test_a_derived_value_that_fails_its_check_is_built_afresh(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    regexcache.derived_path().write_bytes(marshal.dumps({"k": ("only one",)}))
    assert regexcache.derived("k", lambda: ("a", "b"), _is_pair_of_str) == ("a", "b")
    regexcache.derived_path().write_bytes(b"\x00not marshal")
    _forget(monkeypatch)
    assert regexcache.derived("k", lambda: ("c", "d"), _is_pair_of_str) == ("c", "d")


def test_only_used_drops_derived_values_nobody_asked_for(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexcache.derived("old", lambda: ("a", "b"), _is_pair_of_str)
    regexcache.save()
    _forget(monkeypatch)
    regexcache.derived("new", lambda: ("c", "d"), _is_pair_of_str)
    regexcache.save(only_used=True)
    _forget(monkeypatch)
    built: list[str] = []

    def build(name: str) -> tuple[str, str]:
        built.append(name)
        return ("x", "y")

    regexcache.derived("old", lambda: build("old"), _is_pair_of_str)
    assert regexcache.derived("new", lambda: build("new"), _is_pair_of_str) == ("c", "d")
    assert built == ["old"]  # the one nobody asked for was dropped, the other kept


def test_a_derived_value_is_built_once_in_a_process(cache: Path) -> None:
    built: list[int] = []

    def build() -> tuple[str, str]:
        built.append(1)
        return ("a", "b")

    for _ in range(3):
        regexcache.derived("k", build, _is_pair_of_str)
    assert built == [1]


def _danish_layout_saved(monkeypatch: pytest.MonkeyPatch) -> tuple[Lexicon, classify._Layout]:
    """Danish's layout built and saved, then forgotten as a new process would."""
    lex = LEXICONS["da"]
    built = classify._cached_layout(lex)
    regexcache.save()
    _forget(monkeypatch)
    return lex, built


def test_a_lexicon_layout_read_back_is_the_one_it_would_build(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lex, built = _danish_layout_saved(monkeypatch)
    monkeypatch.setattr(classify, "_layout", lambda _: pytest.fail("built, not read"))
    assert classify._cached_layout(lex) == built
    assert built[0] and built[1]  # rules and gates, not an empty layout


def test_an_edited_lexicon_never_gets_the_old_layout(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lex, _ = _danish_layout_saved(monkeypatch)
    edited_cue = lex.cues[0]._replace(pattern="slet (?:nu )?alt om mig")
    edited = dataclasses.replace(lex, cues=(edited_cue, *lex.cues[1:]))
    layout = classify._cached_layout(edited)
    assert layout == classify._layout(edited) != classify._layout(lex)
    assert any(source.startswith("slet") and "alt" in source for i, _, source in layout[0]
               if i == 0)


def test_an_edited_macro_or_engine_makes_a_new_key(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lex, _ = _danish_layout_saved(monkeypatch)
    built: list[str] = []
    real = classify._layout

    def counted(lx: Lexicon) -> classify._Layout:
        built.append(lx.code)
        return real(lx)

    monkeypatch.setattr(classify, "_layout", counted)
    macros = {**lex.macros, "my": lex.macros["my"].replace("(?:", "(?:vores egne|", 1)}
    with_macro = dataclasses.replace(lex, macros=macros)
    assert classify._cached_layout(with_macro) == real(with_macro) != real(lex)
    monkeypatch.setattr(classify, "_ENGINE_DIGEST", "another engine")
    classify._cached_layout(lex)
    assert built == ["da", "da"]  # neither was taken from the cache


def test_a_layout_with_gates_that_do_not_match_its_rules_is_damaged() -> None:
    rules = ((0, "slet", "slet(?<!\\wslet)"), (1, "fjern", "fjern(?<!\\wfjern)"))
    assert classify._is_layout((rules, (("slet", ""), ("fjer", ""))), cues=2)
    assert not classify._is_layout((rules, (("slet", ""),)), cues=2)
    assert not classify._is_layout((rules, (("fjer", ""), ("slet", ""))), cues=2)
    assert not classify._is_layout((rules, (("slet", ""), ("fjer", ""))), cues=1)


def test_preload_leaves_every_rule_for_the_next_process(tmp_path: Path) -> None:
    """A second process reads every rule from the file preload wrote and classifies the
    same as a process that compiled them all."""
    script = ("import sys; sys.path.insert(0, sys.argv[1]); "
              "from bot.reading import classify, regexcache as r; calls = []; f = r._fresh; "
              "r._fresh = lambda s: calls.append(s) or f(s); known = len(r._entries()); "
              "classify.preload(); print(known, len(calls)); "
              "print(sorted(classify.classify(sys.argv[2]).intents))")
    env = {"DSRBOT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    text = "Hej, jeg vil gerne have en kopi af mine oplysninger. Slet derefter alle mine data."
    runs = [subprocess.run([sys.executable, "-c", script, str(ROOT), text], env=env,
                           check=True, capture_output=True, text=True).stdout.splitlines()
            for _ in range(2)]
    cold, warm = runs
    known, compiled = map(int, cold[0].split())
    assert known == 0 and compiled > 4000  # every rule compiled, then saved
    known, compiled = map(int, warm[0].split())
    assert known > 4000 and compiled == 0  # every rule read back, none compiled
    assert cold[1] == warm[1] == "['access', 'erasure']"


@pytest.mark.parametrize(("rest", "whole"), [
    (r"\s+vil", True), (r"'ve\s+moved", True), (r",?\s+at", True),
    (r"(?:'ve|\s+have)?\s+moved", True),
    (r"\.?(?!\w)\s+om", True), (r"e?\s+adresse", False), (r"(?:ten)?\s+til", False),
    (r" ?tykke", False), (r"\w*", False), ("", False), (r"-?mail", False), (r"-mail", True),
])
def test_what_follows_a_short_literal_says_whether_it_is_a_whole_word(rest: str,
                                                                      whole: bool) -> None:
    from bot.reading.classify import _ends_word

    assert _ends_word(rest) is whole


def test_a_short_literal_a_word_may_go_on_from_is_spelt_out() -> None:
    from bot.reading.classify import _lengthen

    assert _lengthen("nye? adresse") == ["nye adresse", "ny adresse"]
    assert _lengthen("ret(?:ten)? til") == ["retten til", "ret til"]
    assert _lengthen("cop(?:y|ies) of") == ["copy of", "copies of"]
    assert _lengthen("sam ?tykke") == ["sam tykke", "samtykke"]
    assert _lengthen("slet mig") == ["slet mig"]  # four letters already


def test_a_whole_word_group_runs_only_where_the_word_stands() -> None:
    """ "har" + " ...": "Harald" alone lets no rule of the group run, and nothing is lost,
    for none of them could match there."""
    from bot.reading.classify import DEFAULT_CONTEXT, _compiled, _Document, _scan

    comp = _compiled("da")
    group = comp.groups[comp.index["har"]]
    assert group.whole_word() and comp.index["har"] not in comp.always
    doc = _Document.of("Harald ringede i går.", "", DEFAULT_CONTEXT)
    assert "har" not in doc.word_starts
    assert all(hit.start != 0 for hit in _scan(doc, comp, doc.word_starts))
