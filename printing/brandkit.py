"""Brand kits: a folder a brand manager edits without code (kit.toml, fonts, logo).

    brandkits/KAZE/kit.toml   [brand] [colours] [typography] [logo] [links] [messages.ja/en]

Loading never raises for a broken kit: every problem becomes a `Message` naming the brand
and the field, and the insert falls back to a plain one, so the packer is never stopped."""

from __future__ import annotations

import re
import threading
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from PIL import Image, UnidentifiedImageError

from printing import fonts
from printing.errors import PrintingError
from printing.kit_templates import BoundedEnvironment
from station.messages import Message, msg

KIT_FILE = "kit.toml"
DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "brandkits"
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
COLOUR_KEYS = ("primary", "accent", "background", "text")
MESSAGE_KEYS = ("greeting", "thanks", "first_order", "returning", "subscription", "cross_sell",
                "signature")
LINK_KEYS = ("review", "reorder", "social")
LANGUAGES = ("ja", "en")

_ENVIRONMENT = BoundedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False,
                                  keep_trailing_newline=False)
MAX_TEMPLATE_CHARS = 2000
# A logo is scaled to 600x200 px anyway; 25 megapixels is a 5000x5000 image. Pillow's own
# decompression-bomb guard only warns below 89 megapixels, and decoding that takes seconds.
MAX_LOGO_PIXELS = 25_000_000
MAX_FILE_BYTES = 20 * 1024 * 1024
LOGO_FORMATS = frozenset({"PNG", "JPEG", "WEBP", "GIF", "BMP"})


@dataclass(frozen=True)
class BrandKit:
    brand_id: str
    name: str
    folder: Path
    tone: str
    colours: dict[str, str]
    heading_font: Path
    body_font: Path
    logo: Path | None
    links: dict[str, jinja2.Template]
    messages: dict[str, dict[str, jinja2.Template]]


@dataclass(frozen=True)
class KitLoad:
    """A usable kit, or None with the problems that made it unusable."""

    kit: BrandKit | None
    problems: tuple[Message, ...] = field(default=())


