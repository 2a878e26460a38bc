"""A third training generator, written apart from the first two (issue 8).

Weights learned from several unlike sources hold better on an unseen one. This source was
written without reading the other generators' vocabulary or habit modules, and differs from
them where real networks do: a Belgian and international market (Flemish, Walloon and expat
names, English-only titles in multinationals, moves abroad), light users with a few dozen
contacts beside heavy networkers with thousands (sales, recruiters, founders, event people),
job-hoppers and freelancers with simultaneous client engagements, long gaps for study, care
or a sabbatical, employers known by their initials or a legal-form variant, and networks made
mostly of alumni and students (:mod:`.person` lists its labelling conventions and reasons).

``make_person(seed, track=None, n_contacts=None)`` returns a :class:`ThirdPerson` with
``career``, ``contacts``, ``labels`` and ``clients(i)`` like the other generators' persons;
``write_export(person, folder)`` writes its LinkedIn zip (the second generator's writer, which
reads only ``career`` and ``contacts``).
"""

from ..second import export_files, write_export
from .person import LABEL_COLUMNS, Habits, ThirdPerson, iter_persons, make_person
from .tracks import TRACK_NAMES, TRACKS

__all__ = [
    "LABEL_COLUMNS",
    "TRACKS",
    "TRACK_NAMES",
    "Habits",
    "ThirdPerson",
    "export_files",
    "iter_persons",
    "make_person",
    "write_export",
]
