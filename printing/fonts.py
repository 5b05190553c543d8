"""Finding TrueType fonts at run time and registering them with reportlab (embedded subsets).

Documents must carry their Japanese font inside the PDF: reportlab's built-in CID fonts are
not embedded, so a printer or viewer without them shows tofu. We embed IPAex (Debian's
fonts-ipaexfont, TrueType) unless a brand kit carries its own TTF."""

from __future__ import annotations

import shutil
import subprocess
import threading
import zlib
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from printing.errors import PrintingError
from station.messages import msg

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"

# Where Debian and Ubuntu install them; fc-match finds them elsewhere (and on other systems).
KNOWN_PATHS: dict[str, tuple[str, ...]] = {
    GOTHIC: ("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
             "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
    MINCHO: ("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
             "/usr/share/fonts/truetype/fonts-japanese-mincho.ttf"),
}
_lock = threading.Lock()


@cache
def find(family: str) -> Path:
    """The font file of `family`, or a PrintingError saying what to install."""
    for candidate in KNOWN_PATHS.get(family, ()):
        if Path(candidate).is_file():
            return Path(candidate)
    found = _fc_match(family)
    if found is not None:
        return found
    raise PrintingError(
        msg("Printing", "The font {family} is not installed on this station.", family=family),
        msg("Printing", "Install fonts-ipaexfont (Debian/Ubuntu) or the font named, then "
            "print again."),
    )


def _fc_match(family: str) -> Path | None:
    tool = shutil.which("fc-match")
    if tool is None:
        return None
    result = subprocess.run([tool, "-f", "%{family}\n%{file}", family], capture_output=True,
                            text=True, timeout=5, check=False)
    families, _, file = result.stdout.partition("\n")
    # fc-match always answers with something: accept it only if it is the family asked for.
    if family.lower() not in families.lower() or not file:
        return None
    path = Path(file.strip())
    return path if path.suffix.lower() in {".ttf", ".otf"} and path.is_file() else None


def register(path: Path) -> str:
    """Register a TTF (or TrueType-flavoured OTF) file once; returns the reportlab font name.
    Raises PrintingError for a file reportlab cannot embed (e.g. CFF-outline OpenType)."""
    name = f"F-{path.stem}-{zlib.crc32(str(path.resolve()).encode()):08x}"
    with _lock:
        if name in pdfmetrics.getRegisteredFontNames():
            return name
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError) as error:
            raise PrintingError(
                msg("Printing", "The font file {path} cannot be embedded: {reason}",
                    path=str(path), reason=str(error)),
                msg("Printing", "Use a TrueType font (.ttf, or .otf with TrueType outlines)."),
            ) from error
    return name


def family(name: str) -> str:
    """A system font family registered with reportlab, e.g. `family(GOTHIC)`."""
    return register(find(name))


def missing_glyphs(font_name: str, text: str) -> set[str]:
    """Characters of `text` the registered font has no glyph for (they would print as
    empty boxes, "tofu"). Spaces and line breaks do not count."""
    face = pdfmetrics.getFont(font_name).face
    covered = face.charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in covered}


def covering(font_name: str, text: str) -> str:
    """`font_name` when it has every glyph of `text`, otherwise the embedded Japanese
    gothic (a brand's Latin-only font must not print a Japanese customer's name as tofu)."""
    return font_name if not missing_glyphs(font_name, text) else family(GOTHIC)
