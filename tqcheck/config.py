"""Configuration: ``[tool.tqcheck]`` in pyproject.toml or a ``tqcheck.toml``,
found from the checked file's folder upwards; command-line flags win.

Rule selection follows flake8/Ruff: ``select`` and ``ignore`` hold code
prefixes, and for each code the longest matching prefix decides (``ignore``
wins a tie).

Everything a user names is checked here, where the configuration is built:
languages (BCP-47 tags CLDR has data for), code prefixes (each must match a
rule), per-rule options and section keys, and the type of every value
(:func:`setting_types`). A typo is a ConfigError naming the item and where it
came from, never a silently different run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tqcheck.errors import ConfigError
from tqcheck.model import Severity

FAIL_ON_CHOICES = ("info", "minor", "major", "critical", "never")
KNOWN_KEYS = frozenset(
    "select ignore fail-on source-lang target-lang severity rules backtranslation hook baseline glossary".split()
)


@dataclass(frozen=True)
class SettingType:
    """What a setting's value must be: ``expected`` completes "must be ..."."""

    expected: str
    accepts: Callable[[Any], bool]


def _words(choices: Sequence[str]) -> str:
    return ", ".join(choices[:-1]) + f" or {choices[-1]}" if len(choices) > 1 else choices[0]


def _string() -> SettingType:
    return SettingType("a string", lambda v: isinstance(v, str) and v.strip() != "")


def _choice(choices: Sequence[str], *, any_case: bool = False) -> SettingType:
    def accepts(v: Any) -> bool:
        return isinstance(v, str) and (v.strip().lower() if any_case else v) in choices

    return SettingType(f"one of {_words(choices)}", accepts)


def _whole(minimum: int | None = None) -> SettingType:
    # bool is an int to Python; `beam = true` is not a beam size.
    return SettingType(
        "a whole number" + (f" at least {minimum}" if minimum is not None else ""),
        lambda v: isinstance(v, int) and not isinstance(v, bool) and (minimum is None or v >= minimum),
    )


def _number() -> SettingType:
    return SettingType("a number", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))


def _flag() -> SettingType:
    return SettingType("true or false", lambda v: isinstance(v, bool))


_MODES = ("off", "auto", "require")  # tqcheck.backtranslation.MODES, without importing the package
_TOP_TYPES: Mapping[str, SettingType] = {
    "fail-on": _choice(FAIL_ON_CHOICES, any_case=True),
    "source-lang": _string(),
    "target-lang": _string(),
    "glossary": _string(),  # a file name (TQ801, TQ802)
}
# The [hook], [baseline] and [backtranslation] tables. [backtranslation]
# also takes the thresholds of the back-translation rules (setting_types).
SECTION_TYPES: Mapping[str, Mapping[str, SettingType]] = {
    "hook": {"backtranslation": _choice(_MODES), "fail-on": _choice(FAIL_ON_CHOICES, any_case=True)},
    "baseline": {"file": _string()},
    "backtranslation": {
        "mode": _choice(_MODES),
        "bt_model": _string(),
        "rt_model": _string(),
        "beam": _whole(1),
        "quantize": _choice(("none", "int8")),  # as --bt-quantize
        "device": _choice(("auto", "cpu", "cuda")),  # as --bt-device
        "batch_size": _whole(1),
        "worst": _whole(0),
        "cache": _flag(),
    },
}
_SEVERITY = _choice(tuple(s.label for s in Severity), any_case=True)


def setting_types(section: str) -> Mapping[str, SettingType]:
    """The settings a table takes and the type of each."""
    types = dict(SECTION_TYPES[section])
    if section == "backtranslation":
        from dataclasses import fields

        from tqcheck.rules.backtranslation.base import Thresholds  # light: no torch

        for f in fields(Thresholds):
            whole = isinstance(f.default, int) and not isinstance(f.default, bool)
            types[f.name] = _whole(0) if whole else _number()
    return types


def _shown(value: Any) -> str:
    from tqcheck.display import shorten

    return shorten(repr(value), 60)


def check_type(value: Any, kind: SettingType, where: str) -> Any:
    """``value`` when it is of ``kind``; else a ConfigError naming ``where``."""
    if not kind.accepts(value):
        raise ConfigError(f"{where} must be {kind.expected}, not {_shown(value)}")
    return value


@dataclass(frozen=True)
class Config:
    """The settings a check runs with: rule selection, ``--fail-on``, the
    language pair, severity overrides and each rule's and stage's options."""

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
        raise ConfigError(f"{origin}: {key} must be a list of rule code prefixes, not {_shown(value)}")
    return tuple(v.strip().upper() for v in value if v.strip())


