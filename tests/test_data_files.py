"""tqcheck.data.data_text reads the package's data files from beside the
module (no importlib.resources machinery at start-up), and from a zip
archive through importlib.resources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

from tqcheck.data import data_text, has_data_file

PACKAGE = Path(__file__).resolve().parent.parent / "tqcheck"


def test_every_data_file_reads_as_importlib_resources_reads_it():
    root = PACKAGE / "data"
    files = [p for p in root.rglob("*") if p.is_file() and p.suffix in (".tsv", ".json", ".txt", ".toml")]
    assert len(files) > 20
    for path in files:
        parts = path.relative_to(root).parts
        assert data_text(*parts) == resources.files("tqcheck.data").joinpath(*parts).read_text("utf-8")
        assert has_data_file(*parts)
    assert not has_data_file("cldr_words", "no-such-language.json")


def test_data_files_read_from_a_zip_archive(tmp_path):
    archive = tmp_path / "tqcheck.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in (PACKAGE / "data").rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(PACKAGE.parent).as_posix())
        zf.writestr("tqcheck/__init__.py", "")
    code = (
        "import tqcheck.data as d; assert '.zip' in d.__file__, d.__file__; "
        "print(len(d.data_text('calques.tsv')), d.has_data_file('cldr_words', 'en.json'), "
        "d.has_data_file('cldr_words', 'xx.json'))"
    )
    done = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(archive)!r}); {code}"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    size, has_en, has_xx = done.stdout.split()
    assert int(size) == len(data_text("calques.tsv")) and has_en == "True" and has_xx == "False"
