"""Generated LinkedIn members for tests, the bundled sample, benchmarks and training.

Never real people: names, companies and careers are random combinations of invented parts.

``generate_person(seed, profession=None, n_contacts=None)`` returns a :class:`SyntheticPerson`:
``career`` (positions newest first, exactly as Positions.csv lists them), ``contacts`` (the
schema frame in input order: newest connection first) and ``labels``, row for row:

- ``label``: "work" or "private", as someone who knows how the contact was met would say;
- ``employer`` / ``position_index``: the owner's position the work contact belongs to (its
  company as in Positions.csv, and its index in ``career.positions``); "" / -1 for private;
- ``category``: colleague, client, supplier, candidate, other work, or private;
- ``source``: the latent source (see ``professions.WORK_SOURCES`` and ``PRIVATE_SOURCES``).
  Some sources are ambiguous on purpose: ``colleague_friend`` (work, but connected long
  after and looking private), ``friend_at_work`` (private, at an employer or client),
  ``recruiter_contact`` (private recruiters approaching the owner), consumer clients.

``write_sample(out_dir, ...)`` writes the export zip (any layout / Excel variant) and
``labels.csv``; ``write_bundled_sample()`` rewrites model/shipped/sample/.
"""

from .generator import SyntheticPerson, generate_person, iter_people, read_labels, write_sample
from .pools import vocabulary
from .professions import PROFESSIONS
from .sample import BUNDLED_SAMPLE, write_bundled_sample

__all__ = [
    "BUNDLED_SAMPLE",
    "PROFESSIONS",
    "SyntheticPerson",
    "generate_person",
    "iter_people",
    "read_labels",
    "vocabulary",
    "write_bundled_sample",
    "write_sample",
]
