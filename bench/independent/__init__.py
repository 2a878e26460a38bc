"""An independent generator of labelled LinkedIn exports, to evaluate the shipped model on
data it was not built from. See :mod:`bench.independent.generator`."""

from .generator import LABEL_COLUMNS, Person, generate_person, generate_persons, write_person

__all__ = ["LABEL_COLUMNS", "Person", "generate_person", "generate_persons", "write_person"]
