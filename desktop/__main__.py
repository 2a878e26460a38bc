"""``python -m desktop [FILE]`` starts the app."""

from desktop.app import main

raise SystemExit(main())
