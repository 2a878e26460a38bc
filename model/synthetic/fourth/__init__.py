"""A fourth training generator, written apart from the other three (issue 8).

Its world is the practical economy of the Netherlands and Flanders, mostly in Dutch:
construction and installation trades, drivers and planners at hauliers, hospitality, shop
floors and franchise supermarkets, greenhouses, cleaning, security, police, defence, fire
brigade, nursing homes, childcare, hairdressers, municipal field services, warehouses and
self-employed gardeners, painters and tilers (:mod:`.tracks`). Members use LinkedIn lightly
(a few dozen to a few hundred contacts; a few franchise owners and networkers have thousands),
join it late, write their titles loosely ("Eigenaar bij X", "ZZP | Tegelzetter | Badkamers",
capitals, slips, nothing at all) and their employers in many ways (with or without B.V., a
branch's town, the franchise formula or the legal owner, the staffing agency or the client it
placed them at). Careers (:mod:`.worklife`) have school jobs, seasonal work, a second job at
the same time, gaps, changes of trade, bankruptcies and take-overs; contacts (:mod:`.ties`)
come in bursts: joining LinkedIn, a new job, a course.

Labelling conventions (this generator's annotator; others may differ, as real ones do):

1. A work contact belongs to the job where they were met, as the member lists it
   (``employer`` is the Positions.csv company, agency or client as written) — the export
   can name no other employer.
2. A temp worker's colleagues at the client site and the agency's intercedent are work for
   the agency placement — the placement is the job, whoever pays the wages.
3. A recruiter or intercedent of an agency that did not place the member is private —
   an unsolicited approach is not work the member did.
4. Customers of a self-employed member or a family business are work (client) for that
   business — the customers are what the business is.
5. A friend who later became a customer of the member's own business is private, even when
   the firm is on the business's customer list — the tie was made as friends.
6. Relatives working in the family firm are private — family stays with the person.
7. A colleague connected after the member left (even years later) is work for the job they
   shared — the acquaintance comes from that job.
8. Colleagues of a job left out of the profile are private — no listed employer can claim them.
9. Colleagues of a job beside school (vakkenvuller at 15) are private, listed or not —
   teenage friendships, no employer's business.
10. People met on a vocational course during a job (VCA, heftruck, vakopleiding) are
    "other work" for that job — the employer sent the member and paid the day.
11. A colleague whose firm went bankrupt or was taken over is still work for that job —
    what happened to the firm later does not change how the tie was made.
12. Applicants a hiring member connected with are work (candidate) — recruiting staff is part
    of running a shop, kitchen or salon.

``make_person(seed, track=None, n_contacts=None)`` returns a :class:`FourthPerson` with
``career``, ``contacts``, ``labels`` (``LABEL_COLUMNS``) and ``clients(i)``;
``write_export(person, folder)`` writes its LinkedIn zip with this package's own writer.
"""

from .export import export_files, write_export
from .person import LABEL_COLUMNS, FourthPerson, Habits, iter_persons, make_person
from .tracks import TRACK_NAMES, TRACKS

__all__ = [
    "LABEL_COLUMNS",
    "TRACKS",
    "TRACK_NAMES",
    "FourthPerson",
    "Habits",
    "export_files",
    "iter_persons",
    "make_person",
    "write_export",
]
