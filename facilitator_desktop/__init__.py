"""Facilitator Desktop: an offline companion for facilitators of in-person groups."""

__version__ = "0.1.0"
APP_NAME = "Facilitator Desktop"
APP_ID = "facilitator-desktop"
DEMO_PASSPHRASE = "demo"  # published: the demo workspace holds only sample data
