"""Building blocks of the sample workspace (see `facilitator_desktop.demo`)."""
