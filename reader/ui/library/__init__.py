"""The library in the window: the Library dock (its articles, and search across them), the
searching thread, and in-article Find. Nothing here is imported before the window's first
paint: the dock is built the first time it is asked for."""
