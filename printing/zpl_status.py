"""A Zebra printer's answer to `~HS` (host status), parsed as the ZPL II manual lays it out:
three strings, each `<STX>...<ETX><CR><LF>`.

    1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l   interface, paper out, paused, label length (dots),
                                          formats in the buffer, buffer full, diagnostic mode,
                                          partial format, unused, corrupt RAM, under / over
                                          temperature
    2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www   function settings, unused, head up (open), ribbon
                                          out, thermal transfer mode, print mode, print width
                                          mode, label waiting, labels remaining, format while
                                          printing, graphics stored
    3: xxxx,y                             password, static RAM installed

Only the first string is required: a printer that sends it alone (some emulations do) is
read for paper out and pause, with no word on the head or ribbon."""

from __future__ import annotations

from dataclasses import dataclass

from station.messages import Message, msg

STX, ETX = b"\x02", b"\x03"


@dataclass(frozen=True)
class HostStatus:
    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False
    buffer_full: bool = False
    corrupt_ram: bool = False
    under_temperature: bool = False
    over_temperature: bool = False
    label_length_dots: int = 0
    formats_in_buffer: int = 0
    labels_remaining: int = 0

    def problems(self, printer: str) -> list[Message]:
        """What stops this printer from printing, the one to fix first first: a head left
        open is why paper out or ribbon out is often reported with it."""
        found = []
        if self.head_open:
            found.append(msg("Printing", "Printer {printer}: the print head is open. Close "
                             "it.", printer=printer))
        if self.paper_out:
            found.append(msg("Printing", "Printer {printer} is out of paper.", printer=printer))
        if self.ribbon_out:
            found.append(msg("Printing", "Printer {printer} is out of ribbon.",
                             printer=printer))
        if self.paused:
            found.append(msg("Printing", "Printer {printer} is paused.", printer=printer))
        if self.over_temperature:
            found.append(msg("Printing", "Printer {printer}: the print head is too hot; let "
                             "it cool down.", printer=printer))
        if self.under_temperature:
            found.append(msg("Printing", "Printer {printer}: the print head is too cold.",
                             printer=printer))
        if self.corrupt_ram:
            found.append(msg("Printing", "Printer {printer} reports a memory error: switch "
                             "it off and on.", printer=printer))
        return found


def complete(data: bytes) -> bool:
    """Whether all three strings of an answer have arrived."""
    return data.count(ETX) >= 3


def parse_host_status(data: bytes) -> HostStatus | None:
    """The status in an ~HS answer, or None when `data` holds no well-formed first string
    (not every device on port 9100 is a Zebra)."""
    strings: list[list[str]] = []
    rest = data
    while len(strings) < 3:
        start = rest.find(STX)
        end = rest.find(ETX, start + 1)
        if start < 0 or end < 0:
            break
        strings.append(rest[start + 1:end].decode("ascii", "replace").split(","))
        rest = rest[end + 1:]
    if not strings or len(strings[0]) < 12:
        return None
    first = [field.strip() for field in strings[0]]
    second = [field.strip() for field in strings[1]] if len(strings) > 1 else []
    if second and len(second) < 9:
        second = []
    thermal_transfer = bool(second) and second[4] == "1"
    return HostStatus(
        paper_out=first[1] == "1", paused=first[2] == "1",
        label_length_dots=_number(first[3]), formats_in_buffer=_number(first[4]),
        buffer_full=first[5] == "1", corrupt_ram=first[9] == "1",
        under_temperature=first[10] == "1", over_temperature=first[11] == "1",
        head_open=bool(second) and second[2] == "1",
        # The ribbon flag means nothing on direct thermal media (no ribbon to run out).
        ribbon_out=thermal_transfer and second[3] == "1",
        labels_remaining=_number(second[8]) if second else 0,
    )


def _number(text: str) -> int:
    return int(text) if text.isdigit() else 0
