import sys

from reader.cli import main

if __name__ == "__main__":  # not when imported
    sys.exit(main())
