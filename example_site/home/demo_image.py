"""The demo's illustration, drawn in code so the repository ships no binary image."""

from io import BytesIO

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675


def _blend(top, bottom, fraction):
    return tuple(
        round(a + (b - a) * fraction) for a, b in zip(top, bottom, strict=True)
    )


def _snowflakes(count):
    # A fixed scatter (no random module): the same picture on every run.
    for n in range(count):
        yield (n * 397) % WIDTH, (n * 211) % (HEIGHT * 2 // 3), 1 + n % 3


def draw_snowy_mountains():
    """Return JPEG bytes of snowy peaks under a winter sky, with a farm cabin."""
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)

    # Sky: cold blue at the top, almost white at the horizon.
    for y in range(HEIGHT):
        draw.line(
            [(0, y), (WIDTH, y)],
            fill=_blend((96, 135, 178), (232, 240, 246), y / HEIGHT),
        )

    # Far range, then the near range with snow caps.
    draw.polygon(
        [
            (0, 430),
            (140, 300),
            (260, 360),
            (420, 230),
            (560, 340),
            (700, 260),
            (860, 360),
            (1010, 250),
            (1200, 380),
            (1200, 675),
            (0, 675),
        ],
        fill=(138, 156, 182),
    )
    peaks = [
        (-60, 560, 250),
        (230, 560, 150),
        (540, 560, 200),
        (860, 560, 120),
        (1080, 560, 230),
    ]
    for left, base, top in peaks:
        apex = (left + 220, top)
        draw.polygon([(left, base), apex, (left + 440, base)], fill=(84, 100, 124))
        cap = 0.32
        draw.polygon(
            [
                apex,
                (round(apex[0] - 220 * cap), round(top + (base - top) * cap)),
                (round(apex[0] - 60 * cap), round(top + (base - top) * cap * 0.8)),
                (round(apex[0] + 40 * cap), round(top + (base - top) * cap)),
                (round(apex[0] + 220 * cap), round(top + (base - top) * cap * 0.9)),
            ],
            fill=(246, 249, 252),
        )

    # Snowfield in the foreground.
    draw.rectangle([(0, 560), (WIDTH, HEIGHT)], fill=(240, 245, 249))
    draw.ellipse([(-200, 520), (700, 760)], fill=(248, 251, 253))

    # A small cabin and a wood pile: the farm.
    draw.rectangle([(820, 560), (940, 630)], fill=(110, 72, 48))
    draw.polygon([(805, 565), (880, 510), (955, 565)], fill=(245, 248, 251))
    draw.rectangle([(868, 592), (892, 630)], fill=(70, 44, 30))
    for row in range(3):
        for col in range(4 - row):
            x = 965 + col * 18 + row * 9
            y = 618 - row * 16
            draw.ellipse(
                [(x, y), (x + 16, y + 16)], fill=(150, 108, 70), outline=(95, 64, 40)
            )

    # Pines along the edge of the field.
    for x in range(30, WIDTH, 95):
        if 780 < x < 1060:
            continue
        height = 70 + (x * 13) % 40
        draw.polygon(
            [(x, 585 - height), (x - 22, 585), (x + 22, 585)], fill=(40, 74, 62)
        )
        draw.polygon(
            [(x, 585 - height), (x - 9, 585 - height + 28), (x + 9, 585 - height + 28)],
            fill=(246, 249, 252),
        )

    for x, y, radius in _snowflakes(160):
        draw.ellipse(
            [(x - radius, y - radius), (x + radius, y + radius)], fill=(255, 255, 255)
        )

    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()
