"""Name vocabulary for generated people: first names and surname parts of the Dutch market.

Every generated person is a random combination of a first name and a surname (often built from
parts), so no generated contact is a real person and a model cannot memorise names.
"""

from __future__ import annotations

import numpy as np


# The Netherlands' mix: Dutch and Frisian names of several generations, and the names of the
# Turkish, Moroccan, Surinamese, Antillean, Indonesian, Polish, Indian, Chinese, German and
# English-speaking communities that are a normal part of any Dutch network.
def words(text: str) -> list[str]:
    """The whitespace-separated words of a vocabulary block, duplicates dropped, in order."""
    return list(dict.fromkeys(text.split()))


FIRST_NAMES: tuple[str, ...] = tuple(
    words(
        """
    Jan Piet Kees Henk Gerrit Willem Johan Hans Peter Erik Mark Marco Martijn Jeroen Bas Dennis
    Ruud Rob Sander Maarten Joost Wouter Thijs Tim Tom Niels Bart Arjen Remco Jasper Stefan Ronald
    Frank Paul Richard Michiel Vincent Roel Bram Daan Sem Lucas Levi Finn Noah Jesse Milan Luuk
    Ruben Stijn Sven Thomas Max Lars Gijs Koen Joris Pim Wessel Teun Floris Hidde Siebe Jelle
    Sjoerd Wytze Douwe Tjeerd Auke Hylke Fokke Jurre Mees Olivier Hugo Jens Rutger Casper Diederik
    Gert-Jan Jan-Willem Pieter-Jan Anne-Marie Marie-José Wim Ad Toon Huub Frans Cor Dick Harry
    Anton Jos Theo Louis Rik Nick Kevin Robin Patrick Jeffrey Danny Mike Ricardo Wesley Jordy
    Anna Emma Julia Sophie Lisa Sanne Anouk Fleur Eva Iris Lotte Maud Femke Roos Noor Sara Tess
    Lieke Esther Marieke Ingrid Monique Petra Sandra Linda Wendy Marloes Mirjam Annemieke Ellen
    Karin Miranda Patricia Yvonne Inge Carla Marjolein Hanneke Judith Renate Suzanne Nicole
    Jolanda Astrid Annelies Margriet Gerda Riet Truus Joke Henny Willemijn Floor Merel Lynn Isa
    Zoë Saar Evi Mila Nina Elin Liv Fenna Jikke Sytske Baukje Geertje Hiske Aukje Froukje Yfke
    Charlotte Marloes Eline Esmée Demi Kim Romy Britt Mandy Chantal Priscilla Samantha Naomi
    Mehmet Ahmet Mustafa Emre Burak Yusuf Hakan Murat Serkan Kerem Elif Ayşe Fatma Zeynep Merve
    Esra Büşra Derya Mohamed Mohammed Youssef Said Khalid Hamza Ilias Anass Bilal Soufiane Nordin
    Fatima Khadija Nadia Samira Yasmina Imane Salma Sanaa Hafsa Ikram Rachid Karim Redouan
    Rajesh Anil Sunil Ravi Vikash Shivani Priya Anjali Reshma Sharmila Ashwin Dinesh Nandini
    Kenneth Glenn Errol Rudy Marlon Gregory Shirley Ingrid Jacqueline Melissa Natasha Shanice
    Dewi Putri Wulan Sari Budi Agus Rini Indra Tjong Mei Wei Ling Xiaoyan Jun Hao Lin Yan
    Piotr Tomasz Krzysztof Paweł Marek Agnieszka Katarzyna Magdalena Joanna Ewa Andrzej Michał
    Jürgen Klaus Sabine Katrin Stefanie Matthias Florian Annika
    James John David Michael Daniel Chris Ben Sam Alex Emily Jessica Sarah Hannah Laura Olivia
    Arjun Rohan Aditya Karthik Deepa Kavya Sneha Vijay Sanjay Nikhil Pooja
    Giulia Marco Alessandro Lucia Pablo Carlos María Sofía Diego Elena Ana João Pedro Inês
    Arie Bert Co Dirk Evert Fons Geert Harm Ids Jaap Klaas Leen Maurits Nico Onno Pepijn
    Quinten Reinier Sietse Tijmen Ubbo Valentijn Wiebe Yannick Zeger Boaz Ids Jochem Ferry
    Aafke Bregje Claudia Dieuwke Eefje Frederique Gonnie Hester Ilse Janneke Kirsten Loes
    Mirthe Nienke Odile Pien Quirine Rianne Sietske Tamara Ursula Vera Wilma Xandra Yara Zara
    Sevda Cansu Tuğba Ozan Volkan Ercan Gökhan Oussama Ayoub Zakaria Marwa Loubna Ghizlane
    Chandni Radj Soenita Kiran Jairo Dwayne Quincy Rigardo Jurgen Sjaak Roxanne Gianni
"""
    )
)

