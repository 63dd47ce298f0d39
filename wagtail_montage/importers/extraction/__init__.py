"""Facts from a post's prose: tracks, albums, chart facts and certifications, filming
locations and the film, as blocks placed after the paragraph they come from."""

from .extract import extract_facts

__all__ = ["extract_facts"]
