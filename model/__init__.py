"""Contact Ownership's core: reading exports, the owner's career, features, the classifier,
review sessions and batch work. GUI-free: the desktop app, the command line and the tests use it."""

__version__ = "0.1.0"
