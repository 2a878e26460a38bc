"""Standard streams whose reader may go away: ``contact-ownership classify … 2>&1 | head -0``.

Python meets the closed pipe as a BrokenPipeError at a write, or at its own last flush
("Exception ignored … BrokenPipeError", status 120). The command line wraps stdout and stderr
while a command runs, so that what is left to say is dropped and the command ends with its
own status, as ``git`` and ``ls`` do under ``head``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator


class MayClose:
    """A standard stream whose reader may go away (``2>&1 | head -0``): once a write or flush
    meets a broken pipe, the stream's descriptor is pointed at the null device and the rest
    of what the command says is dropped. The command goes on to its end and its own exit
    status (an error stays 2, a failed batch 1), and Python's final flush finds nothing to
    fail on ("Exception ignored ... BrokenPipeError", status 120)."""

    def __init__(self, stream):
        self._stream = stream
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._went()
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._went()

    def _went(self) -> None:
        self.gone = True
        with contextlib.suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, self._stream.fileno())
            finally:
                os.close(null)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def streams_that_may_close() -> Iterator[None]:
    """Within: stdout and stderr (those there are: either may be None) as :class:`MayClose`;
    put back after, so the caller's own streams (a test's capture) are left as they were."""
    saved = sys.stdout, sys.stderr
    wrapped = tuple(None if s is None else MayClose(s) for s in saved)
    sys.stdout, sys.stderr = wrapped
    try:
        yield
    finally:
        # What is still in the buffers (stdout on a pipe is block-buffered) is flushed here,
        # through the wrappers: left for Python's final flush, it would meet the closed pipe.
        for stream in wrapped:
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.flush()
        sys.stdout, sys.stderr = saved
