"""A fifth training generator, written apart from the others (issue 8).

Its world is professional and corporate life in the Netherlands as LinkedIn shows it, in
English and Dutch: law firms and notaries, accountancy and audit, management and IT
consulting, banks and insurers, marketing and creative agencies, ministries, provinces and water
boards, NGOs and foundations, journalism, hospital specialists and psychologists, architecture
and engineering, pharma and medtech, scale-ups and SaaS, teachers and researchers
(:mod:`.tracks`). What it draws per member (:mod:`.person`, :mod:`.career`,
:mod:`.styling`): headlines instead of job titles ("Helping scale-ups grow | Ex-Deloitte",
"Op zoek naar een nieuwe uitdaging", "--"), abbreviations, a stale, empty or self-employed
company field, light users beside heavy networkers, consultants whose work contacts sit mostly
at clients, secondments, employers renamed by a merger, moves between competitors, to the
client side and back to an earlier employer. Vocabulary (:mod:`.words`) was written from
knowledge of the Dutch market, without reading the other generators or the product's lexicons.

Labelling conventions (each is a ``source`` value of the labels; another annotator may choose
otherwise, which is the point of a source written by other hands):

- ``recruiter``: an unsolicited recruiter is private — they approach the member about the
  member's own next job, which is the member's affair, not the employer's.
- ``cold_pitch``: an unsolicited salesperson is work (supplier) of the job held then — they
  approach the role, and the would-be buyer is the employer.
- ``conference`` / ``peer``: fellow professionals met at conferences, in cases and panels are
  work ("other work") of the job held then — met in working time, as the employer's face.
- ``alumni`` / ``alumni_client``: classmates are private, even those who later became
  clients — a contact is owned by how it was made, not by what it became.
- ``client_followed_member``: a client who followed the member to the next employer belongs to
  the job where the relationship began (that employer made it), though the next employer's
  client list names the account too.
- ``colleague_after_leaving``: a former colleague added after one of them left is work
  (colleague) of the shared job — the relationship was made there; the click came later.
- ``colleague_renamed_employer``: a colleague whose profile shows the employer's new name after
  a merger belongs to the position under the old name — the same employer.
- ``client_during_secondment``: a contact at the client the member was seconded to is a client
  of the seconding employer's position — that employer placed and paid the member.
- ``colleague_seconded``: a colleague whose profile names the client they are seconded to is
  a colleague of the member's position at their shared employer — the consultancy employs both.
- ``colleague`` of a job held before joining LinkedIn, looked up in the first months after
  joining, is work of that job — the tie was made there, the network only recorded it late.
- positions at one employer twice (a promotion, a return): a contact belongs to the position
  held on the day of connecting — that period is when the relationship was made.
- ``friend_at_employer``: a friend connected before the member joined the friend's employer is
  private — the friendship came first.
- ``candidate``: an applicant to a scale-up is work (candidate) whether hired or not — hiring is
  the employer's business.
- ``associate``: fellow freelancers working with a one-person business are colleagues of that
  business's position — they work together for its clients.
- ``stranger`` / ``second_degree`` / ``ex_pupil`` / ``friend`` / ``family`` / ``club``: private,
  whatever their title — accepted invitations without a working relation, former pupils who
  connect as adults, and private circles in the member's own line of work stay private.
- A colleague who moved on is still work: the export shows the contact's current company,
  not the one they had when connecting, and that does not change how the tie was made.

``make_person(seed, track=None, n_contacts=None)`` returns a :class:`FifthPerson` with
``career``, ``contacts``, ``labels`` (:data:`LABEL_COLUMNS`) and ``clients(i)`` like the other
generators' persons; ``write_export(person, folder)`` writes its LinkedIn zip with this
package's own writer (:mod:`.writer`).
"""

from .person import LABEL_COLUMNS, MAX_CONTACTS, FifthPerson, iter_persons, make_person
from .tracks import TRACK_NAMES, TRACKS
from .writer import export_files, write_export

__all__ = [
    "LABEL_COLUMNS",
    "MAX_CONTACTS",
    "TRACKS",
    "TRACK_NAMES",
    "FifthPerson",
    "export_files",
    "iter_persons",
    "make_person",
    "write_export",
]
