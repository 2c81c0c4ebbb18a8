#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a shipped catalogue is not complete.

Each resources/translations/*.ts is copied to a temporary folder and updated there by lupdate from
the same sources with the same options as app/CMakeLists.txt (the source tree is never written).
Every message that is then unfinished (a new or changed text), has an empty translation or plural
form, or lost a %1-style placeholder of its source is listed. Texts that left the sources do not
count: -no-obsolete drops them.

usage: check-catalogues.py LUPDATE SOURCE_DIR --catalogues GLOB... --globs GLOB... --options OPTION...
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def parse_args(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    lists = {"--catalogues": [], "--globs": [], "--options": []}
    current = None
    for arg in argv[3:]:
        if arg in lists:
            current = lists[arg]
        elif current is None:
            sys.exit(f"unexpected argument {arg!r}\n{__doc__}")
        else:
            current.append(arg)
    return argv[1], argv[2], lists["--catalogues"], lists["--globs"], lists["--options"]


def expand(source_dir, patterns):
    files = []
    for pattern in patterns:
        files += sorted(glob.glob(os.path.join(source_dir, pattern)))
    return files


def placeholders(text):
    return sorted(re.findall(r"%\d+", text or ""))


def problems_in(path, name):
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {context_name}: {source!r}"
            if translation is None:
                out.append(f"{where}: no translation")
                continue
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished":
                out.append(f"{where}: unfinished (new or changed text)")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if not forms or any(not f.strip() for f in forms):
                out.append(f"{where}: empty translation")
            elif any(placeholders(f) != placeholders(source) for f in forms):
                out.append(f"{where}: placeholders differ from the source: {forms!r}")
    return out


def main():
    lupdate, source_dir, catalogue_globs, source_globs, options = parse_args(sys.argv)
    catalogues = expand(source_dir, catalogue_globs)
    sources = expand(source_dir, source_globs)
    if not catalogues:
        sys.exit(f"no catalogue matches {catalogue_globs} in {source_dir}")
    if not sources:
        sys.exit(f"no source matches {source_globs} in {source_dir}")
    problems = []
    with tempfile.TemporaryDirectory(prefix="canopy-catalogues-") as tmp:
        for catalogue in catalogues:
            name = os.path.basename(catalogue)
            copy = os.path.join(tmp, name)
            shutil.copyfile(catalogue, copy)
            run = subprocess.run([lupdate, *options, *sources, "-ts", copy], capture_output=True, text=True)
            sys.stdout.write(run.stdout + run.stderr)
            if run.returncode != 0:
                problems.append(f"{name}: lupdate exited with {run.returncode}")
                continue
            problems += problems_in(copy, name)
    print(f"{len(catalogues)} catalogue(s), {len(sources)} source file(s) scanned")
    if problems:
        print(f"{len(problems)} text(s) missing or unfinished; run the update_translations target and translate them:")
        for p in problems:
            print("  " + p)
        return 1
    print("every text of every catalogue is translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
