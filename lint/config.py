"""`.copydesk.yaml`: discovery, validation and per-path rule settings.

The nearest `.copydesk.yaml` above a checked file applies (no merging up the
tree); `--config FILE` replaces discovery. Paths inside a config are relative to
its folder. Every mistake is a ConfigError naming the file, the line and, for a
misspelt name, the closest valid one.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from . import files
from .diagnostics import SEVERITIES
from .errors import ConfigError, ParameterError, UserError, closest
from .globs import Glob
from .model.kinds import LOCALES as LANGUAGES
from .record import Record
from .rulebook import Rulebook
from .yamlsource import Lines, line_of, load_file

FILENAME = ".copydesk.yaml"
KEYS = ("language", "as_of", "exclude", "rule_folders", "vocabulary", "rules", "overrides", "grammar")
OFF = "off"
GRAMMAR = "grammar"  # the rule that the documented top-level `grammar:` key configures
LEVELS = (OFF, *SEVERITIES)


class RuleSetting(NamedTuple):
    severity: str | None = None  # None keeps the rule's default; OFF turns it off
    options: Mapping[str, Any] = {}
    fix: bool | None = None  # False: the rule's findings carry no fix; None keeps it


class Override(NamedTuple):
    files: tuple[str, ...]
    patterns: tuple[Glob, ...]
    rules: Mapping[str, RuleSetting]


class Config(Record):
    FIELDS = ("path", "folder", "language", "as_of", "exclude", "rule_folders", "vocabulary", "rules", "overrides",
              "rulebook")
    HIDDEN = frozenset({"rulebook"})

    def __init__(self, path: Path | None = None, folder: Path | None = None, language: str = "en-US",
                 as_of: dt.date | None = None, exclude: tuple[Glob, ...] = (), rule_folders: tuple[Path, ...] = (),
                 vocabulary: frozenset[str] = frozenset(), rules: Mapping[str, RuleSetting] | None = None,
                 overrides: tuple[Override, ...] = (), rulebook: Rulebook | None = None) -> None:
        self.path = path
        self.folder = folder if folder is not None else Path.cwd()
        self.language, self.as_of, self.exclude, self.rule_folders = language, as_of, exclude, rule_folders
        self.vocabulary, self.overrides = vocabulary, overrides
        self.rules: Mapping[str, RuleSetting] = rules if rules is not None else {}
        self.rulebook = rulebook if rulebook is not None else Rulebook()

    def relative(self, path: Path) -> str | None:
        """`path` relative to the config's folder, with / separators, or None
        when it lies outside."""
        folder = os.path.join(os.path.abspath(self.folder), "")  # with a trailing separator
        full = os.path.abspath(path)
        if not full.startswith(folder):
            return None if full != folder[:-1] else "."
        return full[len(folder):].replace(os.sep, "/")

    def is_excluded(self, path: Path) -> bool:
        if not self.exclude:
            return False  # most configs: no path to work out for each of a thousand drafts
        rel = self.relative(path)
        return rel is not None and any(p.fullmatch(rel) for p in self.exclude)

    def settings_for(self, rel: str | None) -> tuple[tuple[int, ...], dict[str, RuleSetting]]:
        """The rule settings for a file (config folder-relative path), with the
        indexes of the overrides that matched (a cache key)."""
        merged = dict(self.rules)
        matched = []
        for i, override in enumerate(self.overrides):
            if rel is not None and any(p.fullmatch(rel) for p in override.patterns):
                matched.append(i)
                for rule_id, setting in override.rules.items():
                    merged[rule_id] = _merge(setting, merged.get(rule_id))
        return tuple(matched), merged


def load(path: Path) -> Config:
    data, lines = load_file(path)
    return from_mapping(data if data is not None else {}, path=path, lines=lines)


def from_mapping(data: Any, *, path: Path | None = None, folder: Path | None = None,
                 lines: Lines | None = None) -> Config:
    lines = lines or None
    source = path or "config"

    def fail(message: str, *key: Any) -> ConfigError:
        return ConfigError(message, source, line_of(lines, *key) if lines else None)

    if not isinstance(data, Mapping):
        raise fail("the config must be a mapping of keys such as rules, exclude, vocabulary")
    # Every mistake is reported in one run, a line each: each part is read on
    # its own, and what fails is collected rather than raised at once.
    problems: list[ConfigError] = []

    def attempt(read, default=None):
        try:
            return read()
        except ConfigError as exc:
            problems.append(exc)
            return default

    for key in data:
        if key not in KEYS:
            problems.append(fail(f"unknown key '{key}'{closest(key, KEYS)}", key))
    folder = folder or (path.parent if path else Path.cwd())
    config = Config(path=path, folder=folder)

    def language() -> str:
        value = data.get("language", "en-US")
        if value not in LANGUAGES:
            raise fail(f"language must be one of {', '.join(LANGUAGES)}, not '{value}'", "language")
        return value

    def as_of() -> dt.date | None:
        if data.get("as_of") is None:
            return None
        value = parse_date(data["as_of"])
        if value is None:
            raise fail("as_of must be a date such as 2025-03-01", "as_of")
        return value

    def named(name: str, *key: Any) -> Path:
        """A path the config names: relative to its folder, and inside the
        project when the config is a file (one handed over in code is trusted)."""
        return in_project(folder, name, fail, *key) if path is not None else folder / name

    def rule_folder(i: int, name: str) -> Path:
        if not (folder / name).is_dir():
            raise fail(f"rule folder not found: {name}", "rule_folders", i)
        return named(name, "rule_folders", i)

    config.language = attempt(language, "en-US")
    config.as_of = attempt(as_of)
    config.exclude = tuple(Glob(g) for g in attempt(lambda: _strings(data, "exclude", fail), []))
    folders = [attempt(lambda i=i, n=n: rule_folder(i, n)) for i, n in
               enumerate(attempt(lambda: _strings(data, "rule_folders", fail), []))]
    config.rule_folders = tuple(f for f in folders if f is not None)
    config.rulebook = Rulebook(config.rule_folders)
    config.vocabulary = attempt(lambda: _vocabulary(data.get("vocabulary"), named, fail), frozenset())
    rules = data.get("rules")
    if isinstance(rules, Mapping):  # each rule on its own, so every mistake in them is reported
        config.rules = {}
        for rule_id, setting in rules.items():
            config.rules.update(attempt(lambda r=rule_id, s=setting: _rule_settings(
                {r: s}, config.rulebook, named, fail, ("rules",)), {}))
    else:
        config.rules = attempt(lambda: _rule_settings(rules, config.rulebook, named, fail, ("rules",)), {})
    if data.get("grammar") is not None:
        def grammar() -> None:
            alias = _grammar_alias(data["grammar"], config.rulebook, fail)
            settings = _rule_settings({GRAMMAR: alias}, config.rulebook, named, fail, ())
            config.rules = {**config.rules, GRAMMAR: _merge(settings[GRAMMAR], config.rules.get(GRAMMAR))}
        attempt(grammar)

    overrides = data.get("overrides") or []
    if not isinstance(overrides, list):
        problems.append(fail("overrides must be a list of {files: [...], rules: {...}} entries", "overrides"))
        overrides = []
    found = [attempt(lambda e=entry, i=i: _override(e, i, config.rulebook, named, fail))
             for i, entry in enumerate(overrides)]
    config.overrides = tuple(o for o in found if o is not None)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ConfigErrors(problems)
    return config


class ConfigErrors(ConfigError):
    """Several mistakes in one config: one line each."""

    def __init__(self, problems: list[ConfigError]) -> None:
        UserError.__init__(self, "\ncopydesk: error: ".join(str(p) for p in problems))
        self.problems = problems


def _grammar_alias(value: Any, rulebook: Rulebook, fail) -> dict[str, Any]:
    """The documented top-level `grammar: {enabled: true, server: ...}` as the
    rule setting `rules: {grammar: {...}}`, so grammar is configured through the
    same path as every other rule; `enabled` turns the rule on or off."""
    if not isinstance(value, Mapping):
        raise fail("grammar must be a mapping: {enabled: true, server: URL, ...}", GRAMMAR)
    setting = dict(value)
    enabled = setting.pop("enabled", None)
    if enabled is not None and not isinstance(enabled, bool):
        raise fail("grammar.enabled must be true or false", GRAMMAR, "enabled")
    if "severity" in setting and not isinstance(setting["severity"], Mapping):  # LanguageTool's per-category map
        raise fail("grammar.severity maps LanguageTool categories to error, warning or suggestion",
                   GRAMMAR, "severity")
    severity = setting.pop("severity", None)
    if enabled is not None:
        setting["severity"] = rulebook.get(GRAMMAR).severity if enabled else OFF
    return {**setting, **({"categories": severity} if severity is not None else {})}


def _merge(setting: RuleSetting, base: RuleSetting | None) -> RuleSetting:
    """`setting` over `base`: its severity and fix switch when it has them, options merged."""
    if base is None:
        return setting
    return RuleSetting(setting.severity or base.severity, {**base.options, **setting.options},
                       base.fix if setting.fix is None else setting.fix)


def _override(entry: Any, i: int, rulebook: Rulebook, named, fail) -> Override:
    at = ("overrides", i)
    if not isinstance(entry, Mapping):
        raise fail("each override needs 'files' (globs) and 'rules'", *at)
    for key in entry:
        if key not in ("files", "rules"):
            raise fail(f"unknown key '{key}'{closest(key, ('files', 'rules'))}; "
                       "each override needs 'files' (globs) and 'rules'", *at, key)
    if "files" not in entry:
        raise fail("each override needs 'files' (globs) and 'rules'", *at)
    files = _strings(entry, "files", fail, *at)
    rules = _rule_settings(entry.get("rules"), rulebook, named, fail, (*at, "rules"))
    return Override(tuple(files), tuple(Glob(g) for g in files), rules)


def _strings(data: Mapping, key: str, fail, *at: Any) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"{key} must be a list of strings", *at, key)
    return value


def _vocabulary(value: Any, named, fail) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, Mapping):
        raise fail("vocabulary must be a mapping with 'accept' and/or 'accept_file'", "vocabulary")
    for key in value:
        if key not in ("accept", "accept_file"):
            raise fail(f"unknown key '{key}'{closest(key, ('accept', 'accept_file'))}", "vocabulary", key)
    words = set(_strings(value, "accept", fail, "vocabulary"))
    if value.get("accept_file"):
        if not isinstance(value["accept_file"], str):
            raise fail("accept_file must be a path", "vocabulary", "accept_file")
        file = named(value["accept_file"], "vocabulary", "accept_file")
        try:
            text = files.read_text(file)
        except (OSError, UnicodeDecodeError) as exc:
            reason = "not valid UTF-8" if isinstance(exc, UnicodeDecodeError) else exc.strerror or str(exc)
            raise fail(f"cannot read vocabulary file {value['accept_file']}: {reason}",
                       "vocabulary", "accept_file") from None
        words.update(w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#"))
    return frozenset(words)


def _rule_settings(value: Any, rulebook: Rulebook, named, fail, at: tuple) -> dict[str, RuleSetting]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise fail("rules must map rule ids to off, suggestion, warning, error or {severity: ..., option: ...}", *at)
    out = {}
    for rule_id, setting in value.items():
        where = (*at, rule_id)
        if rule_id not in rulebook:
            raise fail(f"unknown rule '{rule_id}'{closest(rule_id, rulebook.ids())}", *where)
        if isinstance(setting, str) or setting is False:
            setting = OFF if setting is False else setting
            if setting not in LEVELS:
                levels = ", ".join(LEVELS)
                raise fail(f"'{setting}' is not a level; use one of {levels}{closest(setting, LEVELS)}", *where)
            out[rule_id] = RuleSetting(setting)
            continue
        if not isinstance(setting, Mapping):
            raise fail(f"rule '{rule_id}' takes a level ({', '.join(LEVELS)}) or a mapping of options", *where)
        severity = setting.get("severity")
        if severity is not None and severity not in LEVELS:
            raise fail(f"severity must be one of {', '.join(LEVELS)}", *where, "severity")
        from .checks import KINDS  # the check kinds load only for a config that sets options
        from .checks.contract import PATH

        schema = KINDS[rulebook.get(rule_id).kind].params
        options = {}
        fix = setting.get("fix")
        if fix is not None and not isinstance(fix, bool):
            raise fail("fix must be true or false (false: the rule's findings carry no fix)", *where, "fix")
        for key, value in setting.items():
            if key in ("severity", "fix"):
                continue
            if key not in schema:
                known = ", ".join(sorted(schema)) or "none"
                raise fail(f"rule '{rule_id}' has no option '{key}'{closest(key, schema)} (options: {known})",
                           *where, key)
            try:
                value = schema[key].check(key, value)
            except ParameterError as exc:
                raise fail(f"rule '{rule_id}': {exc}", *where, *exc.where) from None
            if schema[key].type == PATH and value:  # paths in a config are relative to its folder
                value = str(named(value, *where, key))
            options[key] = value
        out[rule_id] = RuleSetting(severity, options, fix)
    return out


OUTSIDE_VARIABLE = "COPYDESK_ALLOW_OUTSIDE_PATHS"


def in_project(folder: Path, name: str, fail, *key: Any) -> Path:
    """A path a config names, relative to the config's folder. It must stay
    inside the project (the git work tree that holds the config, else the
    config's folder): a pull request that edits the config must not make CI
    read /etc/shadow or another checkout. COPYDESK_ALLOW_OUTSIDE_PATHS=1
    (`check --allow-outside-paths`) allows any path."""
    path = folder / name
    if os.environ.get(OUTSIDE_VARIABLE, "") not in ("", "0"):
        return path
    root = project_root(folder)
    if not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root)):
        raise fail(f"'{name}' lies outside the project ({root}); a config may name only paths inside it "
                   f"(pass --allow-outside-paths or set {OUTSIDE_VARIABLE}=1 to allow it)", *key)
    return path


def project_root(folder: Path) -> Path:
    """The git work tree that holds `folder`, else `folder` itself."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


def parse_date(value: Any) -> dt.date | None:
    """A date from a YAML date, a datetime, or a string: an ISO date or date-time,
    a date as a draft's date line writes it ("May 20, 2025", "20 May 2025"), or
    an RSS feed's ("Tue, 20 May 2025 09:00:00 GMT")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
        from .model.dates import stated_date  # most dates are ISO: no regular expressions for them

        stated = stated_date(text)
        if stated is not None:
            return stated[0]
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            return None
    return None


class Resolver:
    """Finds the config for each checked file, reading each config once."""

    def __init__(self, explicit: Path | None = None) -> None:
        self._explicit = load(explicit) if explicit else None
        self._by_folder: dict[Path, Config] = {}
        self._by_name: dict[str, Config] = {}  # by the folder part of a path as given: one lookup per draft
        self._default: Config | None = None

    def for_file(self, path: Path | None) -> Config:
        if self._explicit is not None:
            return self._explicit
        if path is None:
            return self._find(Path.cwd())
        given = os.path.dirname(os.fspath(path))
        config = self._by_name.get(given)
        if config is None:
            config = self._by_name[given] = self._find(Path(os.path.abspath(path)).parent)
        return config

    def _find(self, folder: Path) -> Config:
        seen = []
        current = folder
        while True:
            if current in self._by_folder:
                config = self._by_folder[current]
                break
            candidate = current / FILENAME
            if candidate.is_file():
                config = load(candidate)
                break
            seen.append(current)
            if current.parent == current:
                if self._default is None:
                    self._default = Config()
                config = self._default
                break
            current = current.parent
        for f in seen:
            self._by_folder[f] = config
        self._by_folder[folder] = config
        return config
