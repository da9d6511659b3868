"""Small charts drawn with QPainter: no Qt Charts (deprecated), no plotting library.

Each chart keeps its data as plain tuples, works out where everything goes once per size
(`_layout`), paints from that, and answers tooltips and clicks from the same geometry. The
colours come from the palette (and look.py), so light and dark themes both read; meaning
never rests on colour alone — letters, dashes and tooltips carry it too.
"""
