// vitest setup: the one electron mock lives here once the shell lands.
