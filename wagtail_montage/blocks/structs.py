"""The plugin's StructBlock: every field present, and text never None.

Wagtail gives an optional text field's value as None when it was never set: a
block made in code from a dict without that key (``page.body.append(("track",
{"title": ...}))``), the block's default, or JSON stored with ``null``. The
admin's form gives ``""``. Every reader of the blocks (templates, the JSON APIs
and their types, JSON-LD, search) can then rely on a string.
"""

from wagtail import blocks

TEXT_BLOCKS = (
    blocks.CharBlock,
    blocks.TextBlock,
    blocks.URLBlock,
    blocks.RegexBlock,
    blocks.EmailBlock,
)


class StructBlock(blocks.StructBlock):
    def complete(self, value):
        """``value`` (a StructValue) with each missing field at its default and
        each text field that is None as ``""``."""
        for name, child in self.child_blocks.items():
            if name not in value:
                value[name] = child.get_default()
            if value[name] is None and isinstance(child, TEXT_BLOCKS):
                value[name] = ""
        return value

    def get_default(self):
        return self.complete(super().get_default())

    def to_python(self, value):
        return self.complete(super().to_python(value))

    def bulk_to_python(self, values):
        return [self.complete(value) for value in super().bulk_to_python(values)]

    def normalize(self, value):
        return self.complete(super().normalize(value))
