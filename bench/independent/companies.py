"""Company vocabularies by sector, written for the independent evaluation generator.

Real-world style: well-known names next to small invented firms, legal forms in several
countries (B.V., NV, BV, GmbH, AG, Ltd, plc, SRL), umbrella names and local branches.
"""

from __future__ import annotations

import random


def _split(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split("|") if s.strip())


SECTORS: dict[str, tuple[str, ...]] = {
    "hospital": _split(
        "Amphia Ziekenhuis|UMC Utrecht|Rijnstate|Erasmus MC|Isala|Maasstad Ziekenhuis|"
        "Radboudumc|Catharina Ziekenhuis|Spaarne Gasthuis|OLVG|AZ Sint-Jan Brugge-Oostende AV|"
        "UZ Leuven|AZ Groeninge|ZNA|Universitair Ziekenhuis Gent|GZA Ziekenhuizen|"
        "Charité – Universitätsmedizin Berlin|Klinikum rechts der Isar|Uniklinik Köln|"
        "Guy's and St Thomas' NHS Foundation Trust|Manchester University NHS Foundation Trust|"
        "NHS|Leiden University Medical Center (LUMC)|Gelre ziekenhuizen|Zuyderland Medisch Centrum"
    ),
    "pharma": _split(
        "Pfizer|Novartis|Sanofi|Roche|Janssen Pharmaceutica|UCB|AstraZeneca|GSK|Bayer|"
        "Boehringer Ingelheim|Medtronic|Abbott|Teva Pharmaceuticals|Sandoz|Galapagos|argenx|"
        "Brocacef|Mediq|Alliance Healthcare|Febelco|PHOENIX group|Centrafarm|Aurobindo|"
        "Viatris|Fresenius Kabi|B. Braun|Baxter"
    ),
    "government": _split(
        "Gemeente Utrecht|Gemeente Amsterdam|Gemeente Eindhoven|Gemeente 's-Hertogenbosch|"
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|Ministerie van Financiën|"
        "Ministerie van Infrastructuur en Waterstaat|Rijkswaterstaat|Belastingdienst|"
        "Provincie Noord-Brabant|Provincie Gelderland|UWV|RVO (Rijksdienst voor Ondernemend "
        "Nederland)|Waterschap Aa en Maas|Vlaamse overheid|FOD Financiën|Stad Gent|Stad Antwerpen|"
        "Bundesagentur für Arbeit|Stadt Köln|HM Revenue & Customs|Home Office|"
        "Rijksoverheid|Dienst Justitiële Inrichtingen|CBS|Kadaster|DUO"
    ),
    "police": _split(
        "Politie Nederland|Nationale Politie|Politie Eenheid Rotterdam|Politie Eenheid "
        "Oost-Brabant|Politie Amsterdam|Koninklijke Marechaussee|Openbaar Ministerie|"
        "Lokale Politie Antwerpen|Federale Politie|Polizei Nordrhein-Westfalen|"
        "Metropolitan Police Service|Politieacademie|Veiligheidsregio Rotterdam-Rijnmond|"
        "Halt|Reclassering Nederland|Slachtofferhulp Nederland"
    ),
    "consulting": _split(
        "Berenschot|PwC|Deloitte|KPMG|EY|Capgemini Invent|Twynstra Gudde|BMC Advies|"
        "Andersson Elffers Felix|McKinsey & Company|Boston Consulting Group (BCG)|Accenture|"
        "Bain & Company|Arcadis|Royal HaskoningDHV|Witteveen+Bos|Sweco|Tauw|Rebel Group|"
        "Hiemstra & De Vries|Highberg|Blaauwberg"
    ),
    "industry": _split(
        "Siemens AG|Festo|SICK AG|Bosch Rexroth|ASML|VDL Groep|Stork|Bühler Group|KUKA|"
        "Atlas Copco|Bekaert|TRUMPF|ifm electronic gmbh|Endress+Hauser|ZF Friedrichshafen AG|"
        "Daimler Truck AG|Continental|Schaeffler|Heidenhain|Phoenix Contact|Beckhoff Automation|"
        "Pilz GmbH & Co. KG|Sidel|Tetra Pak|GEA Group|Marel|Vanderlande|Lely|Nedap|"
        "Kramp|Sulzer|Danfoss|Grundfos|SKF|Parker Hannifin|Rittal|WAGO|Murrelektronik"
    ),
    "distribution": _split(
        "Eriks|RS Components|Conrad Business|Würth|Brammer Buck & Hickman|Rexel|Sonepar|"
        "Technische Unie|Kramp|Hoffmann Group|Mercateo|Fabory|Bossard|Misumi Europa|"
        "Distrelec|Farnell"
    ),
    "startup": _split(
        "Mollie|bunq|Picnic|Adyen|Miro|Personio|N26|Revolut|Monzo|Catawiki|Framer|MessageBird|"
        "Loopwise|Fieldcraft Labs|Brightlane|Quantly|Tessellate.ai|Stackbay|Nudgely|Ordo Health|"
        "Parcelpoint|Kwik Robotics|Vaultwise|Greenhop|Tiny Harbour|Shiftbase|Lightyear|"
        "Sendcloud|Effectory|Otrium|Bird|Payhawk|Pennylane|Qonto|Tomorrow Labs"
    ),
    "investor": _split(
        "Peak Capital|Point Nine|Index Ventures|Balderton Capital|Rockstart|YES!Delft|Techstars|"
        "Seedcamp|Startupbootcamp|Keadyn|Newion|Inkef Capital|Volta Ventures|Smartfin|"
        "Hummingbird Ventures|Earlybird Venture Capital|HV Capital|Localglobe|Notion Capital|"
        "Rabo Investments|Brabantse Ontwikkelings Maatschappij (BOM)|Angel investor"
    ),
    "media": _split(
        "Wieden+Kennedy Amsterdam|DDB Brussels|Publicis Groupe|TBWA\\Neboko|VICE Media|"
        "DPG Media|Mediahuis|Het Laatste Nieuws|De Standaard|Knack|Humo|VRT|RTL Nederland|NPO|"
        "Condé Nast|Hearst Netherlands|Elle Belgique|Vogue Nederland|Bureau Blanco|"
        "Studio Ruig|Wildcard Agency|Brouwerij Duvel Moortgat|AB InBev|Delvaux|Natan|"
        "Kasteel van Loppem|Hotel Wolfhouse|Salon Eloise|Brand Union|Happy Crew"
    ),
    "creative_supply": _split(
        "Cameranu.nl|Kamera Express|Pixapart|Cinerent|Drukkerij Die Keure|Profotonet|"
        "Foto Konijnenberg|Fujifilm Belgium|Canon Belux|Nikon Europe|Sony Europe|"
        "Adobe|Shootfactory|Studio Zuid Verhuur|Albelli|Pixum"
    ),
    "university": _split(
        "Technische Universität München|RWTH Aachen University|TU Delft|KU Leuven|"
        "Max-Planck-Institut für Polymerforschung|Fraunhofer IKTS|Universiteit Gent|"
        "University of Cambridge|ETH Zürich|Helmholtz-Zentrum Berlin|Universiteit van "
        "Amsterdam|Wageningen University & Research|TNO|imec|Forschungszentrum Jülich|"
        "Karlsruher Institut für Technologie (KIT)|Utrecht University|University of Oxford|"
        "Eindhoven University of Technology|Universität Heidelberg|DESY|EPFL|Imperial College "
        "London|Universiteit Antwerpen|Radboud Universiteit"
    ),
    "pharmacy": _split(
        "Apotheek Zuidplein|BENU Apotheek|Mediq Apotheek|Boots|LloydsPharmacy|Apotheek "
        "Dewaele|Multipharma|Kring Apotheek|Rosen-Apotheke|Apotheek De Linde|Service Apotheek|"
        "Apotheek Van Hecke|Pharmacie Centrale|Farmaline|Apotheek Heymans|Pharmacie du Parc|"
        "APB - Algemene Pharmaceutische Bond|KNMP"
    ),
    "logistics": _split(
        "DHL Supply Chain|Kuehne+Nagel|DSV|Nabuurs|Van der Wal Transport|H.Essers|"
        "Bakker Logistiek|Raben Group|Vos Logistics|Jan de Rijk Logistics|GXO Logistics|"
        "Rhenus Logistics|DACHSER|Gheys|Katoen Natie|Port of Rotterdam|PostNL|CEVA Logistics|"
        "Van Moer Logistics|Mainfreight|Geodis|DB Schenker|Hoyer|Kloosterboer|Bolk Transport|"
        "Wim Bosman|Samskip|Broekman Logistics|DPD|Transfollow"
    ),
    "fmcg": _split(
        "Heineken|FrieslandCampina|Philips|Unilever|Mars|Vandemoortele|PepsiCo|Procter & Gamble|"
        "Nestlé|Coca-Cola Europacific Partners|Kellogg's|Britvic|Warburtons|Müller UK & Ireland|"
        "Zwanenberg Food Group|Lotus Bakeries|Douwe Egberts|Royal Smilde|Vion Food Group|"
        "Bavaria|Duvel Moortgat|Danone|Barry Callebaut|Puratos|Dr. Oetker"
    ),
    "retail": _split(
        "Albert Heijn|Jumbo Supermarkten|HEMA|Action|Tesco|Sainsbury's|Marks & Spencer|Primark|"
        "Next|Boots UK|Argos|ALDI UK|John Lewis & Partners|Currys|Waitrose & Partners|"
        "Colruyt Group|Delhaize|Lidl|IKEA|bol.com|Coolblue|Zalando|MediaMarkt|Kruidvat|"
        "Decathlon|Intratuin|Gamma|Praxis|Blokker|Wibra"
    ),
    "it": _split(
        "Microsoft|Salesforce|SAP|ServiceNow|Exact|AFAS Software|Centric|Ordina|Sopra Steria|"
        "CGI|Cegeka|Atos|Accenture|IBM|Oracle|Google|Amazon Web Services (AWS)|Capgemini|"
        "Sogeti|Conclusion|Topicus|Visma|Unit4|Nedap|Bright Cubes|Info Support|Xebia"
    ),
    "finance": _split(
        "ING|ABN AMRO|Rabobank|KBC|BNP Paribas Fortis|Belfius|Deutsche Bank|Commerzbank|HSBC|"
        "Barclays|Lloyds Banking Group|Aegon|NN Group|a.s.r.|Achmea|Allianz|AXA|Van Lanschot "
        "Kempen|de Volksbank|Triodos Bank|Argenta|Sparkasse KölnBonn"
    ),
    "education": _split(
        "Stedelijk Gymnasium Leiden|Sint-Barbaracollege|Gymnasium am Markt|Hogeschool Utrecht|"
        "Fontys Hogescholen|Thomas More|Artevelde Hogeschool|ROC van Amsterdam|Avans Hogeschool|"
        "Hogeschool van Amsterdam|Basisschool De Regenboog|OBS De Klimop|Montessorischool|"
        "Koninklijk Atheneum Antwerpen|Gesamtschule Köln|St. Mary's Catholic School|"
        "Oakwood Academy|Saxion|HAN University of Applied Sciences|Vives Hogeschool"
    ),
    "care": _split(
        "Buurtzorg Nederland|Zorggroep Noorderboog|Amarant|Thuiszorg West-Brabant|Cordaan|"
        "Zorgbalans|Kinderopvang Partou|KidsFoundation|Humanitas|Wit-Gele Kruis|Emmaus|"
        "Kind & Gezin|Diakonie|Caritas|Sensire|Tactus Verslavingszorg"
    ),
    "hospitality": _split(
        "Van der Valk|NH Hotel Group|Accor|Brasserie De Zwaan|Café de Jaren|Starbucks|"
        "Vapiano|Marriott International|Hotel Okura Amsterdam|Eetcafé 't Hoekje|Bagels & Beans|"
        "Loetje|Tuinfeest Events|Mojo Concerts|Live Nation"
    ),
    "misc": _split(
        "KLM Royal Dutch Airlines|NS|Deutsche Bahn|TUI|Booking.com|Shell|Ørsted|Eneco|Vattenfall|"
        "Fluvius|Proximus|KPN|Vodafone|T-Mobile|Randstad|Tempo-Team|Adecco|Start People|"
        "BAM|Heijmans|Volker Wessels|Strabag|Besix|Dura Vermeer|Van Oord|Boskalis|Schiphol|"
        "Brussels Airport Company|Stedin|Enexis Groep|Alliander|Essent|ANWB|Efteling|"
        "Rituals Cosmetics|Ahold Delhaize|Makro|Sligro Food Group|Bidfood|Hanos"
    ),
    "recruitment": _split(
        "Hays|Michael Page|Robert Walters|Randstad Professional|Brunel|YoungCapital|Yacht|"
        "Page Personnel|Harvey Nash|Computer Futures|Huxley|Undutchables|Orange Quarter|"
        "Nigel Frank International|Spring Professional|Walters People|Talent Hunters BV"
    ),
    "selfemployed": _split(
        "Freelance|Self-employed|Zelfstandig|ZZP|Eigen bedrijf|Zelfstandige|Selbstständig|"
        "Freiberuflich|Indépendant|Independent Consultant|Own company|Freelancer"
    ),
}

