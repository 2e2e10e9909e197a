"""Draws the demo businesses' logos (appservice/src/demo/logos/*.png).

Run with the Synapse virtual environment's Python, which has Pillow:
    .venv/bin/python scripts/make-demo-logos.py
"""
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

LOGOS = {
    "baeckerei-schmidt": ("BS", (196, 120, 52), (255, 244, 228)),
    "radwerk-leipzig": ("RW", (33, 111, 82), (232, 248, 240)),
    "zahnarzt-aydin": ("DA", (38, 92, 160), (236, 244, 255)),
    "buergeramt-mitte": ("BA", (90, 90, 110), (245, 245, 250)),
    "talentbruecke": ("TB", (128, 52, 140), (250, 238, 252)),
    "cafe-lumiere": ("CL", (150, 72, 48), (252, 240, 232)),
    "kwiaciarnia-roza": ("KR", (190, 48, 92), (255, 236, 242)),
    "zum-anker": ("ZA", (24, 54, 96), (230, 238, 250)),
}

SIZE = 256
out = Path(__file__).resolve().parent.parent / "appservice" / "src" / "demo" / "logos"
out.mkdir(parents=True, exist_ok=True)
font = ImageFont.load_default(size=104)

for slug, (initials, colour, light) in LOGOS.items():
    image = Image.new("RGB", (SIZE, SIZE), light)
    draw = ImageDraw.Draw(image)
    draw.ellipse((16, 16, SIZE - 16, SIZE - 16), fill=colour)
    draw.text((SIZE / 2, SIZE / 2), initials, font=font, fill=light, anchor="mm")
    image.save(out / f"{slug}.png", optimize=True)
    print(out / f"{slug}.png")
