"""The personal layer: what one person's decisions teach, on top of the shipped model.

The shipped model knows no one's network; the person's first few dozen decisions do.
:class:`PersonalLayer` corrects the base model's logit for this person from their decisions
(a recalibration held toward the identity, plus terms for the base category, title words,
companies and timing, each used only as far as the decisions make it sure: one decision moves
its own company and title words, not every contact), :func:`review_order` ranks the undecided
contacts by how much deciding them would teach, and :func:`personalize` turns both into new
suggestions for the undecided rows only. Inputs are the base model's probabilities and plain facts of each contact (title
words, company key, connection timing), so the layer survives a retrained base model.
"""

from .inputs import PersonalInputs, personal_inputs
from .layer import PersonalLayer
from .order import review_order
from .personalize import Personalized, personalize

__all__ = [
    "PersonalInputs",
    "PersonalLayer",
    "Personalized",
    "personal_inputs",
    "personalize",
    "review_order",
]