LEGAL_FORMS = {
    "NL": (" B.V.", " BV", " N.V.", " Nederland B.V.", " Groep", " Holding B.V."),
    "BE": (" NV", " BV", " SRL", " SA", " Belgium", " Benelux"),
    "DE": (" GmbH", " AG", " GmbH & Co. KG", " Deutschland GmbH", " SE"),
    "UK": (" Ltd", " Limited", " plc", " UK Ltd", " Group"),
    "US": (" Inc.", " LLC", " Corp."),
    "INT": (" Ltd", " S.A.", " GmbH", ""),
}

BRANCH_CITIES = {
    "NL": ("Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Zwolle"),
    "BE": ("Antwerpen", "Gent", "Brussel", "Leuven", "Hasselt"),
    "DE": ("München", "Hamburg", "Köln", "Stuttgart", "Berlin"),
    "UK": ("London", "Manchester", "Leeds", "Bristol"),
}

_ALREADY_FORMAL = ("B.V.", "BV", "N.V.", "NV", "GmbH", "AG", "Ltd", "plc", "SE", "S.A.", "Inc.")


def pick(rng: random.Random, sector: str) -> str:
    """One company of ``sector``."""
    return rng.choice(SECTORS[sector])


def variant(rng: random.Random, company: str, country: str) -> str:
    """How a colleague may write their (same) employer: legal form, capitals, branch, typo."""
    if company in SECTORS["selfemployed"]:
        return company
    roll = rng.random()
    if roll < 0.55:
        return company
    if roll < 0.70 and not company.endswith(_ALREADY_FORMAL):
        return company + rng.choice(LEGAL_FORMS.get(country, LEGAL_FORMS["INT"]))
    if roll < 0.78:
        return company.upper()
    if roll < 0.86:
        return company.lower()
    if roll < 0.93:
        return f"{company} {rng.choice(BRANCH_CITIES.get(country, BRANCH_CITIES['NL']))}"
    # a branch or a bracketed umbrella name
    return f"{company} ({rng.choice(('Benelux', 'EMEA', 'Europe', 'HQ', 'regio Zuid'))})"


