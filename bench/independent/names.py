"""Invented people's names by country, for the independent evaluation generator.

Common given names and surnames of each country (no real person is meant); Dutch and Flemish
surnames keep their tussenvoegsels, as LinkedIn shows them.
"""

from __future__ import annotations

import random


def _parts(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


FIRST = {
    "NL": _parts(
        "Daan Sem Lucas Bram Thijs Jesse Ruben Niels Joost Maarten Wouter Pieter Bas Koen Sander "
        "Jeroen Rick Tim Floris Gijs Sanne Lotte Femke Anouk Iris Eva Lisa Marloes Esther Ilse "
        "Fleur Roos Mirjam Ingrid Annelies Marieke Willemijn Noor Julia Demi Hanneke Kees Henk Ria"
    ),
    "BE": _parts(
        "Wout Jens Pieter-Jan Arne Stijn Thomas Lieven Bart Dries Kobe Wannes Sofie Elke Lien "
        "Katrien Griet Hanne Leen An Nele Jolien Evelien Ann-Sophie Mathias Maxime Jérôme Céline "
        "Amélie Julien Nathalie Olivier Laurence Sébastien Véronique Benoît Aurélie"
    ),
    "DE": _parts(
        "Lukas Jonas Felix Maximilian Tobias Florian Matthias Stefan Sebastian Jürgen Uwe Dirk "
        "Katharina Anna Lena Sabine Claudia Julia Franziska Johanna Miriam Birgit Steffi Jörg "
        "Kai Svenja Ines Benedikt Moritz Annika Ulrike Heike Timo Henrik Carina"
    ),
    "UK": _parts(
        "Oliver Harry George Jack James William Charlie Thomas Alfie Callum Rhys Declan Ewan "
        "Amelia Olivia Emily Isla Sophie Chloe Hannah Charlotte Lucy Megan Niamh Siobhan Fiona "
        "Gareth Alistair Rupert Priya Ravi Aisha Imran Grace Holly Ben Sam Rachel"
    ),
    "US": _parts(
        "Michael Christopher Matthew Joshua Tyler Brandon Ryan Kevin Justin Jennifer Ashley "
        "Jessica Amanda Brittany Lauren Megan Kayla Taylor Madison Jordan Chase Cody Heather"
    ),
    "INT": _parts(
        "Rahul Ananya Vikram Deepika Arjun Sneha Mehmet Ayşe Emre Elif Youssef Fatima Mohamed "
        "Samira Karim Piotr Agnieszka Katarzyna Tomasz Wei Li Jing Chen Yuki Kenji Carlos Lucía "
        "Javier Giulia Marco Francesca Andrei Ioana Dimitri Olga Nikos Eleni João Beatriz"
    ),
}

LAST = {
    "NL": _parts(
        "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|"
        "Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|"
        "van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|"
        "van Dijk|Schouten|Willems|Hoekstra|Kuipers|Postma|Veenstra|van Wijk|Prins|Blom|Huisman|"
        "ter Horst|Oosterhuis|van 't Hof|Zwart|Koster|Timmermans|Groen|Bosman|Wolters",
        "|",
    ),
    "BE": _parts(
        "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|"
        "Lambert|Dupont|Martens|Vermeulen|Van Damme|De Backer|Verstraeten|Van den Broeck|"
        "Vandenberghe|Declercq|Desmet|Lemmens|Hermans|Michiels|Vanhove|Deprez|Leclercq|"
        "Van de Velde|Coppens|Verhoeven|D'Hondt|Cornelis|Renard|Simon",
        "|",
    ),
    "DE": _parts(
        "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|"
        "Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|"
        "Lange|Werner|Krause|Lehmann|Köhler|Huber|Kaiser|Fuchs|Vogel|von Arnim|Brandt|Seidel",
        "|",
    ),
    "UK": _parts(
        "Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Thomas|Roberts|Walker|Wright|Hughes|"
        "Edwards|Green|Hall|Wood|Harris|Clarke|Jackson|Turner|Hill|Cooper|Ward|Morris|Patel|"
        "Khan|MacDonald|O'Brien|Murphy|Campbell|Stewart|Fletcher|Ashworth|Pemberton",
        "|",
    ),
    "US": _parts(
        "Johnson|Miller|Davis|Garcia|Rodriguez|Martinez|Anderson|Thompson|Moore|Lee|White|"
        "Harris|Clark|Lewis|Young|Allen|King|Scott|Nguyen|Baker|Carter|Mitchell|Perez",
        "|",
    ),
    "INT": _parts(
        "Sharma|Gupta|Iyer|Reddy|Yılmaz|Kaya|Demir|Öztürk|El Amrani|Benali|Bouzid|Kowalski|"
        "Nowak|Wiśniewski|Wang|Zhang|Liu|Tanaka|Sato|García|Fernández|Rossi|Bianchi|Popescu|"
        "Ionescu|Ivanova|Papadopoulos|Silva|Santos|Haddad",
        "|",
    ),
}

# Personal e-mail domains per country (private contacts sometimes share an address).
PERSONAL_MAIL = {
    "NL": ("gmail.com", "hotmail.com", "live.nl", "ziggo.nl", "kpnmail.nl", "outlook.com"),
    "BE": ("gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be"),
    "DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.net"),
    "UK": ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com"),
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"),
    "INT": ("gmail.com", "yahoo.com", "outlook.com"),
}


def pick_country(rng: random.Random, home: str) -> str:
    """A contact's country: mostly the owner's, some neighbours and some from abroad."""
    roll = rng.random()
    if roll < 0.70:
        return home
    if roll < 0.82:
        return {"NL": "BE", "BE": "NL", "DE": "NL", "UK": "US", "US": "UK"}.get(home, "UK")
    if roll < 0.90:
        return rng.choice(("UK", "DE", "NL"))
    return "INT"


def person_name(rng: random.Random, country: str) -> tuple[str, str]:
    """A (first, last) name typical of ``country``."""
    return rng.choice(FIRST[country]), rng.choice(LAST[country])


def mess_name(rng: random.Random, first: str, last: str) -> tuple[str, str]:
    """Names as members really type them: all lower case, initials, titles, emoji-free extras."""
    roll = rng.random()
    if roll < 0.03:
        return first.lower(), last.lower()
    if roll < 0.05:
        return first.upper(), last.upper()
    if roll < 0.07:
        return first, f"{last}, MSc"
    if roll < 0.08:
        return f"Dr. {first}", last
    if roll < 0.09:
        return first, f"{last} (she/her)"
    if roll < 0.10:
        return f"{first[0]}.", last
    if roll < 0.11:
        return first, f"{last[0]}."
    return first, last
