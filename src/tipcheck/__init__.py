"""tipcheck: checks a State's anti-trafficking law and practice against COP resolution 11/5."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tipcheck")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