# Common Dutch surnames; combined at random with first names they describe nobody.
_DUTCH_SURNAMES = """
    Jansen Janssen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer
    Dijkstra Smits Vermeulen Kok Willems Jacobs Schouten Hoekstra Koster Prins Huisman Kuipers
    Kramer Maas Verhoeven Postma Timmermans Blom Wouters Gerritsen Martens Vink Veenstra
    Boersma Jonker Molenaar Kuiper Scholten Willemsen Hermans Evers Kroon Aerts Wijnands Klein
    Verbeek Hoogendoorn Driessen Sanders Koning Lammers Koopman Schipper Hofman Wolters Claassen
    Groen Mol Bosman Brink Haan Ramaker Siebenga Zijlstra Bouma Wiersma Hoogland Terpstra Sijbesma
    Veenhuis Nijhuis Oosterhuis Kamphuis Wennink Lubbers Heijnen Michels Pauwels Rutten Coenen
    Vissers Peeters Geurts Hurkmans Bogaerts Verstappen Schellekens Bruijnzeel Roelofs Boerman
    Steenbergen Wagenaar Koopmans Boon Kooistra Zwart Keizer Wuyts Gijsbers Hulshof Weerink
    Hartman Stam Verhagen Pronk Rietveld Pieterse Nieuwenhuis Beekman Teunissen Groeneveld
    Brands Hoek Kemper Luijten Noordam Oudshoorn Plomp Quist Reijnders Span Tol Uiterwijk
    Verweij Wevers Zuidema Arends Bosch Cremers Damen Eijkelenboom Fokkema Goossens Hulst
    Ketelaar Lagerweij Mathijssen Nooteboom Ottens Poot Raaijmakers Schaap Tuinstra Valk
    Wijers Baas Dijkhuizen Everts Franken Gorter Hazeleger Jongsma Knoops Lensink Meulenbelt
    Nijland Overbeek Penninx Rozendaal Slagter Tjoelker Veldkamp Westerhof Zandstra
"""
# Surnames with a tussenvoegsel; LinkedIn's Last Name field usually carries it lower-case.
_PARTICLE_SURNAMES = """
    de|Vries de|Jong de|Boer de|Groot de|Wit de|Graaf de|Bruijn de|Lange de|Haan de|Vos
    de|Ruiter de|Klerk de|Koning de|Leeuw de|Wilde de|Beer de|Bruin de|Ridder de|Jager
    van|Dijk van|Leeuwen van|Beek van|Vliet van|Wijk van|Dam van|Loon van|Veen van|Rijn
    van|Doorn van|Es van|Gils van|Essen van|Houten van|Hoorn van|Baal van|Lieshout van|Zanten
    van|der|Meer van|der|Linden van|der|Heijden van|der|Veen van|der|Wal van|der|Velde
    van|der|Berg van|der|Laan van|der|Zee van|der|Ploeg van|der|Kolk van|der|Sluis van|der|Molen
    van|den|Berg van|den|Broek van|den|Bosch van|den|Heuvel van|den|Brink van|den|Hoven
    van|de|Ven van|de|Kamp van|de|Pol van|de|Velde van|de|Wetering van|de|Graaf
    ter|Horst ter|Haar ter|Beek ten|Brink ten|Cate ten|Hove te|Riele in|'t|Veld in|'t|Hout
    op|de|Weegh van|'t|Hof van|'t|Zand
"""
_INTERNATIONAL_SURNAMES = """
    Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Koç Kurt Aksoy Güler
    El|Amrani El|Idrissi Benali Bouzid Haddou Ouali Azzouz El|Khattabi Ait|Said Boukhari Ziani
    Tahiri Chaoui Essafi Ramdin Ramcharan Jagesar Mahabier Bisoen Soekhai Kalloe Sewnath
    Doelan Pinas Kross Sno Amania Wijngaarde Rosaria Martina Isenia Tromp Pietersz Siahaya
    Latumahina Tahapary Wattimena Kusuma Setiawan Wijaya Nowak Kowalski Wiśniewski Wójcik
    Kamiński Lewandowski Zieliński Müller Schneider Fischer Weber Hoffmann Schäfer Smith
    Johnson Williams Brown Taylor Wilson Clarke Patel Sharma Gupta Singh Iyer Reddy Nair Chen
    Wang Li Zhang Liu Huang Tan Lim Nguyen Tran Rossi Russo Ferrari García Martínez López
    Fernández Silva Santos Costa Oliveira Pereira
"""
# Parts that make plausible Dutch surnames by composition: "Hoog" + "veld", "van" + "Hoogveld".
_SURNAME_ROOTS = """
    Berg Veld Dijk Hof Bosch Brink Kamp Meer Horst Broek Beek Hout Water Steen Hoog Groen
    Linde Eike Wil Rozen Klaver Noord Zuid Oost West Lange Klein Groot Zand Heide Duin Weide
    Mol Vis Haver Koren Appel Kersen Wijn Zwanen Valk Haan Ham Esch Hul Ruijs Stroo
"""
_SURNAME_SUFFIXES = """
    veld berg man mans dijk hof stra sma inga ink ing kamp huis horst meijer boom brink sen
    s stede beek kes hout wijk donk sink link rink
"""
_PARTICLES = ("van", "de", "van der", "van den", "van de", "ter", "ten", "van 't", "in 't")

