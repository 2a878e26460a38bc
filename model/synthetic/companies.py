"""Invented company names of the Dutch market, with the variants people type for one employer.

Names are built from invented stems, Dutch place-like words and surnames plus a sector word and
a legal form, so there are thousands and none is a famous brand. A :class:`Company` knows the
name the owner puts in Positions.csv and the variants contacts show ("Acme Nederland B.V.",
"Acme", "ACME Group").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .names import DUTCH_SURNAMES, PARTICLE_SURNAMES, words

_HEADS = words(
    """
    Ver Kwan Bri Lumi Nor Alta Cap Vel Tri Zen Omni Dat Flex Nova Quin Sol Arc Bel Cor Dex Eno
    Fin Gro Hal Ido Jul Kar Lex Mar Neo Ori Pra Rav Sca Tal Ube Vin Wes Xan Yor Zet Aqu Bra
    Cel Dyn Evo Fal Gen Hor Int Jad Kin Lin Mos Nex Opt Pol Qua Riv Sen Tor Uni Val Wil
"""
)
_TAILS = words("tix ora ion ex ico ant ware lo um ix on ara ide ium eon ity is ent ia ys")
_PLACES = words(
    """
    Amstel Rijnmond Utrecht Gooi Veluwe Twente Kempen Brabant Drechtsteden Zaanstreek Westland
    Haaglanden Noorderkwartier Achterhoek Betuwe Delfland Eemland Friesland Groningen Zeeland
    Limburg Flevoland Drenthe Holland Hollandia Waterland Kennemerland Rivierenland IJssel
    Amersfoort Zwolle Deventer Arnhem Nijmegen Tilburg Breda Eindhoven Leiden Haarlem Almere
    Apeldoorn Enschede Maastricht Dordrecht Alkmaar Hilversum Zoetermeer Gouda Ede Hengelo
"""
)
_DUTCH_WORDS = words(
    """
    Polder Duin Molen Tulp Dijk Rijn Maas Noorder Ooster Wester Zuider Haven Brug Toren Delta
    Kompas Anker Baken Vuurtoren Meander Horizon Sluis Kade Gracht Linde Eik Berk Kroon Zwaluw
