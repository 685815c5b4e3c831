"""Reader: multilingual news articles side by side, right-to-left done right."""

__version__ = "0.1.0"
