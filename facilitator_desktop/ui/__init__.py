"""Qt screens. Only this package (and app.py) imports Qt."""
