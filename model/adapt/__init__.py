"""Per-person adaptation at classify time: the network being classified is unlabelled data
of the person the suggestions are for (see :mod:`.person`, :mod:`.label_shift`)."""

from .label_shift import ShareEstimate, estimate_share, shift_posteriors
from .person import (
    ADAPT_BY_DEFAULT,
    SAMPLE_ROWS,
    STRENGTH,
    LabelShiftAdapter,
    sample_rows,
    source_share,
)
from .texts import adaptation_reason

__all__ = [
    "ADAPT_BY_DEFAULT",
    "SAMPLE_ROWS",
    "STRENGTH",
    "LabelShiftAdapter",
    "ShareEstimate",
    "adaptation_reason",
    "estimate_share",
    "sample_rows",
    "shift_posteriors",
    "source_share",
]