"""
)
_EN_ADJECTIVES = words(
    "Blue Green Smart Next Bright Core Prime True Open Clear Silver Red North Swift Solid Fresh Deep Wise"
)
_EN_NOUNS = words(
    "Bridge Point Wave Line Stone Field Works Hub Logic Minds Path Gate Peak Spark Leaf Frame Harbor Craft"
)

# name patterns per sector: {s} stem, {p} place, {w} Dutch word, {n} surname
SECTOR_PATTERNS: dict[str, tuple[str, ...]] = {
    "it": ("{s} IT", "{s} Solutions", "{s} Digital", "{s} Software", "{s} Consulting", "{s}",
           "{s} Technology", "{s} Systems", "{s} Cloud", "{s} Data", "{w}{s2} ICT", "{s}soft"),
    "recruitment": ("{s} Recruitment", "{s} Werving & Selectie", "{s} Talent", "{s} Search",
                    "{s} Staffing", "{s} Detachering", "{s} Uitzendbureau", "{w} Personeel",
                    "{s} People", "{s} Executive Search"),
    "finance": ("{n} Accountants", "{s} Accountants", "{n} & Partners", "{s} Finance",
                "{s} Administratiekantoor", "{n} Belastingadviseurs", "{s} Audit",
                "{p} Accountants", "{s} Financial Services"),
    "banking": ("{s} Bank", "{p}se Bank", "{s} Capital", "{s} Vermogensbeheer", "{s} Invest",
                "{s} Hypotheken", "{s} Verzekeringen", "{w} Assurantiën", "{s} Insurance"),
    "education": ("{s} College", "Basisschool De {w}", "{p} Lyceum", "ROC {p}", "Hogeschool {p}",
                  "Stichting {s} Onderwijs", "{s} Scholengroep", "CBS De {w}", "OBS {w}",
                  "{p} College"),
    "healthcare": ("Ziekenhuis {p}", "{s} Zorg", "Zorggroep {p}", "{p} Medisch Centrum",
                   "Thuiszorg {p}", "{s} Care", "GGZ {p}", "Verpleeghuis De {w}",
                   "Huisartsenpraktijk {p}", "{s} Kliniek"),
    "government": ("Gemeente {p}", "Provincie {p}", "Waterschap {p}", "Omgevingsdienst {p}",
                   "Veiligheidsregio {p}", "Rijksdienst voor {g}", "Regionaal Bureau {g}"),
    "retail": ("{s} Retail", "{s} Fashion", "{w} Supermarkten", "{s} Store", "{s} Shop",
               "{s} Wonen", "{n} Mode", "{s} Outlet"),
    "hospitality": ("Café De {w}", "Restaurant {w}", "Hotel {p}", "{s} Catering", "Brasserie {w}",
                    "Strandpaviljoen {w}", "{s} Events", "Grand Café {p}"),
    "construction": ("{n} Bouw", "{s} Bouwgroep", "{n} Installatietechniek", "{s} Vastgoed",
                     "{s} Infra", "Bouwbedrijf {n}", "{s} Engineering", "{n} Aannemers"),
    "logistics": ("{s} Logistics", "{n} Transport", "{s} Logistiek", "{p} Distributie",
                  "{s} Freight", "{s} Warehousing", "{n} Expeditie"),
    "legal": ("{n} Advocaten", "{n} & {n2} Advocaten", "{s} Legal", "{n} Notarissen",
              "{s} Law", "Advocatenkantoor {n}", "{n} Juristen"),
    "real estate": ("{n} Makelaars", "{s} Makelaardij", "{s} Vastgoed", "{p} Wonen",
                    "{s} Real Estate", "{n} Makelaardij o.g.", "{s} Woningcorporatie"),
    "marketing": ("{s} Media", "{s} Marketing", "{s} Creative", "Reclamebureau {w}",
                  "{s} Communicatie", "{s} Agency", "{s} Brands", "{s} Studio"),
    "manufacturing": ("{s} Industries", "{n} Machinefabriek", "{s} Metaal", "{s} Packaging",
                      "{s} Chemicals", "{s} Food", "{s} Techniek", "{s} Products"),
    "energy": ("{s} Energie", "{s} Energy", "{s} Solar", "{p} Warmte", "{s} Power",
               "{s} Netbeheer"),
    "telecom": ("{s} Telecom", "{s} Mobile", "{s} Networks", "{s} Connect", "{s} Fiber"),
    "consultancy": ("{s} Consultancy", "{s} Advies", "{s} Management Consultants",
                    "{n} Organisatieadvies", "{s} Partners", "{s} Strategy", "{s} Interim"),
    "international": ("{s} Ltd", "{s} LLC", "{s} Inc.", "{s} GmbH", "{s} S.A.", "{s} Pvt Ltd",
                      "{s} Global", "{s} Holdings", "{s} Ventures", "{s} Trading"),
    "nonprofit": ("Stichting {w}", "Vereniging {p}", "{s} Foundation", "Stichting {s}",
                  "Vrijwilligerscentrale {p}"),
}  # fmt: skip
SECTORS: tuple[str, ...] = tuple(SECTOR_PATTERNS)
_GOV_TOPICS = ("Ondernemend Nederland", "Infrastructuur", "Wonen", "Onderwijs", "Zorg",
               "Wegen en Water", "Cultureel Erfgoed", "Financiën")  # fmt: skip

# Legal forms and suffixes, with how often each is appended to a name.
_FORMS = ("B.V.", "BV", "N.V.", "Groep", "Group", "Holding", "Nederland", "(Nederland)",
          "Nederland B.V.", "Benelux", "International", "b.v.")  # fmt: skip
_FORM_P = np.array([30, 8, 3, 6, 4, 3, 6, 2, 6, 3, 3, 2], dtype=float)
_FORM_P /= _FORM_P.sum()
# Sectors whose organisations are not companies: no "B.V." after "Gemeente Ede".
_NO_FORM = {"education", "healthcare", "government", "nonprofit", "hospitality", "international"}


@dataclass(frozen=True)
class Company:
    """An invented organisation: ``name`` is how the owner writes it; ``short`` the bare brand."""

    name: str
    short: str
    sector: str
    brand: str = ""  # the invented word alone ("Kwantix" of "Kwantix IT"), "" when none

    def variants(self) -> tuple[str, ...]:
        """Spellings contacts use for this organisation, the owner's one first."""
        out = [self.name, self.short]
        if self.brand:
            out += [self.brand, f"{self.brand} Nederland", f"{self.brand} B.V."]
        if self.sector not in _NO_FORM:
            out += [f"{self.short} B.V.", f"{self.short} Nederland", self.short.upper(),
                    f"{self.short} Group", f"{self.short} Nederland B.V."]  # fmt: skip
        else:
            out += [self.name.lower(), self.name.replace("De ", "de ")]
        seen: list[str] = []
        for v in out:
            if v and v not in seen:
                seen.append(v)
        return tuple(seen)


