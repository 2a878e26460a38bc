"""A second training generator, written from first principles apart from the first one.

A model trained on one generator learns that generator's habits (how many contacts come before
the first job, how telling a title of one's own trade is). This one was written without
looking at the first generator's vocabulary, mixes or labelling choices: its own lines of work
(:mod:`.trades`: care, education, trades, public sector, retail, logistics, IT, finance,
creative, hospitality, recruitment, self-employed), names and companies (:mod:`.words`), habits
drawn per person (:mod:`.habits`), careers (:mod:`.life`), circles and labelling conventions
(:mod:`.circles`) and its own zip writer (:mod:`.writer`). Training mixes persons of both.

``make_person(seed, trade=None, n_contacts=None)`` returns a :class:`SecondPerson` with
``career``, ``contacts`` and ``labels`` (label, employer, position_index, category, source)
like the first generator's persons; ``write_export(person, folder)`` writes its zip.
"""

from .person import LABEL_COLUMNS, SecondPerson, iter_persons, make_person
from .trades import TRADE_NAMES, TRADES
from .writer import export_files, write_export

__all__ = [
    "LABEL_COLUMNS",
    "TRADES",
    "TRADE_NAMES",
    "SecondPerson",
    "export_files",
    "iter_persons",
    "make_person",
    "write_export",
]
