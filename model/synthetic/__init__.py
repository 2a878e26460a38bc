"""Generated LinkedIn members for tests, the bundled sample, benchmarks and training.

Never real people: names, companies and careers are random combinations of invented parts.
"""

from .generator import SyntheticPerson, generate_person, iter_people, read_labels, write_sample
from .professions import PROFESSIONS
from .sample import BUNDLED_SAMPLE, write_bundled_sample

__all__ = [
    "BUNDLED_SAMPLE",
    "PROFESSIONS",
    "SyntheticPerson",
    "generate_person",
    "iter_people",
    "read_labels",
    "write_bundled_sample",
    "write_sample",
]
