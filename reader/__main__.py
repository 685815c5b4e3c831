from reader.cli import entry

if __name__ == "__main__":  # not when imported
    entry()
