#!/bin/sh
# Install the Hunspell spelling dictionaries TQ702 reads to tell an ordinary
# word written with a capital (Subtropical, Королівський) from a name
# (tqcheck/alignment/lexicon.py), and the binding that reads them. Debian's
# packages, one per language: those of every language the benchmarks and
# tests use, and more. Idempotent: nothing is installed twice. Where there is
# no apt-get, it says what is missing and goes on: tqcheck then reports, in
# each bilingual report's notes, the languages it has no dictionary for.
#   usage: scripts/install_dictionaries.sh [PYTHON]   (default: the project's .venv)
set -eu
cd "$(dirname "$0")/.."
PYTHON="${1:-.venv/bin/python}"
PACKAGES="libhunspell-dev hunspell-en-us hunspell-en-gb hunspell-bg hunspell-ru hunspell-uk hunspell-sr
hunspell-de-de hunspell-fr hunspell-es hunspell-pl hunspell-cs hunspell-el hunspell-ro hunspell-tr hunspell-ar
hunspell-it hunspell-pt-pt hunspell-pt-br hunspell-nl hunspell-sv hunspell-da hunspell-no hunspell-hu hunspell-sk
hunspell-sl hunspell-hr hunspell-lt hunspell-lv hunspell-he hunspell-hi hunspell-id hunspell-vi hunspell-ca
hunspell-kk hunspell-be hunspell-bs hunspell-ko hunspell-bn"

if command -v dpkg-query >/dev/null 2>&1; then
    MISSING=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || MISSING="$MISSING $p"
    done
    if [ -z "$MISSING" ]; then
        echo "dictionaries: present"
    elif command -v apt-get >/dev/null 2>&1; then
        SUDO=""
        if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
        export DEBIAN_FRONTEND=noninteractive
        # shellcheck disable=SC2086
        $SUDO apt-get install -y -q --no-install-recommends $MISSING >/dev/null \
            || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends $MISSING >/dev/null; }
    fi
else
    echo "dictionaries: no dpkg here: install Hunspell dictionaries and libhunspell yourself (see README)" >&2
fi

if "$PYTHON" -c "import hunspell" 2>/dev/null; then
    echo "hunspell binding: present"
else
    "$PYTHON" -m pip install -q -c scripts/constraints.txt hunspell \
        || echo "dictionaries: the hunspell binding did not build (libhunspell-dev missing?): TQ702 will tell names from words by frequency alone, and say so" >&2
fi
