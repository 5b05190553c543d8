"""Keep the translation files in step with the code.

Every user-visible string is written as `msg("Context", "Text {field}", ...)`. This tool finds
them with Python's own parser (pyside6-lupdate's Python reader does not honour function
aliases), writes one Qt Linguist `.ts` file per source folder and language (so parallel work on
different folders never edits the same file), keeps existing translations, and compiles `.qm`
files with pyside6-lrelease for the Qt UI.

    python -m tools.i18n            refresh .ts, compile .qm
    python -m tools.i18n --check    fail if a string has no Japanese translation or a file is stale
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("station", "ui", "printing", "scanning", "sync")
OUT = ROOT / "translations"
LANGUAGES = ("ja",)

Entry = tuple[str, str]  # (context, source text)


def extract() -> dict[str, dict[Entry, list[str]]]:
    """Catalogue name -> (context, text) -> where it is used."""
    found: dict[str, dict[Entry, list[str]]] = defaultdict(dict)
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT)
            name = "-".join(relative.parent.parts)
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                entry = _message_call(node)
                if entry:
                    found[name].setdefault(entry, []).append(f"{relative}:{node.lineno}")
    return found


def _message_call(node: ast.AST) -> Entry | None:
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else None
    if name not in {"msg", "translate"}:
        return None
    context, text = node.args[0], node.args[1]
    if isinstance(context, ast.Constant) and isinstance(text, ast.Constant) and isinstance(
            context.value, str) and isinstance(text.value, str):
        return context.value, text.value
    return None


def read_translations(path: Path) -> dict[Entry, str]:
    if not path.exists():
        return {}
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and translation.text and translation.get("type") is None:
                result[(name, source)] = translation.text
    return result


def write_ts(path: Path, language: str, entries: dict[Entry, list[str]],
             known: dict[Entry, str]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for (context, text), places in entries.items():
        by_context[context].append((text, places))
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for text, places in sorted(by_context[context]):
            message = ET.SubElement(element, "message")
            for filename in sorted({place.rsplit(":", 1)[0] for place in places})[:3]:
                # No line numbers: they would make every edit above a string a diff here.
                ET.SubElement(message, "location", filename=f"../{filename}")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            if (context, text) in known:
                translation.text = known[(context, text)]
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent /
                                                     "pyside6-lrelease")
    return found if Path(found).exists() else None


def refresh(out: Path) -> list[str]:
    """Write .ts and .qm into `out`. Returns the strings still without a translation."""
    out.mkdir(parents=True, exist_ok=True)
    missing = []
    catalogues = extract()
    for language in LANGUAGES:
        for name, entries in sorted(catalogues.items()):
            path = out / f"{name}_{language}.ts"
            known = read_translations(OUT / path.name)
            write_ts(path, language, entries, known)
            missing += [f"{path.name}: [{c}] {t!r}" for (c, t) in entries if (c, t) not in known]
            tool = lrelease()
            if tool:
                subprocess.run([tool, "-silent", str(path), "-qm", str(path.with_suffix(".qm"))],
                               check=True)
        wanted = {f"{name}_{language}.ts" for name in catalogues}
        for stale in out.glob(f"*_{language}.ts"):
            if stale.name not in wanted:
                stale.unlink()
                stale.with_suffix(".qm").unlink(missing_ok=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.check:
        missing = refresh(OUT)
        for line in missing:
            print("untranslated:", line)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        missing = refresh(Path(scratch))
        stale = [path.name for path in Path(scratch).glob("*.ts")
                 if not (OUT / path.name).exists()
                 or (OUT / path.name).read_bytes() != path.read_bytes()]
    for line in missing:
        print("untranslated:", line)
    for name in stale:
        print(f"stale: translations/{name} (run ./dev i18n)")
    return 1 if missing or stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
