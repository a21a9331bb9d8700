"""Back-translation: compare every sentence with a MarianMT round trip.

The only part of tqcheck that uses torch and transformers, and it imports
them only when it actually translates: importing this package and building
the stage stay cheap, so a rules-only run never pays for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tqcheck.errors import StageError
from tqcheck.model import Stage

__all__ = ["make_stage", "option_names", "MODES"]

# --backtranslation and the [backtranslation] mode / [hook] backtranslation settings.
MODES = ("off", "auto", "require")


def make_stage(mode: str, overrides: Mapping[str, Any] | None = None, **kwargs: Any) -> Stage | None:
    """The back-translation stage for ``--backtranslation=MODE``; None for off.

    ``overrides`` holds the command-line values (bt_model, rt_model, bt_beam,
    bt_quantize, bt_device, bt_batch_size; None when not given). Keyword
    arguments go to :class:`~tqcheck.backtranslation.stage.BacktranslationStage`
    (``translators=(back, forward)`` and ``cache=`` for tests and embedding).
    """
    if mode not in MODES:
        raise StageError(f"--backtranslation must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "off":
        return None
    from tqcheck.backtranslation.stage import BacktranslationStage

    return BacktranslationStage(mode=mode, overrides=dict(overrides or {}), **kwargs)


def option_names() -> frozenset[str]:
    """The keys ``[tool.tqcheck.backtranslation]`` may hold: the mode, the
    stage's settings and the rules' thresholds."""
    from tqcheck.backtranslation.stage import SETTING_OPTIONS
    from tqcheck.rules.backtranslation.base import Thresholds

    return frozenset({"mode", *SETTING_OPTIONS, *Thresholds.__dataclass_fields__})