def small_firm(rng: random.Random, country: str) -> str:
    """An invented small business with a local legal form."""
    stem = rng.choice(
        (
            "Van Dongen",
            "De Wit",
            "Hendrix",
            "Peeters",
            "Schulte",
            "Brightwater",
            "Noorderlicht",
            "Klaver",
            "Zuidwest",
            "Blue Fox",
            "Hofstede",
            "Meridian",
            "Oakfield",
            "Vierkant",
        )
    )
    kind = rng.choice(
        (
            "Installatietechniek",
            "Advies",
            "Accountants",
            "Bouw",
            "Consultancy",
            "Media",
            "Interieur",
            "Transport",
            "Engineering",
            "Solutions",
            "Makelaardij",
            "Fysiotherapie",
            "Tandartsen",
            "Bakkerij",
        )
    )
    return f"{stem} {kind}{rng.choice(LEGAL_FORMS.get(country, LEGAL_FORMS['INT']))}"


# Other names the same employer goes by: colleagues write these in their Company field.
ALIASES: dict[str, tuple[str, ...]] = {
    "Politie Nederland": ("Nationale Politie", "Politie", "politie Eenheid Den Haag"),
    "Nationale Politie": ("Politie Nederland", "Politie"),
    "Rijkswaterstaat": ("Rijksoverheid", "Ministerie van Infrastructuur en Waterstaat"),
    "Belastingdienst": ("Rijksoverheid", "Ministerie van Financiën"),
    "Gemeente Utrecht": ("gemeente Utrecht", "Stadskantoor Utrecht"),
    "NHS": ("NHS England", "National Health Service"),
    "Guy's and St Thomas' NHS Foundation Trust": ("NHS", "Guy's & St Thomas'"),
    "Erasmus MC": ("Erasmus Medisch Centrum", "Erasmus University Medical Center"),
    "UZ Leuven": ("Universitaire Ziekenhuizen Leuven", "KU Leuven"),
    "TU Delft": ("Delft University of Technology", "Technische Universiteit Delft"),
    "KU Leuven": ("Katholieke Universiteit Leuven", "University of Leuven"),
    "Technische Universität München": ("TUM", "Technical University of Munich"),
    "RWTH Aachen University": ("RWTH Aachen", "RWTH"),
    "Kuehne+Nagel": ("Kühne + Nagel", "Kuehne + Nagel"),
    "DHL Supply Chain": ("DHL", "Deutsche Post DHL Group"),
    "Siemens AG": ("Siemens", "Siemens Digital Industries"),
    "PwC": ("PricewaterhouseCoopers", "PwC Netherlands"),
    "Deloitte": ("Deloitte Consulting", "Deloitte Belgium"),
    "Tesco": ("Tesco PLC", "Tesco Stores Ltd"),
    "Sainsbury's": ("J Sainsbury plc", "Sainsburys"),
    "Albert Heijn": ("AH", "Ahold Delhaize"),
    "ING": ("ING Nederland", "ING Bank"),
    "ABN AMRO": ("ABN AMRO Bank N.V.", "ABN Amro"),
}

SECTORS["labsupply"] = _split(
    "Thermo Fisher Scientific|Merck (Sigma-Aldrich)|VWR International|Bruker|Zeiss|"
    "Agilent Technologies|Eppendorf|Carl Roth|Leica Microsystems|Malvern Panalytical|"
    "Anton Paar|Oxford Instruments"
)
SECTORS["realestate"] = _split(
    "Makelaardij Van der Linden|Kolpa Van der Hoek|Era Makelaars|RE/MAX|Hypotheker|"
    "De Hypotheekshop|Notariskantoor Van Dijk|Dias Makelaars|Funda|Vastgoed Zuid|"
    "Immo Vlan|Century 21|Notaris De Wit"
)
SECTORS["police_force"] = tuple(
    c for c in SECTORS["police"] if "Politie" in c or "Polizei" in c or "Police" in c
)
