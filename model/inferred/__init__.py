"""The owner's career inferred from the network, for exports without one (Connections.csv
alone): the employer a dominant, bursty cluster of contacts points to, with its likely dates.

:func:`infer_career` is what classification calls when the career is empty;
:class:`CareerInference` is the estimator behind it, :func:`company_bursts` the per-company
statistics it reads. An inferred career is marked (:func:`is_inferred`), so reasons can say
the employer is inferred and the app can offer it as a suggestion to accept, correct or clear.
"""

from .bursts import company_bursts
from .career import (
    CareerInference,
    InferredCareer,
    InferredPosition,
    choice_of,
    declined_career,
    describe,
    infer_career,
    is_inferred,
    restore_choice,
    shown_positions,
)
from .record import career_from_record, career_record

__all__ = [
    "CareerInference",
    "InferredCareer",
    "InferredPosition",
    "career_from_record",
    "career_record",
    "choice_of",
    "company_bursts",
    "declined_career",
    "describe",
    "infer_career",
    "is_inferred",
    "restore_choice",
    "shown_positions",
]
