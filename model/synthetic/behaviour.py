"""How one member uses LinkedIn: the habits that differ between real people of one profession.

A profession fixes who the owner meets at work; how the network *looks* depends on habits
that vary from person to person whatever the job: when they joined LinkedIn, whether they
connect with friends and relatives at all, how fast their colleagues move on, how often
recruiters approach them. :func:`typical_behaviour` is the generator's one fixed mix (tests
and the bundled sample use it); :func:`varied_behaviour` draws every habit per person from a
wide range chosen from what is plausible for real networks (training uses it), so that a
model learns weights that hold across the range instead of for one mix.

The ranges come from reasoning about real members, not from any evaluation set: nothing here
is fitted to ``bench/independent``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

# When the member joined LinkedIn, relative to the first listed job.
JOIN_STAGES = ("usual", "student", "starter", "mid_career")
# Friends and relatives: drawn per person too, but kept at the fixed mix for training. With
# them varied as well, the model trained on the result did worse on the development seeds:
# ECE 0.018 -> 0.029 with a career, worst person 0.603 -> 0.567 without one, ECE 0.047 ->
# 0.064 without dates (docs/model-quality.md). ``vary_social`` switches them on.
SOCIAL_HABITS = ("private_weight", "family_weight", "family_surname", "relatives_at_work",
                 "friends_in_trade", "university_in_trade")  # fmt: skip


@dataclass(frozen=True)
class Behaviour:
    """One member's habits; the defaults are the generator's fixed mix."""

    join_stage: str = "usual"  # see JOIN_STAGES; "usual": the profession's join-year draw
    burst_days: float = 100.0  # mean length of the first burst after joining
    burst_friends: float = 0.65  # share of school and university friends found in the burst
    burst_family: float = 0.35  # share of relatives found in the burst
    join_colleagues: float = 0.0  # share of the job-at-join's colleagues added in the burst
    colleague_early: float = 0.35  # share of a job's colleagues added in its first months
    private_weight: float = 1.0  # multiplies every private source (sociability)
    family_weight: float = 1.0  # multiplies the family source on top
    family_surname: float = 0.5  # share of relatives who carry the owner's surname
    relatives_at_work: float = 0.0  # share of colleagues who are relatives (family business)
    friends_in_trade: float = 0.0  # share of friends and neighbours in the owner's own field
    university_in_trade: float = 0.45  # share of university friends in the owner's field
    colleague_turnover: float = 4.0  # mean years before a colleague moves to another company
    partner_turnover: float = 6.0  # the same for contacts at clients and suppliers
    ex_colleague_left: float = 0.35  # share of just-departed colleagues already elsewhere
    colleague_friend_stayed: float = 0.3  # colleagues-turned-friends still at the employer
    recruiter_weight: float = 1.0  # multiplies the recruiters-approaching source
    recruiter_near_start: float = 0.4  # share of those recruiters in the months before a job
    empty_company: tuple[float, float] = (0.04, 0.14)  # range of the share without a company
    activity_growth: float = 0.08  # yearly growth of the member's LinkedIn use


def typical_behaviour() -> Behaviour:
    """The generator's fixed mix: the same habits for everybody (tests, sample, benchmarks)."""
    return Behaviour()


def varied_behaviour(rng: np.random.Generator, vary_social: bool = False) -> Behaviour:
    """Habits drawn per person from wide, plausible ranges (one line each says why);
    the friends-and-relatives ones (SOCIAL_HABITS) stay at the fixed mix unless
    ``vary_social``."""
    u = rng.uniform

    def lognormal(median: float, sigma: float, lo: float, hi: float) -> float:
        return float(np.clip(rng.lognormal(np.log(median), sigma), lo, hi))

    empty = u(0.02, 0.30)  # some networks hide almost nothing, privacy-minded ones a third
    drawn = Behaviour(
        # students join for internships, starters with the first job, many only years into
        # a career (LinkedIn reached most Dutch professionals after 2008)
        join_stage=str(rng.choice(JOIN_STAGES, p=[0.2, 0.25, 0.25, 0.3])),
        # importing an address book fills the burst in weeks; others trickle in for a year
        burst_days=lognormal(100, 0.6, 25, 365),
        burst_friends=u(0.25, 0.85),  # old friends find a newcomer quickly, or never bother
        burst_family=u(0.1, 0.6),  # relatives are found early or added at family events
        # whoever joins during a job connects with the people around them first
        join_colleagues=u(0.0, 0.5),
        colleague_early=u(0.1, 0.6),  # onboarding waves vs. meeting colleagues over years
        # some keep LinkedIn strictly for work, others connect with every friend they have
        private_weight=lognormal(1.0, 0.5, 0.3, 3.0),
        # most connect with a few relatives, some with a large family
        family_weight=lognormal(0.7, 0.9, 0.1, 5.0),
        # relatives by marriage and the mother's side carry other names; some families one
        family_surname=u(0.2, 0.75),
        # family businesses employ relatives (about one member in ten works in one)
        relatives_at_work=u(0.01, 0.06) if rng.random() < 0.1 else 0.0,
        # friends tend to share one's trade (people befriend people like themselves)
        friends_in_trade=u(0.0, 0.35),
        university_in_trade=u(0.2, 0.7),  # a vocational study leads classmates to the trade
        # colleagues move on after a few years in fast-moving trades, a decade in slow ones
        colleague_turnover=lognormal(4.0, 0.5, 1.5, 12.0),
        partner_turnover=lognormal(6.0, 0.5, 2.0, 15.0),
        ex_colleague_left=u(0.15, 0.6),  # leavers connect from their new job or the old one
        colleague_friend_stayed=u(0.1, 0.5),  # a friend from work may still be there or not
        # in-demand trades are approached every month, others hardly ever
        recruiter_weight=lognormal(1.0, 0.8, 0.15, 5.0),
        # active job seekers meet recruiters before a move; others are approached any time
        recruiter_near_start=u(0.1, 0.7),
        empty_company=(empty * 0.5, empty * 1.5),
        activity_growth=u(-0.05, 0.2),  # some use LinkedIn ever more, others let it lapse
    )
    if vary_social:
        return drawn
    fixed = typical_behaviour()
    return replace(drawn, **{name: getattr(fixed, name) for name in SOCIAL_HABITS})
