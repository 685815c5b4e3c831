"""The Qt shell: renders what the core decides, and wires user actions to it."""
