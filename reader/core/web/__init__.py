"""Articles from the web: fetch a news page and its language versions, extract the article,
and keep it as an article folder with the evidence of where each version came from.

Pure functions with plain arguments, progress reported through a callback and cancellation
checked between fetches, returning plain picklable values: they run as they are in a worker
process. Nothing on a page is executed or loaded (no scripts, images or frames).
"""