def language(value: Any, where: str) -> str:
    """A validated, canonically cased language tag (en_gb -> en-GB)."""
    from tqcheck.locale import canonical_tag, known_locale

    try:
        tag = canonical_tag(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    if not known_locale(tag):
        raise ConfigError(
            f"{where}: unknown language {value!r} (CLDR has no locale data for it; "
            "use a BCP-47 tag such as en, en-GB, pt-BR, zh-Hant)"
        )
    return tag


def _rule_codes() -> tuple[str, ...]:
    from tqcheck.rules import all_rules  # lazy: the registry imports every rule module

    return tuple(r.code for r in all_rules())


def _declared_options(code: str) -> dict[str, Any]:
    """Option name -> its declaration (tqcheck.rules.base.RuleOption)."""
    from tqcheck.rules import rule_by_code

    rule = rule_by_code(code)
    return {o.name: o for o in rule.options} if rule is not None else {}


def _option_type(option: Any) -> SettingType:
    """A rule option takes one of its choices, else a value of its default's type."""
    if option.choices is not None:
        choices = tuple(option.choices)
        return SettingType(f"one of {_words([str(c) for c in choices])}", lambda v: _among(v, choices))
    default = option.default
    if isinstance(default, bool):
        return _flag()
    if isinstance(default, int):
        return _whole()
    if isinstance(default, float):
        return _number()
    if isinstance(default, str):
        return SettingType("a string", lambda v: isinstance(v, str))
    return SettingType(f"a {type(default).__name__}", lambda v: isinstance(v, type(default)))


def _among(value: Any, choices: tuple[Any, ...]) -> bool:
    # 1 == True and 1.0 == 1 to Python: a choice matches only a value of its own type.
    return any(type(value) is type(c) and value == c for c in choices)


def _did_you_mean(value: str, candidates: Sequence[str]) -> str:
    import difflib  # only for a name that matched nothing

    close = difflib.get_close_matches(value, candidates, n=3, cutoff=0.75)
    # A candidate the value starts with is the likelier slip (TQ1010: TQ101, not TQ110).
    close.sort(key=lambda c: not value.startswith(c))
    return f"; did you mean {close[0]}?" if close else ""


def check_prefixes(prefixes: Sequence[str], where: str) -> tuple[str, ...]:
    """``prefixes`` unchanged when each matches at least one rule code."""
    codes = _rule_codes()
    for prefix in prefixes:
        if not any(code.startswith(prefix) for code in codes):
            families = sorted({c[:n] for c in codes for n in range(3, len(c) + 1)})
            raise ConfigError(
                f"{where}: {prefix!r} matches no rule{_did_you_mean(prefix, families)} "
                "(`tqcheck rules` lists the codes)"
            )
    return tuple(prefixes)


def _rule_options(rules: Any, origin: str) -> dict[str, dict[str, Any]]:
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise ConfigError(f"{origin}: [rules] must be a table of one table per rule code, e.g. [rules.TQ505]")
    codes = _rule_codes()
    checked: dict[str, dict[str, Any]] = {}
    for raw_code, options in rules.items():
        code = raw_code.upper()
        where = f"{origin}: [rules.{raw_code}]"
        if code not in codes:
            raise ConfigError(f"{where}: no rule {raw_code}{_did_you_mean(code, codes)}")
        known = _declared_options(code)
        for name, value in options.items():
            if name not in known:
                takes = f"it takes {', '.join(sorted(known))}" if known else f"{code} takes no options"
                raise ConfigError(f"{where}: unknown option {name!r}{_did_you_mean(name, list(known))} ({takes})")
            check_type(value, _option_type(known[name]), f"{where} {name}")
        checked[code] = dict(options)
    return checked


def _section(name: str, value: Any, origin: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{origin}: [{name}] must be a table, not {_shown(value)}")
    known = setting_types(name)
    for key, item in value.items():
        if key not in known:
            raise ConfigError(
                f"{origin}: [{name}] unknown setting {key!r}{_did_you_mean(key, sorted(known))} "
                f"(known: {', '.join(sorted(known))})"
            )
        check_type(item, known[key], f"{origin}: [{name}] {key}")
    return value


def from_mapping(table: Mapping[str, Any], origin: str) -> Config:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{origin}: the tqcheck configuration must be a table, not {_shown(table)}")
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{origin}: unknown setting(s) {', '.join(unknown)} in tqcheck configuration")
    for key, kind in _TOP_TYPES.items():
        if key in table:
            check_type(table[key], kind, f"{origin}: {key}")
    try:
        config = Config(path=origin)
        for key in ("select", "ignore"):
            if key in table:
                prefixes = check_prefixes(_codes(table[key], key, origin), f"{origin}: {key}")
                config = replace(config, **{key: prefixes})
        if "select" in table and not config.select:
            # Not "no selection given": a run of no rule would pass everything.
            raise ConfigError(f"{origin}: select is empty, so no rule would run; name code prefixes (TQ selects all)")
        if "fail-on" in table:
            config = replace(config, fail_on=parse_fail_on(table["fail-on"]))
        for key, attr in (("source-lang", "source_lang"), ("target-lang", "target_lang")):
            if key in table:
                config = replace(config, **{attr: language(table[key], f"{origin}: {key}")})
        severity = table.get("severity", {})
        if not isinstance(severity, dict):
            raise ConfigError(
                f"{origin}: [severity] must be a table mapping code prefixes to severities, e.g. TQ503 = \"info\""
            )
        check_prefixes([code.upper() for code in severity], f"{origin}: [severity]")
        for code, value in severity.items():
            check_type(value, _SEVERITY, f"{origin}: [severity] {code}")
        severities = {code.upper(): Severity.parse(v) for code, v in severity.items()}
        sections = {k: _section(k, table[k], origin) for k in ("backtranslation", "hook", "baseline") if k in table}
        rule_options = _rule_options(table.get("rules", {}), origin)
        # A glossary named in a configuration file is read from its folder,
        # whether a rule's table names it ([rules.TQ801]) or the top level
        # names it for both glossary rules.
        folder = Path(origin).parent
        for options in rule_options.values():
            if options.get("glossary"):
                options["glossary"] = str(folder / options["glossary"])
        if "glossary" in table:
            from tqcheck.glossary import with_glossary

            rule_options = with_glossary(rule_options, str(folder / table["glossary"]))
        return replace(
            config,
            severity_overrides=severities,
            rule_options=rule_options,
            sections=sections,
        )
    except ValueError as exc:
        raise ConfigError(f"{origin}: {exc}") from None


def with_flags(
    config: Config,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> Config:
    """``config`` with the command line's values, each checked like the file's."""
    return config.with_overrides(
        select=None if select is None else check_prefixes(select, "--select"),
        ignore=None if ignore is None else check_prefixes(ignore, "--ignore"),
        source_lang=None if source_lang is None else language(source_lang, "--source-lang"),
        target_lang=None if target_lang is None else language(target_lang, "--target-lang"),
    )


# Where discover reads a candidate file: (its text, how errors name it), or
# None when there is none. The default reads the disk; `hook run --staged`
# reads the git index, the configuration the commit will carry.
Reader = Callable[[Path], "tuple[str, str] | None"]


def read_from_disk(path: Path) -> tuple[str, str] | None:
    if not path.is_file():
        return None
    try:
        return path.read_text("utf-8"), str(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from None


def load_file(path: Path, read: Reader = read_from_disk) -> Config | None:
    """The tqcheck configuration in ``path``; None when a pyproject.toml has
    none (or ``read`` finds no such file)."""
    found = read(path)
    if found is None:
        return None
    text, label = found
    import tomllib  # only when there is a file to read

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: invalid TOML ({exc})") from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise ConfigError(f"{label}: invalid TOML (arrays or tables nested too deeply)") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{label}: [tool] must be a table, not {_shown(tool)}")
        table = tool.get("tqcheck")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{label}: [tool.tqcheck] must be a table, not {_shown(table)}")
    else:
        table = data
    return from_mapping(table, str(path))


def load(config_file: str | None, first_input: str | None, read: Reader = read_from_disk) -> Config:
    """The configuration for a run: the file given with --config, else the
    nearest one from the first input's folder (the current folder for stdin)."""
    if config_file:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{config_file}: no such configuration file")
        return load_file(path) or Config(path=str(path))
    return discover(Path.cwd() if first_input in (None, "-") else Path(first_input), read)


def discover(start: Path, read: Reader = read_from_disk) -> Config:
    """The nearest configuration from ``start`` (a file or folder) upwards."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        for name in ("tqcheck.toml", "pyproject.toml"):
            config = load_file(candidate / name, read)
            if config is not None:
                return config
    return Config()