def _stem(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.5:
        return _HEADS[rng.integers(len(_HEADS))] + _TAILS[rng.integers(len(_TAILS))]
    if r < 0.65:
        a = _EN_ADJECTIVES[rng.integers(len(_EN_ADJECTIVES))]
        b = _EN_NOUNS[rng.integers(len(_EN_NOUNS))]
        return f"{a}{b}" if rng.random() < 0.6 else f"{a} {b}"
    if r < 0.75:
        a = _DUTCH_WORDS[rng.integers(len(_DUTCH_WORDS))]
        b = _HEADS[rng.integers(len(_HEADS))].lower() + _TAILS[rng.integers(len(_TAILS))]
        return a + b
    if r < 0.9:
        return _PLACES[rng.integers(len(_PLACES))]
    return _HEADS[rng.integers(len(_HEADS))].upper() + _HEADS[rng.integers(len(_HEADS))].upper()


def _surname(rng: np.random.Generator) -> str:
    pool = DUTCH_SURNAMES if rng.random() < 0.7 else PARTICLE_SURNAMES
    name = pool[rng.integers(len(pool))]
    # "van Dijk" becomes "Van Dijk" at the start of a firm name.
    return name[0].upper() + name[1:]


def make_company(rng: np.random.Generator, sector: str | None = None) -> Company:
    """One invented organisation of ``sector`` (random sector when None)."""
    if sector is None:
        sector = SECTORS[rng.integers(len(SECTORS))]
    patterns = SECTOR_PATTERNS[sector]
    pattern = patterns[rng.integers(len(patterns))]
    stem = _stem(rng)
    fields = {
        "s": stem,
        "s2": _stem(rng).lower(),
        "p": _PLACES[rng.integers(len(_PLACES))],
        "w": _DUTCH_WORDS[rng.integers(len(_DUTCH_WORDS))],
        "n": _surname(rng),
        "n2": _surname(rng),
        "g": _GOV_TOPICS[rng.integers(len(_GOV_TOPICS))],
    }
    short = pattern.format(**fields)
    if sector not in _NO_FORM and pattern.startswith("{s}") and rng.random() < 0.35:
        short = stem  # many firms are a bare brand that says nothing about their sector
    name = short
    if sector not in _NO_FORM and rng.random() < 0.55:
        form = _FORMS[rng.choice(len(_FORMS), p=_FORM_P)]
        if not ({"groep", "group"} & set(short.lower().split()) and form in ("Groep", "Group")):
            name = f"{short} {form}"
    brand = stem if pattern.startswith("{s} ") and stem not in _PLACES else ""
    return Company(name=name, short=short, sector=sector, brand=brand)


def make_companies(rng: np.random.Generator, n: int, sector: str | None = None) -> list[Company]:
    """``n`` distinct invented organisations (of ``sector``, or mixed when None)."""
    out: dict[str, Company] = {}
    attempts = 0
    while len(out) < n and attempts < n * 20:
        c = make_company(rng, sector)
        out.setdefault(c.short.lower(), c)
        attempts += 1
    return list(out.values())


def company_pool(rng: np.random.Generator, n: int, sector: str | None = None) -> np.ndarray:
    """``n`` company names as contacts show them (varied forms), drawn from fresh companies."""
    companies = make_companies(rng, max(1, n), sector)
    return np.array([c.name if rng.random() < 0.5 else c.short for c in companies], dtype=object)


def domain_of(company: str) -> str:
    """A plausible e-mail domain for a company name: "Kwantix IT B.V." -> "kwantix.nl"."""
    word = "".join(ch for ch in company.split()[0].lower() if ch.isalnum()) or "bedrijf"
    if word in {"van", "de", "het", "gemeente", "stichting", "ziekenhuis", "hotel", "café"}:
        word = "".join(ch for ch in company.lower() if ch.isalnum())[:20]
    tld = "nl" if len(word) % 3 else "com"
    return f"{word}.{tld}"