# Initials and letters people add to their last name on LinkedIn.
NAME_SUFFIXES: tuple[str, ...] = (
    "MSc", "MBA", "RA", "AA", "RC", "Bsc", "LLM", "MA", "PhD", "Msc.", "RB", "CPC",
)  # fmt: skip


def _split(text: str) -> list[str]:
    return [w.replace("|", " ") for w in text.split()]


def _composed_surnames() -> list[str]:
    roots = _SURNAME_ROOTS.split()
    suffixes = _SURNAME_SUFFIXES.split()
    out = []
    for i, root in enumerate(roots):
        for j, suffix in enumerate(suffixes):
            # A deterministic thinning keeps the list varied without odd doubled letters.
            if (i * 7 + j * 3) % 4 == 0 and not root.lower().endswith(suffix[:1]):
                out.append(root + suffix)
    return out


def _particle_composed(composed: list[str]) -> list[str]:
    # Every fifth composed name gets a tussenvoegsel: "van Hoogveld", "ter Steenkamp".
    return [f"{_PARTICLES[i % len(_PARTICLES)]} {name}" for i, name in enumerate(composed[::5])]


_COMPOSED = _composed_surnames()
DUTCH_SURNAMES: tuple[str, ...] = tuple(_split(_DUTCH_SURNAMES) + _COMPOSED)
PARTICLE_SURNAMES: tuple[str, ...] = tuple(
    _split(_PARTICLE_SURNAMES) + _particle_composed(_COMPOSED)
)
INTERNATIONAL_SURNAMES: tuple[str, ...] = tuple(_split(_INTERNATIONAL_SURNAMES))
SURNAMES: tuple[str, ...] = DUTCH_SURNAMES + PARTICLE_SURNAMES + INTERNATIONAL_SURNAMES
PARTICLES: tuple[str, ...] = _PARTICLES

_FIRST = np.array(FIRST_NAMES, dtype=object)
_DUTCH = np.array(DUTCH_SURNAMES, dtype=object)
_PARTICLE = np.array(PARTICLE_SURNAMES, dtype=object)
_INTL = np.array(INTERNATIONAL_SURNAMES, dtype=object)


def first_names(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` first names drawn at random (object array)."""
    return _FIRST[rng.integers(0, len(_FIRST), n)]


def surnames(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` surnames: mostly Dutch (a third with a tussenvoegsel), a fifth international."""
    kind = rng.random(n)
    out = _DUTCH[rng.integers(0, len(_DUTCH), n)]
    particle = kind < 0.27
    out[particle] = _PARTICLE[rng.integers(0, len(_PARTICLE), particle.sum())]
    intl = kind > 0.80
    out[intl] = _INTL[rng.integers(0, len(_INTL), intl.sum())]
    # Double-barrelled married names ("de Vries-Bakker") are common on Dutch profiles.
    double = rng.random(n) < 0.03
    if double.any():
        second = _DUTCH[rng.integers(0, len(_DUTCH), double.sum())]
        out[double] = [f"{a}-{b}" for a, b in zip(out[double], second, strict=True)]
    return out


def core_surname(last_name: str) -> str:
    """The surname without its tussenvoegsel: "van der Berg" -> "Berg"."""
    words = last_name.split()
    while len(words) > 1 and words[0].lower() in {"van", "de", "der", "den", "ter", "ten",
                                                  "te", "in", "'t", "op", "het"}:  # fmt: skip
        words = words[1:]
    return " ".join(words)
