"""The review in the window: statuses, notes and dismissed findings (``controller``), and the
margin that shows them beside the text (``margin``). Loaded after the first paint."""
