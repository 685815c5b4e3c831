"""The reading view: panes, their text, the banner, and paragraph-level syncing."""
