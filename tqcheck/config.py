"""Configuration: ``[tool.tqcheck]`` in pyproject.toml or a ``tqcheck.toml``,
found from the checked file's folder upwards; command-line flags win.

Rule selection follows flake8/Ruff: ``select`` and ``ignore`` hold code
prefixes, and for each code the longest matching prefix decides (``ignore``
wins a tie).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tqcheck.model import Severity


class ConfigError(Exception):
    """A configuration problem, described in one line."""


FAIL_ON_CHOICES = ("info", "minor", "major", "critical", "never")
KNOWN_KEYS = frozenset(
    "select ignore fail-on source-lang target-lang severity rules backtranslation hook baseline".split()
)


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("TQ",)
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = Severity.MAJOR  # None: never fail
    source_lang: str = "bg"
    target_lang: str = "en"
    severity_overrides: Mapping[str, Severity] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    path: str | None = None  # the file it came from

    def enabled(self, code: str) -> bool:
        return rule_enabled(code, self.select, self.ignore)

    def severity_for(self, code: str, default: Severity) -> Severity:
        if not self.severity_overrides:
            return default
        best = max((p for p in self.severity_overrides if code.startswith(p)), key=len, default=None)
        return default if best is None else self.severity_overrides[best]

    def section(self, name: str) -> Mapping[str, Any]:
        return self.sections.get(name, {})

    def with_overrides(self, **changes: Any) -> "Config":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def rule_enabled(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    selected = max((len(p) for p in select if code.startswith(p)), default=-1)
    ignored = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return selected > ignored


def parse_fail_on(value: str) -> Severity | None:
    if value.strip().lower() == "never":
        return None
    return Severity.parse(value)


def _codes(value: Any, key: str, origin: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{origin}: '{key}' must be a list of rule code prefixes")
    return tuple(v.strip().upper() for v in value if v.strip())


def from_mapping(table: Mapping[str, Any], origin: str) -> Config:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{origin}: unknown setting(s) {', '.join(unknown)} in tqcheck configuration")
    try:
        config = Config(path=origin)
        if "select" in table:
            config = replace(config, select=_codes(table["select"], "select", origin))
        if "ignore" in table:
            config = replace(config, ignore=_codes(table["ignore"], "ignore", origin))
        if "fail-on" in table:
            config = replace(config, fail_on=parse_fail_on(str(table["fail-on"])))
        for key, attr in (("source-lang", "source_lang"), ("target-lang", "target_lang")):
            if key in table:
                config = replace(config, **{attr: str(table[key])})
        severities = {code.upper(): Severity.parse(str(v)) for code, v in table.get("severity", {}).items()}
        rules = table.get("rules", {})
        if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
            raise ConfigError(f"{origin}: [rules] must hold one table per rule code, e.g. [rules.TQ505]")
        sections = {k: table[k] for k in ("backtranslation", "hook", "baseline") if k in table}
        return replace(
            config,
            severity_overrides=severities,
            rule_options={code.upper(): dict(v) for code, v in rules.items()},
            sections=sections,
        )
    except ValueError as exc:
        raise ConfigError(f"{origin}: {exc}") from None


def load_file(path: Path) -> Config | None:
    """The tqcheck configuration in ``path``; None when a pyproject.toml has none."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("tqcheck")
        if table is None:
            return None
    else:
        table = data
    return from_mapping(table, str(path))


def load(config_file: str | None, first_input: str | None) -> Config:
    """The configuration for a run: the file given with --config, else the
    nearest one from the first input's folder (the current folder for stdin)."""
    if config_file:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{config_file}: no such configuration file")
        return load_file(path) or Config(path=str(path))
    return discover(Path.cwd() if first_input in (None, "-") else Path(first_input))


def discover(start: Path) -> Config:
    """The nearest configuration from ``start`` (a file or folder) upwards."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        for name in ("tqcheck.toml", "pyproject.toml"):
            path = candidate / name
            if path.is_file():
                config = load_file(path)
                if config is not None:
                    return config
    return Config()
