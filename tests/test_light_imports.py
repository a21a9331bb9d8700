"""A rules-only run must never import torch or transformers (they cost
seconds to import), nor Ray or the socket module, nor langdetect or jinja2
when they are not needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
SEED2 = ROOT / "seeds" / "weather-2024-11-28.txt"

PROBE = """
import sys
from tqcheck.cli import main
code = main(sys.argv[1:])
import json
heavy = [m for m in ("torch", "transformers", "sentencepiece", "jinja2", "ray", "socket") if m in sys.modules]
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def probe(*argv: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    return json.loads(proc.stderr.strip().splitlines()[-1])


def test_rules_only_check_imports_no_torch():
    result = probe("check", "--backtranslation", "off", str(SEED))
    assert result["code"] == 1
    assert result["heavy"] == []


def test_auto_backtranslation_without_models_imports_no_torch(tmp_path, monkeypatch):
    # No model in an empty cache: auto mode must decide that cheaply.
    import os

    env_home = str(tmp_path)
    os.environ["HF_HOME"] = env_home
    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        result = probe("check", "--format", "json", str(SEED))
    finally:
        del os.environ["HF_HOME"], os.environ["HF_HUB_OFFLINE"]
    assert result["heavy"] == []


LIGHT_PROBE = """
import sys
from tqcheck.cli import main
main(sys.argv[1:])
import json
print(json.dumps(sorted(m for m in sys.modules if m in {MODULES})), file=sys.stderr)
"""
# Start-up (the hook runs on every save): a one-file rules-only run needs no
# process pool, no scoring statistics, no importlib.resources readers, and
# not OpenSSL (hashlib loads and initialises libcrypto: ~2 ms; the few
# fingerprints a run takes use the interpreter's own SHA-256, tqcheck.digest).
# A glossary's reader (and csv) only with a glossary; the substitution
# tables come precompiled (csv only to parse one edited since).
NOT_AT_START = ("multiprocessing", "statistics", "importlib.resources", "tqcheck.backtranslation.scoring", "decimal",
                "hashlib", "_hashlib", "tqcheck.glossary", "csv")


def test_one_file_rules_only_runs_stay_light():
    for argv in (["check", "--backtranslation", "off"], ["hook", "run"]):
        proc = subprocess.run(
            [sys.executable, "-c", LIGHT_PROBE.replace("{MODULES}", repr(set(NOT_AT_START))), *argv, str(SEED)],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )
        assert json.loads(proc.stderr.strip().splitlines()[-1]) == [], argv


AUDITED_PROBE = """
import sys
events = []
sys.addaudithook(lambda name, args: events.append(name) if name in ("socket.getaddrinfo", "socket.connect") else None)
from tqcheck.cli import main
code = main(sys.argv[1:])
import json
heavy = [m for m in ("torch", "transformers", "socket") if m in sys.modules]
print(json.dumps({"code": code, "heavy": heavy, "events": events}), file=sys.stderr)
"""


def test_auto_backtranslation_without_models_asks_the_hub_once_and_cheaply(tmp_path):
    """No model in the cache and a hub that refuses: auto mode says so as
    before, having asked the hub once (not once per look-up, twice a
    document), without importing the socket module (its enums cost more
    than the question)."""
    import os

    env = {**os.environ, "HF_HOME": str(tmp_path), "HF_ENDPOINT": "http://127.0.0.1:9"}
    env.pop("HF_HUB_OFFLINE", None)
    env.pop("HF_HUB_CACHE", None)
    proc = subprocess.run([sys.executable, "-c", AUDITED_PROBE, "check", "--format", "json", str(SEED), str(SEED2)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)
    result = json.loads(proc.stderr.strip().splitlines()[-1])
    assert result["heavy"] == []
    assert result["events"] == ["socket.getaddrinfo", "socket.connect"]
    blocks = [d["backtranslation"] for d in json.loads(proc.stdout)["documents"]]
    assert len(blocks) == 2
    for block in blocks:
        assert block["status"] == "skipped"
        assert block["reason"] == (
            f"model Helsinki-NLP/opus-mt-en-bg (en-bg) is not in the Hugging Face cache ({tmp_path / 'hub'}) and the "
            "hub cannot be reached; fetch it while online with `tqcheck models pull bg-en`")


GC_PROBE = """
import gc, sys
from tqcheck.cli import main
sys.argv = ["tqcheck", *sys.argv[1:]]
main()
print(gc.get_freeze_count() > 0, gc.isenabled())
"""


def test_the_process_command_line_freezes_its_start_up_and_a_call_does_not(capsys):
    """The console script's start-up objects are kept out of the collector's
    scans (cli._main); an in-process call with arguments leaves it alone."""
    import gc

    from tqcheck.cli import main

    before = gc.get_freeze_count(), gc.isenabled()
    assert main(["rules", "TQ101"]) == 0
    assert (gc.get_freeze_count(), gc.isenabled()) == before
    capsys.readouterr()
    for argv, frozen in ((["rules", "TQ101"], "True"), (["--no-such-option"], "False")):
        done = subprocess.run([sys.executable, "-c", GC_PROBE, *argv], capture_output=True, text=True, cwd=ROOT,
                              timeout=120)
        assert done.stdout.split()[-2:] == [frozen, "True"], (argv, done.stderr[-500:])
