"""Scale readers: a serial scale (pyserial) speaking one `LineProtocol`, and a USB HID POS
scale read from its hidraw device file. `read()` blocks until the next reading or until the
scale has been silent too long; a device problem is a reading (NO_DATA, DISCONNECTED), never
an exception, so a worker loop stays simple."""

from __future__ import annotations

import os
import select
import time
from collections.abc import Callable
from typing import Protocol

import serial

from scanning.scale.hid import parse_hid_report
from scanning.scale.protocols import PROTOCOLS, LineProtocol
from scanning.scale.readings import Reading, ScaleStatus
from scanning.scale.settings import ScaleSettings
from station.errors import StationError
from station.messages import Message, msg
from station.scans import ScaleCommand

Clock = Callable[[], float]
MAX_LINE = 256  # no scale line is longer; more without a newline is noise on the line


class ScaleReader(Protocol):
    def read(self) -> Reading: ...

    def send(self, command: ScaleCommand) -> Message | None:
        """Tare or zero; None when done (or sent, for a scale that does not answer)."""

    def close(self) -> None: ...

    def interrupt(self) -> None:
        """Make a blocked `read()` return soon (from another thread, before closing)."""


class ScaleUnavailableError(StationError):
    """The scale's port or device file cannot be opened."""


def _disconnected(ts: float, reason: object) -> Reading:
    return Reading(ScaleStatus.DISCONNECTED, ts, problem=msg(
        "Scale", "The scale is disconnected ({reason}): check its cable and power.",
        reason=str(reason)[:80]))


def _silent(ts: float, seconds: float) -> Reading:
    return Reading(ScaleStatus.NO_DATA, ts, problem=msg(
        "Scale", "The scale sent nothing for {seconds} s: is it on, and is the protocol right?",
        seconds=f"{seconds:g}"))


class SerialScale:
    """A scale on a serial port (or anything pyserial opens by URL). Lines end with LF (CR
    is dropped); a polled protocol is asked at most every `poll_s` seconds."""

    def __init__(self, port: serial.SerialBase, protocol: LineProtocol, *,
                 silence_s: float = 3.0, poll_s: float = 0.1, clock: Clock = time.monotonic
                 ) -> None:
        self._port = port
        self._protocol = protocol
        self._silence_s = silence_s
        self._poll_s = poll_s
        self._clock = clock
        self._buffer = b""
        self._last_poll = float("-inf")
        self._gone = False
        self._interrupted = False

    def read(self) -> Reading:
        if self._gone:
            return _disconnected(self._clock(), "closed")
        try:
            if self._protocol.poll is not None:
                self._pace()
                self._port.write(self._protocol.poll)
            line = self._next_line()
        except (serial.SerialException, OSError) as problem:
            self._gone = True
            return _disconnected(self._clock(), problem)
        if line is None:
            return _silent(self._clock(), self._silence_s)
        return self._protocol.parse(line, self._clock())

    def send(self, command: ScaleCommand) -> Message | None:
        data = self._protocol.commands.get(command)
        if data is None:
            return msg("Scale", "This scale cannot {command} by command.", command=command.value)
        try:
            self._port.write(data)
            if self._protocol.reply is None:
                return None
            while (line := self._next_line()) is not None:
                answer = self._protocol.reply(line)
                if answer is not None:
                    return answer.problem
        except (serial.SerialException, OSError) as problem:
            self._gone = True
            return _disconnected(self._clock(), problem).problem
        return msg("Scale", "The scale did not answer the {command} command.",
                   command=command.value)

    def close(self) -> None:
        self._gone = True
        self._port.close()

    def interrupt(self) -> None:
        self._interrupted = True

    def _pace(self) -> None:
        wait = self._last_poll + self._poll_s - self._clock()
        if wait > 0:
            time.sleep(wait)
        self._last_poll = self._clock()

    def _next_line(self) -> str | None:
        """The next non-empty line, or None after `silence_s` without one."""
        deadline = self._clock() + self._silence_s
        while True:
            newline = self._buffer.find(b"\n")
            if newline >= 0:
                line, self._buffer = self._buffer[:newline], self._buffer[newline + 1:]
                text = line.decode("ascii", errors="replace").strip("\r\x00 ")
                if text:
                    return text
                continue
            if len(self._buffer) > MAX_LINE:
                self._buffer = b""
            if self._clock() >= deadline or self._interrupted:
                return None
            chunk = self._port.read(max(1, self._port.in_waiting))
            self._buffer += chunk


def open_serial(settings: ScaleSettings, clock: Clock = time.monotonic) -> SerialScale:
    """Open the configured serial scale; ScaleUnavailableError says why it cannot be."""
    protocol = PROTOCOLS[settings.protocol]
    try:
        port = serial.serial_for_url(
            settings.port, baudrate=settings.baudrate, bytesize=settings.bytesize,
            parity=settings.parity, stopbits=settings.stopbits, timeout=0.2)
    except (serial.SerialException, OSError, ValueError) as problem:
        raise ScaleUnavailableError(
            msg("Scale", "Cannot open the scale on {port}: {reason}", port=settings.port,
                reason=str(problem)[:120]),
            msg("Scale", "Check the cable and the [scale] port setting; the weight can still "
                         "be scanned or typed.")) from problem
    return SerialScale(port, protocol, silence_s=settings.silence_s, poll_s=settings.poll_s,
                       clock=clock)


class HidScale:
    """A USB HID POS scale read from its hidraw device file (one report per read)."""

    def __init__(self, fd: int, *, silence_s: float = 3.0, clock: Clock = time.monotonic
                 ) -> None:
        self._fd = fd
        self._silence_s = silence_s
        self._clock = clock
        self._interrupted = False

    def read(self) -> Reading:
        if self._fd < 0:
            return _disconnected(self._clock(), "closed")
        try:
            deadline = self._clock() + self._silence_s
            while not select.select([self._fd], [], [], 0.2)[0]:
                if self._clock() >= deadline or self._interrupted:
                    return _silent(self._clock(), self._silence_s)
            report = os.read(self._fd, 64)
        except OSError as problem:
            self.close()
            return _disconnected(self._clock(), problem)
        if not report:
            self.close()
            return _disconnected(self._clock(), "end of file")
        return parse_hid_report(report, self._clock())

    def send(self, command: ScaleCommand) -> Message | None:
        return msg("Scale", "This USB scale is tared and zeroed with its own buttons.")

    def interrupt(self) -> None:
        self._interrupted = True

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def open_hid(settings: ScaleSettings, clock: Clock = time.monotonic) -> HidScale:
    try:
        fd = os.open(settings.port, os.O_RDONLY)
    except OSError as problem:
        raise ScaleUnavailableError(
            msg("Scale", "Cannot open the scale on {port}: {reason}", port=settings.port,
                reason=problem.strerror or str(problem)),
            msg("Scale", "Check that the USB scale is plugged in and that this user may read "
                         "its hidraw device.")) from problem
    return HidScale(fd, silence_s=settings.silence_s, clock=clock)


def open_scale(settings: ScaleSettings, clock: Clock = time.monotonic) -> ScaleReader:
    return open_hid(settings, clock) if settings.protocol == "hid" else open_serial(
        settings, clock)
