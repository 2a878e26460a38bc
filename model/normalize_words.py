"""Word lists behind :mod:`model.normalize`: legal forms, noise words, placeholders, surname
particles and consumer e-mail providers. All entries are folded (lower case, no accents) and
written as the tokens :func:`model.normalize.fold` plus punctuation removal produce
("b.v." → "bv", "zzp'er" → "zzper")."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    """Phrases separated by "|", whitespace normalised."""
    return frozenset(" ".join(p.split()) for p in text.split("|") if p.strip())


# Legal forms that are never part of a name, wherever they stand.
LEGAL_ANYWHERE = _words(
    "bv nv vof bvba cvba sprl gmbh mbh llc ltd plc inc sarl srl spa llp pllc kgaa ohg ua wa bvio"
)

# Legal forms and abbreviations that are only dropped at the end ("AG", "SA", "SE", "Co" can be
# words or initials elsewhere).
LEGAL_END = LEGAL_ANYWHERE | _words(
    "cv ag sa se co corp corporation limited incorporated kg oy oyj ab as asa aps pty pvt lp"
    " nl sas eg ev ug gbr sl slu lda ltda sro zrt kft doo ou"
)

# Legal forms and honorifics at the start of Dutch names ("Stichting X", "Koninklijke KPN").
LEGAL_START = _words("the stichting vereniging cooperatie cooperatieve koninklijke")

# Country and region words dropped anywhere they stand as a word ("Acme Nederland B.V.").
COUNTRY_WORDS = _words("nederland netherlands holland benelux")

# Organisational noise dropped at the end only ("Acme Groep", "Acme Holding").
NOISE_END = (
    _words(
        "group groep groupe gruppe holding holdings international internationaal europe emea"
        " worldwide global wereldwijd the en and company companies"
    )
    | COUNTRY_WORDS
)

# Words that do not identify an organisation on their own: a key is never reduced to one of
# them, and sharing one is no evidence that two names are the same organisation.
GENERIC_WORDS = _words(
    """
    the de het een en and of van voor for in op at a an
    group groep groupe holding holdings international internationaal europe emea global
    worldwide nederland netherlands holland benelux company companies co corp
    consulting consultancy consultants consultant advies adviseurs advisory advisors partners
    partner services service diensten dienstverlening solutions oplossingen management beheer
    bank banking insurance verzekeringen finance financial financieel capital investments
    ventures software it ict tech technology technologies technologie systems systemen digital
    data cloud online web internet media communications communicatie marketing sales trading
    handel industries industrie industry products producten retail logistics logistiek
    transport bouw construction energy energie engineering legal advocaten notarissen
    accountants accountancy belastingadviseurs makelaars makelaardij zakelijk business
    enterprise enterprises office kantoor center centre centrum foundation stichting
    vereniging instituut institute academy academie training opleidingen school college
    university universiteit hogeschool gemeente ministerie zorg care health healthcare
    recruitment staffing detachering uitzendbureau werving selectie personeel interim
    network networks security agency bureau studio studios lab labs works design creative
    projects project real estate vastgoed plan new first one best smart pro plus home
    international solutions nl com eu net org info
    """
)

# Company fields that name nobody's organisation (folded, punctuation removed).
PLACEHOLDERS = _phrases(
    """na|nvt|n a|n v t|none|geen|niets|nothing|unknown|onbekend|not applicable
    |no company|geen bedrijf|geen werkgever|geen werk|not employed|various|diverse|div
    |verschillende|multiple|several|meerdere|student|studente|scholier|stagiair|stagiaire
    |intern|internship|full time student|fulltime student|retired|retired now|gepensioneerd
    |pensioen|met pensioen|rentenier|unemployed|werkloos|werkzoekend|looking for work
    |looking for a new job|looking for new opportunities|open to work|seeking new opportunities
    |op zoek naar werk|op zoek naar een nieuwe uitdaging|tussen banen|between jobs
    |in between jobs|career break|sabbatical|private|prive|particulier|huisvrouw|huisman
    |homemaker|stay at home parent|stay at home mom|stay at home dad|confidential
    |vertrouwelijk|stealth|stealth mode|stealth startup|undisclosed|x|xx|xxx"""
)

SELF_EMPLOYED = _phrases(
    """self employed|selfemployed|eigen onderneming|eigen bedrijf|eigen zaak
    |eigen praktijk|eigenaar|zelfstandig|zelfstandige|zelfstandig ondernemer
    |zelfstandig professional|zelfstandige zonder personeel|freelance|freelancer|freelancing
    |zzp|zzper|zzp er|independent|independent consultant|independent contractor|own company
    |own business|my own company|ondernemer|entrepreneur|sole proprietor|sole trader
    |eenmanszaak"""
)

# "Freelance recruiter", "ZZP IT consultant", "Self-employed - coaching": still self-employed.
SELF_EMPLOYED_PATTERN = (
    r"(?:self employed|selfemployed|freelance|freelancer|zzp|zzper|zzp er|zelfstandig"
    r"|zelfstandige|eigen onderneming|eigen bedrijf|independent)(?: .*)?"
)

# Empty-looking fields: only dashes, dots or question marks become no tokens at all; these catch
# "n.a.", "tbd", "-na-".
PLACEHOLDER_PATTERN = r"(?:n ?a|n ?v ?t|tbd|tba|nil|null|none)"

# Tussenvoegsels and other surname particles, folded, as separate words.
SURNAME_PARTICLES = _words(
    "van der den de del della dello dei degli di da das do dos du het in op te ten ter t s"
    " von vom zu zur le la les l d el al aan bij onder over uit voor vd v"
)

# Degrees, titles and suffixes people append to their surname on LinkedIn.
SURNAME_TITLES = _words(
    "msc mba emba bsc ba ma phd dr drs ir ing mr mrs ms llm llb ra rc aa cpa cfa acca jr sr"
    " ii iii iv prof md mpa pmp cisa cissp ceng frsa bba mphil dba"
    # pronouns people add: "Jansen (she/her)"
    " she her hers he him his they them"
)

# Consumer mail providers, as the label just left of the public suffix (hotmail.co.uk → hotmail).
PERSONAL_MAIL_LABELS = _words(
    """
    gmail googlemail hotmail outlook live msn yahoo ymail rocketmail icloud me mac aol
    ziggo kpnmail kpnplanet planet home chello xs4all hetnet casema zeelandnet online telfort
    upcmail quicknet tele2 proton protonmail pm tutanota tuta fastmail hey gmx web mail email
    zonnet wanadoo freeler solcon caiway versatel hccnet kabelfoon delta onsbrabantnet
    kpnplanet tiscali skynet telenet proximus scarlet pandora orange free laposte
    sfr btinternet virginmedia sky talktalk comcast verizon att sbcglobal bellsouth
    yandex qq 163 126 naver t-online freenet arcor bluewin hotmai hotmial gmial
    """
)

# Public suffixes of two labels that matter for the providers above.
TWO_LEVEL_SUFFIXES = _words(
    "co.uk org.uk me.uk com.au net.au co.nz co.za com.br com.ar com.mx co.jp co.in co.id"
    " com.tr com.sg com.my com.hk com.cn co.kr com.pl com.es"
)

# Words that describe what or where an organisation is, not which one: sharing one is no
# evidence that two names are the same organisation ("Brasserie Brug" / "Brasserie Linde",
# "Ziekenhuis Apeldoorn" / "ROC Apeldoorn").
DESCRIPTOR_WORDS = _words(
    """
    brasserie restaurant restaurants cafe grand bistro hotel hotels catering strandpaviljoen
    eetcafe lunchroom bakkerij slagerij kapsalon salon praktijk huisartsenpraktijk
    tandartspraktijk fysiotherapie apotheek ziekenhuis kliniek zorggroep zorgcentrum thuiszorg
    ggz ggd umc mc verpleeghuis woonzorg kinderopvang basisschool school scholen scholengroep
    lyceum college roc obs cbs ikc hogeschool universiteit academie gemeente provincie
    waterschap ministerie rijksdienst omgevingsdienst politie brandweer machinefabriek
    fabriek metaal metaalbouw staal kunststof kunststoffen chemicals chemie fiber glasvezel
    bouw bouwbedrijf aannemer aannemersbedrijf installatietechniek installaties elektrotechniek
    infra transport transportbedrijf logistiek logistics expeditie distributie makelaardij
    makelaars vastgoed wonen woningcorporatie woonstichting advocaten advocatenkantoor
    notarissen notariskantoor accountants belastingadviseurs administratiekantoor
    assurantien verzekeringen hypotheken vermogensbeheer insurance invest investments
    uitzendbureau detachering recruitment talent search people staffing personeel werving
    selectie energie energy solar warmte wind reclamebureau communicatie telecom networks
    retail store stores winkel winkels fashion mode food foods agri agro garage autobedrijf
    schoonmaak schoonmaakbedrijf beveiliging facilitair verhuur evenementen events sport
    sportschool fitness vereniging club fonds museum theater bibliotheek kerk strategy
    strategie strategies outlet shop shops executive freight cargo warehousing juristen
    supermarkt supermarkten onderwijs vrijwilligerscentrale collective factory
    blue green red silver gold golden black white smart next bright core prime true open clear
    north south east west swift solid fresh deep wise new best first top big great happy good
    """
)

# Dutch provinces, regions and larger places: a shared place is no evidence either.
PLACE_WORDS = _words(
    """
    amsterdam rotterdam den haag gravenhage utrecht eindhoven groningen tilburg almere breda
    nijmegen apeldoorn haarlem arnhem enschede amersfoort zaanstad haarlemmermeer zwolle
    zoetermeer leiden maastricht dordrecht ede alphen westland alkmaar emmen delft venlo
    deventer sittard helmond oss hilversum heerlen sudwest leeuwarden hengelo purmerend
    roosendaal schiedam lelystad almelo gouda vlaardingen hoorn assen veenendaal zeist
    katwijk nieuwegein capelle hertogenbosch hoofddorp velsen wageningen
    harderwijk middelburg vlissingen goes terneuzen kampen meppel hoogeveen drachten
    heerenveen sneek den helder hardenberg doetinchem zutphen winterswijk tiel culemborg
    gorinchem woerden weert roermond venray uden veghel boxtel waalwijk oosterhout
    noord zuid oost west holland brabant limburg zeeland friesland fryslan
    drenthe overijssel gelderland flevoland twente veluwe achterhoek betuwe gooi rijnmond
    haaglanden kennemerland waterland delfland rivierenland drechtsteden zaanstreek
    westfriesland kempen noorderkwartier eemland ijssel benelux
    nederland netherlands europe europa emea international
    """
)