class KitProblems:
    """The problems of each brand's kit as its last insert found them, for the printer panel
    (a supervisor fixes kits; the packer is not stopped). Shared by the service's desk and
    the worker's, so it is locked."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_brand: dict[str, tuple[Message, ...]] = {}

    def record(self, brand: str, problems: tuple[Message, ...]) -> None:
        with self._lock:
            if problems:
                self._by_brand[brand] = problems
            else:
                self._by_brand.pop(brand, None)

    def current(self) -> tuple[Message, ...]:
        with self._lock:
            return tuple(problem for brand in sorted(self._by_brand)
                         for problem in self._by_brand[brand])


def problem(brand: str, where: str, reason: str) -> Message:
    return msg("Brand kit", "Brand kit {brand}, {field}: {reason}. A plain insert is printed "
               "instead.", brand=brand, field=where, reason=reason)


def folder_for(brand_id: str, base: Path = DEFAULT_FOLDER) -> Path:
    return base / brand_id


def load(folder: Path, brand_id: str | None = None) -> KitLoad:
    brand = brand_id or folder.name
    path = folder / KIT_FILE
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError:
        return KitLoad(None, (problem(brand, KIT_FILE, f"no file at {path}"),))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        return KitLoad(None, (problem(brand, KIT_FILE, str(error)),))
    reader = _Reader(brand, folder, raw)
    kit = reader.kit()
    return KitLoad(kit if not reader.problems else None, tuple(reader.problems))


class _Reader:
    def __init__(self, brand: str, folder: Path, raw: dict[str, Any]) -> None:
        self.brand = brand
        self.folder = folder
        self.raw = raw
        self.problems: list[Message] = []

    def fail(self, where: str, reason: str) -> None:
        self.problems.append(problem(self.brand, where, reason))

    def table(self, name: str) -> dict[str, Any]:
        value = self.raw.get(name, {})
        if not isinstance(value, dict):
            self.fail(f"[{name}]", "must be a table")
            return {}
        return value

    def kit(self) -> BrandKit:
        info = self.table("brand")
        colours = {key: self.colour(key) for key in COLOUR_KEYS}
        typography = self.table("typography")
        heading = self.font("typography.heading", typography.get("heading", fonts.GOTHIC))
        body = self.font("typography.body", typography.get("body", fonts.GOTHIC))
        return BrandKit(
            brand_id=self.brand, name=str(info.get("name", self.brand)), folder=self.folder,
            tone=str(info.get("tone", "")), colours=colours,
            heading_font=heading, body_font=body, logo=self.logo(),
            links={key: self.template(f"links.{key}", self.table("links").get(key))
                   for key in LINK_KEYS},
            messages={language: {
                key: self.template(f"messages.{language}.{key}",
                                   self.messages(language).get(key))
                for key in MESSAGE_KEYS} for language in LANGUAGES},
        )

    def messages(self, language: str) -> dict[str, Any]:
        table = self.table("messages").get(language, {})
        return table if isinstance(table, dict) else {}

    def colour(self, key: str) -> str:
        value = self.table("colours").get(key)
        if not isinstance(value, str) or not COLOUR.match(value):
            self.fail(f"colours.{key}", f"{value!r} is not a colour like \"#1F3A5F\"")
            return "#000000"
        return value.upper()

    def font(self, where: str, value: Any) -> Path:
        if not isinstance(value, str) or not value:
            self.fail(where, "must name a font family or a .ttf file in the kit")
            return Path()
        if value.lower().endswith((".ttf", ".otf")):
            path = self.inside(where, value)
            if path is None:
                return Path()
            if not path.is_file():
                self.fail(where, f"the font file {value} is missing")
                return Path()
            if path.stat().st_size > MAX_FILE_BYTES:
                self.fail(where, f"the font file {value} is larger than 20 MB")
                return Path()
        else:
            try:
                path = fonts.find(value)
            except PrintingError:
                self.fail(where, f"the font {value} is not installed")
                return Path()
        try:
            fonts.register(path)
        except PrintingError as error:
            self.fail(where, error.message.render())
        return path

    def inside(self, where: str, value: str) -> Path | None:
        """The kit file `value` names, only when it is inside the kit folder: a kit is data
        from a brand, and `../../etc/passwd` or `/etc/passwd` must not be read."""
        folder = self.folder.resolve()
        path = (folder / value).resolve()
        if not path.is_relative_to(folder) or path == folder:
            self.fail(where, f"{value} is not a file inside the kit folder")
            return None
        return path

    def logo(self) -> Path | None:
        value = self.table("logo").get("file")
        if value is None:
            return None
        path = self.inside("logo.file", str(value))
        if path is None:
            return None
        if not path.is_file():
            self.fail("logo.file", f"the logo {value} is missing")
            return None
        reason = logo_problem(path)
        if reason is not None:
            self.fail("logo.file", f"the logo {value} {reason}")
            return None
        return path

    def template(self, where: str, source: Any) -> jinja2.Template:
        if not isinstance(source, str):
            self.fail(where, "is missing")
            return _ENVIRONMENT.from_string("")
        if len(source) > MAX_TEMPLATE_CHARS:
            self.fail(where, f"the template is longer than {MAX_TEMPLATE_CHARS} characters")
            return _ENVIRONMENT.from_string("")
        try:
            return _ENVIRONMENT.from_string(source)
        except jinja2.TemplateSyntaxError as error:
            self.fail(where, f"template error on line {error.lineno}: {error.message}")
        except Exception as error:
            self.fail(where, f"template error: {error}")
        return _ENVIRONMENT.from_string("")


def logo_problem(path: Path) -> str | None:
    """Why the logo cannot be printed (not an image, truncated, too many pixels), or None.
    The pixel count is read from the header before anything is decoded; a kit is loaded for
    every insert, so the answer is kept while the file is unchanged."""
    stat = path.stat()
    if stat.st_size > MAX_FILE_BYTES:
        return "is larger than 20 MB"
    return _logo_problem(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _logo_problem(path: Path, _mtime_ns: int, _size: int) -> str | None:
    try:
        with Image.open(path) as image:
            if image.format not in LOGO_FORMATS:
                return f"is a {image.format} file, not a PNG, JPEG, WebP, GIF or BMP image"
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS:
                return (f"has {width}x{height} pixels (at most {MAX_LOGO_PIXELS // 1_000_000} "
                        "megapixels)")
            image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError):
        return "is not an image"
    except (OSError, ValueError, SyntaxError) as error:
        return f"cannot be read: {error}"
    return None
