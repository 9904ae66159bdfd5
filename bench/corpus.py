"""A seeded corpus of the documents filmgraph reads, any size, for the benchmark.

    python -m bench.corpus 4000 bench/work/corpus-4000 --seed 1

writes N documents: lead paragraphs (60%), encyclopedia articles with a flattened infobox,
a cast section and related-article abstracts (25%), press kits with a synopsis, a cast list,
crew credits, a companies paragraph and filmographies (15%); in English, and in French for
about a fifth of them. Every name is invented from seeded syllable and name lists. The films
of one corpus share their people (pools sized with N, a few people in many films, most in a
few) and the documents cite each other's films (filmographies, "known for" lists, related
articles), so the graph is connected as a real archive's is; some films have two documents
(an article and a press kit), which resolve merges. Years run from 1920 to 2023.

The text copies the shapes of the sample documents (seeds/, tests/unseen/*/docs/) so that
the readers recognise it. The same N and seed give the same bytes.
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import re
import sys
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("lead", "article", "presskit")
MIX = {"lead": 0.60, "article": 0.25, "presskit": 0.15}
MANIFEST = ".corpus.json"  # hidden: filmgraph skips hidden files silently
FORMAT = 1  # bump when the generated text changes, so cached corpora are rebuilt

# ------------------------------------------------------------------------------ names
FIRST = {
    ("en", "f"): "Abigail Adela Alma Aurora Beatrix Bronwen Cecily Clarissa Dorothea Edwina "
                 "Elspeth Esme Fern Flora Greta Hester Imelda Iris Ivy Jessamy Keira Linnea "
                 "Lydia Mabel Maeve Marian Maxine Meredith Mirela Nadine Norah Opal Petra "
                 "Philippa Rosalind Selma Sian Tamsin Thea Una Verity Winifred Wren Zelda "
                 "Honor Juno Lark Perpetua Romilly".split(),
    ("en", "m"): "Alaric Ambrose Barnaby Basil Cormac Crispin Desmond Dominic Edmund Ellis "
                 "Emrys Ferris Gregor Horace Ignatius Jasper Jethro Laurence Leopold Linus "
                 "Lucian Magnus Malcolm Merrick Milo Monty Neville Niall Oswin Percival "
                 "Quentin Rafferty Reuben Roland Stellan Ulric Vaughan Wilfred Zachary "
                 "Anselm Bartholomew Caspian Digby Evander Fitzroy Godfrey Hugo".split(),
    ("fr", "f"): "Adèle Albane Apolline Bérangère Blanche Capucine Clémence Colombe Delphine "
                 "Éloïse Faustine Florence Gaëlle Geneviève Héloïse Hortense Irène Jacinthe "
                 "Laure Lison Maëlys Mélisande Ninon Océane Perrine Philippine Rosalie "
                 "Sidonie Solange Suzanne Victorine Yseult Zoé Armelle Bertille Domitille "
                 "Eulalie Fleur Gisèle Honorine Ombeline".split(),
    ("fr", "m"): "Achille Adrien Alban Amaury Anatole Armand Aurélien Barthélemy Baptiste "
                 "Blaise Côme Damien Édouard Eugène Fabrice Félix Gaspard Gautier Hippolyte "
                 "Honoré Jules Lazare Léandre Lucien Marius Maxence Octave Omer Pacôme Prosper "
                 "Raoul Sacha Séverin Théophile Timothée Valentin Aymeric Bastien Célestin "
                 "Donatien Florian Gatien Isidore".split(),
}
SURNAME = {
    "en": ("Ash Bal Black Bram Brack Cal Carn Crane Dal Dun East Ell Fair Fen Gil Gold Grey "
           "Hale Hart Hol Kel Ken Lang Lock Mel North Oak Pem Quil Rad Red Ros Sel Stan Stock "
           "Thorn Tre Wal West Whit Wick Win Wyn".split(),
           ["", "", "", "", "a", "er", "en", "ing"],
           "bury by combe cott dale den field ford gate ham hurst ley mere more ridge stead ton "
           "ward well wick wood worth".split()),
    "fr": ("Bel Beau Bon Bour Cham Char Cour Del Des Fon Gar Gri Lam Lan Lar Mal Man Mon Mor "
           "Par Per Ram Ros Sau Ter Val Ver Vil".split(),
           ["", "", "", "", "a", "e", "i", "o"],
           "ard aud ac eau elle enne et ier ière ignac in on ot oux ault esse ange ès".split()),
}
PLACE = ("Ber Cor Fla Gré Lou Mar Mon Pla Roch Sal Tor Vau Ville Ald Bran Cray Dun Elm Fal "
         "Glen Hav Kil Lin Mor Rav Stra Tam Wex".split(), ["", "", "", "a", "e", "en", "er", "o"],
         "ac ande ay elles eux ieu ignac ois on ville y ham mouth ness port stow ton wick".split())

# ------------------------------------------------------------------------------ titles
ADJ = ("Amber Autumn Broken Burning Cold Crimson Distant Drowned Empty Endless Fading Fallen "
       "Golden Hidden Iron Lonely Narrow Painted Pale Patient Restless Scarlet Secret Silent "
       "Silver Small Stolen Strange Summer Sunken Tender Velvet Wandering Wild Wooden Yellow "
       "Bitter Blind Borrowed Crooked Gentle Hungry Midnight Sleeping Twelfth").split()
NOUN = ("Anchor Archive Bell Bridge Canal Carnival Cellar Chapel Circus Citadel Clock Causeway "
        "Compass Corridor Crown Dance Delta Echo Ember Estate Ferryman Glacier Harbour "
        "Heron Hotel Island Journey Kingdom Ladder Lagoon Letter Lighthouse Meadow Mirror "
        "Orchard Passage Pilgrim Quarry River Saint Shore Signal Sparrow Staircase Station "
        "Summit Tide Tower Traveller Valley Verdict Violin Voyage Watchman Widow Window "
        "Witness Furnace Gallery Regatta Tenant").split()
NOM_M = "phare verger rivage quai moulin orage départ passage sentier village retour voyage " \
        "carnaval grenier bal manège silence hangar".split()
NOM_F = "barque colline rivière maison frontière marée fenêtre promesse tempête clairière " \
        "dune forge traversée chambre fanfare écluse".split()
ADJ_M = "blanc perdu lointain tranquille oublié sauvage immobile fragile secret dernier " \
        "endormi brûlé".split()
ADJ_F = "blanche perdue lointaine tranquille oubliée sauvage immobile fragile secrète dernière " \
        "endormie brûlée".split()
NOMS_PL = "passeurs nageurs veilleurs vendangeurs bateliers horlogers écoliers " \
          "fiancés orphelins".split()

# ------------------------------------------------------------------------------ films
COUNTRIES = {  # code: (English name, English adjective, French name, French adjective m.)
    "US": ("United States", "American", "États-Unis", "américain"),
    "GB": ("United Kingdom", "British", "Royaume-Uni", "britannique"),
    "IE": ("Ireland", "Irish", "Irlande", "irlandais"),
    "CA": ("Canada", "Canadian", "Canada", "canadien"),
    "FR": ("France", "French", "France", "français"),
    "BE": ("Belgium", "Belgian", "Belgique", "belge"),
    "CH": ("Switzerland", "Swiss", "Suisse", "suisse"),
    "DE": ("Germany", "German", "Allemagne", "allemand"),
    "IT": ("Italy", "Italian", "Italie", "italien"),
    "ES": ("Spain", "Spanish", "Espagne", "espagnol"),
}
PREFIX_FR = {"FR": "franco", "BE": "belgo", "CH": "helvético", "CA": "canado", "IT": "italo",
             "DE": "germano", "ES": "hispano", "GB": "britannico", "US": "américano", "IE": "irlando"}
LANG_COUNTRIES = {"en": ["US", "US", "GB", "GB", "IE", "CA"], "fr": ["FR", "FR", "FR", "BE", "CH", "CA"]}
PARTNERS = ["FR", "DE", "BE", "IT", "ES", "GB", "CA", "IE", "CH", "US"]
GENRES_EN = ["drama", "comedy", "crime thriller", "romantic comedy", "war", "musical comedy",
             "western", "comedy-drama", "mystery thriller", "romantic drama", "adventure",
             "horror", "satirical comedy"]
GENRES_FR = [("un film", "m"), ("un drame", "m"), ("une comédie", "f"), ("un thriller", "m"),
             ("une comédie dramatique", "f"), ("un film policier", "m"), ("un film de guerre", "m")]
GENRE_WORD_FR = ["drame", "comédie", "thriller", "comédie dramatique", "policier"]
LANGUAGE = {"en": ("English", "anglais"), "fr": ("French", "français")}
MONTHS_EN = "January February March April May June July August September October November " \
            "December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre " \
            "décembre".split()
FESTIVALS = [("Berlin", "Panorama section"), ("Venice", "Horizons section"),
             ("Locarno", "main competition"), ("Toronto", "Discovery programme"),
             ("Karlovy Vary", "official selection"), ("San Sebastián", "New Directors section")]
CHAR_TITLES_EN = ["Captain", "Father", "Doctor", "Inspector", "Aunt", "Uncle", "Young", "Sister",
                  "Sergeant", "Mrs", "Judge"]
CHAR_TITLES_FR = ["Madame", "Monsieur", "Docteur", "Capitaine", "Tante", "Oncle", "Maître",
                  "Sœur", "Commissaire"]


@dataclass
class Person:
    name: str
    lang: str
    gender: str
    start: int  # the year the career starts
    nat: str  # country code
    fame: float  # how often films draw this person
    born: int = 0
    films: list = field(default_factory=list)  # (film index, role) in credit order


@dataclass
class Company:
    name: str
    kind: str  # production | distributor | sales | funder
    founded: int
    nat: str


@dataclass
class Film:
    index: int
    title: str
    lang: str
    year: int
    date: tuple[int, int]  # month, day
    countries: list[str]
    genre: int
    minutes: int
    directors: list[int]
    writers: list[int]
    producers: list[int]
    cast: list[tuple[int, str]]  # (person, character)
    crew: dict[str, int]  # composer, cinematographer, editor, ...
    production: list[int]
    distributor: int
    sales: int
    funders: list[int]
    budget: float
    box_office: float
    alt_title: str | None = None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _de(name: str) -> str:
    return f"d'{name}" if _fold(name[:1]) in "aeiouy" else f"de {name}"


def _wrap(text: str) -> list[str]:
    """A paragraph as press kits (text taken out of a PDF) hold it: hard-wrapped lines."""
    return textwrap.wrap(text, width=64, break_on_hyphens=False)


def _caps(title: str) -> str:
    return title.upper()


class Pool:
    """People of one trade, sorted by the year their career starts, each with a fame weight:
    a film of year Y draws from those working in Y, the famous more often (a few people in
    many films, most in a few), in O(log n) a draw."""

    CAREER = 40  # years

    def __init__(self, people: list[int], world: "World"):
        self.people = sorted(people, key=lambda p: (world.people[p].start, p))
        self.starts = [world.people[p].start for p in self.people]
        self.cum = list(itertools.accumulate(world.people[p].fame for p in self.people))

    def draw(self, rng: random.Random, year: int, k: int, exclude: tuple = ()) -> list[int]:
        lo = bisect.bisect_left(self.starts, year - self.CAREER)
        hi = bisect.bisect_right(self.starts, year)
        while hi - lo < 2 * k + len(exclude) + 2:  # too few working that year: widen
            lo, hi = max(0, lo - k - 2), min(len(self.people), hi + k + 2)
            if lo == 0 and hi == len(self.people):
                break
        base = self.cum[lo - 1] if lo else 0.0
        out: list[int] = []
        for _ in range(50 * k):
            if len(out) == k:
                break
            i = bisect.bisect_right(self.cum, base + rng.random() * (self.cum[hi - 1] - base), lo, hi - 1)
            p = self.people[i]
            if p not in out and p not in exclude:
                out.append(p)
        return out


class World:
    """The films, people and bodies of one corpus: pools sized with N, seeded."""

    def __init__(self, n_docs: int, seed: int):
        self.rng = rng = random.Random(f"filmgraph-bench:{seed}:{n_docs}")
        self.taken: set[str] = set()
        # every film has one or two documents; pools grow with the corpus
        n_films = max(8, round(n_docs * 0.87))
        self.people: list[Person] = []
        self.companies: list[Company] = []
        langs = ("en", "en", "fr")
        self.directors = Pool([self._person(rng.choice(langs)) for _ in range(max(4, n_films // 3))], self)
        self.actors = Pool([self._person(rng.choice(langs)) for _ in range(max(30, n_films * 6 // 5))], self)
        self.crew = Pool([self._person(rng.choice(langs)) for _ in range(max(20, n_films * 4 // 5))], self)
        for kind, share in (("production", 8), ("distributor", 40), ("sales", 60), ("funder", 60)):
            for _ in range(max(3, n_films // share)):
                self.companies.append(self._company(kind))
        self.by_kind = {k: [i for i, c in enumerate(self.companies) if c.kind == k]
                        for k in ("production", "distributor", "sales", "funder")}
        self.films = [self._film(i) for i in range(n_films)]
        for person in self.people:  # born some twenty to forty years before the first film
            first = min((self.films[f].year for f, _ in person.films), default=person.start)
            person.born = first - rng.randint(19, 42)

    # ------------------------------------------------------------------ names
    def _unique(self, make) -> str:
        for _ in range(1000):
            name = make()
            key = _fold(name)
            if key not in self.taken:
                self.taken.add(key)
                return name
        raise RuntimeError("the name lists are too small for this corpus")

    def _surname(self, lang: str) -> str:
        rng = self.rng
        pre, mid, suf = SURNAME[lang]
        end = rng.choice(suf)
        s = rng.choice(pre) + (rng.choice(mid) if end[0] not in "aeiouéè" else "") + end
        if lang == "fr" and rng.random() < 0.08:
            s = f"{rng.choice(('Le', 'de', 'Du'))} {s}"
        elif lang == "en" and rng.random() < 0.04:
            s = f"{s}-{rng.choice(pre) + rng.choice(suf)}"
        return s

    def _person(self, lang: str) -> int:
        rng = self.rng
        gender = rng.choice("fm")
        name = self._unique(lambda: f"{rng.choice(FIRST[(lang, gender)])} {self._surname(lang)}")
        nat = rng.choice(LANG_COUNTRIES[lang])
        start = rng.randint(1895, 2020)
        fame = min(rng.paretovariate(1.3), 60.0)
        self.people.append(Person(name, lang, gender, start, nat, fame))
        return len(self.people) - 1

    def place(self) -> str:
        rng = self.rng
        end = rng.choice(PLACE[2])
        return rng.choice(PLACE[0]) + (rng.choice(PLACE[1]) if end[0] not in "aeiouy" else "") + end

    def _company(self, kind: str) -> Company:
        rng = self.rng
        lang = rng.choice(("en", "en", "fr"))
        def make() -> str:
            p = self.place() if rng.random() < 0.7 else self._surname(lang)
            if kind == "production":
                return rng.choice([f"{p} Pictures", f"{p} Films", f"Les Films du {p}",
                                   f"{p} Productions", f"Les Productions du {p}"] if lang == "fr"
                                  else [f"{p} Pictures", f"{p} Films", f"{p} Film Company",
                                        f"{p} Productions"])
            if kind == "distributor":
                return rng.choice([f"{p} Distribution", f"{p} Releasing", f"{p} Films Distribution"])
            if kind == "sales":
                return rng.choice([f"{p} Film Sales", f"{p} International", f"{p} Screen Sales"])
            return rng.choice([f"{p} Film Fund", f"{p} Screen Agency", f"{p} Media Fund"])
        return Company(self._unique(make), kind, rng.randint(1910, 2015), rng.choice(LANG_COUNTRIES[lang]))

    def _title(self, lang: str) -> str:
        rng = self.rng
        def en() -> str:
            a, n, n2 = rng.choice(ADJ), rng.choice(NOUN), rng.choice(NOUN)
            return rng.choice([f"The {a} {n}", f"{a} {n}s", f"The {n} of {self.place()}",
                               f"{'An' if n[0] in 'AEIOU' else 'A'} {n} in {self.place()}", f"{self.place()} {n}",
                               f"The {n} and the {n2}", f"The Last {n}", f"{a} {self.place()}",
                               f"The {n} at {self.place()}"])
        def fr() -> str:
            m, f = rng.choice(NOM_M), rng.choice(NOM_F)
            am, af = rng.choice(ADJ_M), rng.choice(ADJ_F)
            lieu, who = self.place(), rng.choice(FIRST[("fr", rng.choice("fm"))])
            return rng.choice([f"Le {m.capitalize()} {am}", f"La {f.capitalize()} {af}",
                               f"Les {rng.choice(NOMS_PL).capitalize()} {_de(lieu)}",
                               f"Un {m} à {lieu}", f"La Nuit des {rng.choice(NOMS_PL)}",
                               f"Le {m.capitalize()} {_de(who)}", f"La {f.capitalize()} {_de(lieu)}",
                               f"Une {f} à {lieu}"])
        return self._unique(en if lang == "en" else fr)

    # ------------------------------------------------------------------ films
    def pick(self, pool: list[int], k: int = 1, skew: float = 2.2) -> list[int]:
        """k distinct bodies of a list: the first ones far more often."""
        out: list[int] = []
        while len(out) < min(k, len(pool)):
            p = pool[int(len(pool) * self.rng.random() ** skew)]
            if p not in out:
                out.append(p)
        return out

    def _character(self, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            titles = CHAR_TITLES_EN if lang == "en" else CHAR_TITLES_FR
            return f"{rng.choice(titles)} {self._surname(lang)}"
        first = rng.choice(FIRST[(lang, rng.choice('fm'))])
        return first if rng.random() < 0.4 else f"{first} {self._surname(lang)}"

    def _film(self, i: int) -> Film:
        rng = self.rng
        lang = "fr" if rng.random() < 0.3 else "en"
        year = 1920 + min(103, int(104 * rng.random() ** 0.75))
        countries = [rng.choice(LANG_COUNTRIES[lang])]
        if rng.random() < 0.3:
            other = rng.choice([c for c in PARTNERS if c != countries[0]])
            countries.append(other)
        directors = self.directors.draw(rng, year, 1)
        writers = list(directors) if rng.random() < 0.6 else []
        writers += self.crew.draw(rng, year, rng.choice((1, 1, 2)))
        producers = self.crew.draw(rng, year, rng.choice((1, 2, 2)), exclude=tuple(writers))
        cast_people = self.actors.draw(rng, year, rng.randint(4, 8))
        cast = [(p, self._character(lang)) for p in cast_people]
        roles = ["composer", "cinematographer", "editor", "production_designer",
                 "costume_designer", "sound", "casting_director", "assistant_director"]
        crew_people = self.crew.draw(rng, year, len(roles), exclude=tuple(producers + writers))
        crew = dict(zip(roles, crew_people))
        film = Film(i, self._title(lang), lang, year, (rng.randint(1, 12), rng.randint(1, 28)),
                    countries, rng.randrange(len(GENRES_EN)), rng.randint(72, 158), directors,
                    writers, producers, cast, crew,
                    self.pick(self.by_kind["production"], rng.choice((1, 1, 2, 2, 3)), skew=1.6),
                    self.pick(self.by_kind["distributor"], skew=1.6)[0],
                    self.pick(self.by_kind["sales"], skew=1.6)[0],
                    self.pick(self.by_kind["funder"], rng.choice((1, 2, 3)), skew=1.6),
                    round(rng.uniform(0.3, 40), 1), round(rng.uniform(0.1, 90), 1))
        if rng.random() < 0.06:
            film.alt_title = self._title("en" if lang == "fr" else "fr")
        for p in directors:
            self.people[p].films.append((i, "director"))
        for p, _ in cast:
            self.people[p].films.append((i, "cast"))
        return film


# ------------------------------------------------------------------------------ writing
class Writer:
    """The text of each kind of document, in English and French."""

    def __init__(self, world: World, rng: random.Random):
        self.w = world
        self.rng = rng

    def name(self, p: int) -> str:
        return self.w.people[p].name

    def names(self, ps: list[int], conj: str = "and") -> str:
        ns = [self.name(p) for p in ps]
        return ns[0] if len(ns) == 1 else f"{', '.join(ns[:-1])} {conj} {ns[-1]}"

    def co(self, c: int) -> str:
        return self.w.companies[c].name

    def cos(self, cs: list[int], conj: str = "and") -> str:
        ns = [self.co(c) for c in cs]
        return ns[0] if len(ns) == 1 else f"{', '.join(ns[:-1])} {conj} {ns[-1]}"

    def nat_en(self, f: Film) -> str:
        return "-".join(COUNTRIES[c][1] for c in f.countries)

    def nat_fr(self, f: Film) -> str:
        if len(f.countries) == 1:
            return COUNTRIES[f.countries[0]][3]
        return f"{PREFIX_FR[f.countries[0]]}-{COUNTRIES[f.countries[1]][3]}"

    def date_en(self, f: Film) -> str:
        return f"{f.date[1]} {MONTHS_EN[f.date[0] - 1]} {f.year}"

    def date_us(self, f: Film) -> str:
        return f"{MONTHS_EN[f.date[0] - 1]} {f.date[1]}, {f.year}"

    def date_fr(self, f: Film) -> str:
        return f"{f.date[1]} {MONTHS_FR[f.date[0] - 1]} {f.year}"

    def others(self, p: int, exclude: int, k: int = 3) -> list[Film]:
        """Other films of a person, for 'known for' lists and filmographies."""
        seen, out = set(), []
        for fi, _ in self.w.people[p].films:
            if fi != exclude and fi not in seen:
                seen.add(fi)
                out.append(self.w.films[fi])
        self.rng.shuffle(out)
        return out[:k]

    def plot_en(self, f: Film) -> str:
        rng = self.rng
        (a, ca), (b, cb) = f.cast[0], f.cast[1]
        place = self.w.place()
        opening = rng.choice([
            f"In the winter of {f.year - rng.randint(0, 40)}, {ca} returns to {place} after "
            f"twenty years away.",
            f"On the last day of the season in {place}, {ca} finds a letter that should never "
            f"have been sent.",
            f"{ca} keeps the only hotel of {place}, a town the railway has forgotten.",
        ])
        middle = rng.choice([
            f"When {cb} arrives with news of an inheritance, old quarrels wake up.",
            f"A storm cuts the road, and {cb} has to decide whom to believe.",
            f"{cb} suspects that the two of them are hiding something from the village.",
        ])
        return f"{opening} {middle}"

    def plot_fr(self, f: Film) -> str:
        rng = self.rng
        (_, ca), (_, cb) = f.cast[0], f.cast[1]
        lieu = self.w.place()
        return rng.choice([
            f"À {lieu}, pendant l'hiver {f.year - rng.randint(0, 30)}, {ca} attend le retour "
            f"d'un frère parti depuis des années. Quand la tempête coupe la route, {cb} "
            f"découvre une lettre cachée dans le grenier.",
            f"Fin septembre, à {lieu}. Les saisonniers attendent leur dernière paie quand "
            f"{ca} disparaît avec la caisse. {cb} décide de retenir tout le monde jusqu'à l'aube.",
        ])

    # ------------------------------------------------------------------ leads
    def lead(self, f: Film, lang: str) -> str:
        return self.lead_fr(f) if lang == "fr" else self.lead_en(f)

    def lead_en(self, f: Film) -> str:
        rng = self.rng
        genre = GENRES_EN[f.genre]
        d = self.names(f.directors)
        cast = [p for p, _ in f.cast]
        shape = rng.randrange(3)
        if shape == 0:  # "Paper Lanterns"
            prod = f" and produced by {self.names(f.producers)}" if rng.random() < 0.6 else ""
            writers = [w for w in f.writers if w not in f.directors] or f.writers
            text = (f"{f.title} is a {f.year} {self.nat_en(f)} {genre} film directed by {d}{prod}, "
                    f"from a screenplay by {self.names(writers)}. The film stars "
                    f"{self.names(cast[:3])}, with {self.name(cast[3])} in a supporting role. "
                    f"{self.name(f.crew['composer'])} composed the film score. It was released on "
                    f"{self.date_en(f)} by {self.co(f.distributor)} and runs for {f.minutes} minutes.")
        elif shape == 1:  # "Cold Harbor Road"
            verb = "written and directed by" if set(f.directors) <= set(f.writers) else "directed by"
            (a, ca) = f.cast[0]
            fest, _ = rng.choice(FESTIVALS)
            text = (f"{f.title} is a {f.year} {self.nat_en(f)} {genre} film {verb} {d}. It stars "
                    f"{self.name(a)} as {ca}, alongside {self.names(cast[1:4])}. The film premiered "
                    f"at the {fest} International Film Festival on {self.date_us(f)}.")
        else:  # "The Ninth Mile"
            alt = f", also known as {f.alt_title}," if f.alt_title else ""
            text = (f"{f.title}{alt} is a {f.year} {self.nat_en(f)} {genre} film directed by {d}. "
                    f"The cast includes {self.names(cast[:3])}. The film follows "
                    f"{f.cast[0][1]} through one long summer in {self.w.place()}.")
        return f"{f.title}\n\n{text}\n"

    def lead_fr(self, f: Film) -> str:
        rng = self.rng
        d = self.names(f.directors, "et")
        cast = [p for p, _ in f.cast]
        genre, g = GENRES_FR[f.genre % len(GENRES_FR)]
        sortie = "sortie" if g == "f" else "sorti"
        nat = self.nat_fr(f) + ("e" if g == "f" and not self.nat_fr(f).endswith("e") else "")
        shape = rng.randrange(3)
        if shape == 0:  # "Les Vendanges de Marthe"
            text = (f"{f.title} est {genre} {nat} réalisé par {d}, {sortie} en {f.year}. Il a pour "
                    f"interprètes principaux {self.names(cast[:3], 'et')}. La musique du film est "
                    f"signée {self.name(f.crew['composer'])}.")
        elif shape == 1:  # "Le Mariage de tonton Gaston"
            alt = f" (titre international : {f.alt_title})" if f.alt_title else ""
            (a, ca) = f.cast[0]
            text = (f"{f.title}{alt} est {genre} {nat} de {d}, {sortie} en {f.year}, avec "
                    f"{self.name(a)} dans le rôle de {ca}, {self.names(cast[1:3], 'et')}.")
        else:  # "Un hiver à Sète"
            co = f.production[0]
            text = (f"{f.title} est {genre} {nat} réalisé par {d}, {sortie} le {self.date_fr(f)}. "
                    f"Le film est produit par {self.names(f.producers, 'et')} pour "
                    f"{self.co(co)}. Il dure {f.minutes} minutes.")
        return f"{f.title}\n\n{text}\n"

    # ------------------------------------------------------------------ articles
    def article(self, f: Film, lang: str) -> str:
        return self.article_fr(f) if lang == "fr" else self.article_en(f)

    def _glue(self, label: str, value: str) -> str:
        """Infobox labels as flattened pages write them: glued to the value or not."""
        return f"{label}{value}" if self.rng.random() < 0.5 else f"{label} {value}"

    def article_en(self, f: Film) -> str:
        rng = self.rng
        cast = [p for p, _ in f.cast]
        box = [f"{f.title} ({f.year} film)", "", "Last updated", "", f.title,
               f"{f.title} {f.year} poster.jpg"]
        box.append(f"Directed by {self.name(f.directors[0])}")
        box += [self._glue("Written by", self.name(f.writers[0]))] + [self.name(p) for p in f.writers[1:]]
        box += [self._glue("Produced by", self.name(f.producers[0]))] + [self.name(p) for p in f.producers[1:]]
        box += [f"Starring {self.name(cast[0])}"] + [self.name(p) for p in cast[1:3]]
        box.append(self._glue("Cinematography", self.name(f.crew["cinematographer"])))
        box.append(self._glue("Edited by", self.name(f.crew["editor"])))
        box.append(self._glue("Music by", self.name(f.crew["composer"])))
        if len(f.production) == 1:
            box.append(f"Production company{self.co(f.production[0])}")
        else:
            box += ["Production", "companies"] + [self.co(c) for c in f.production]
        box.append(f"Distributed by{self.co(f.distributor)}")
        box += ["Release date", f"  • {self.date_en(f)} ({f.year}-{f.date[0]:02d}-{f.date[1]:02d})",
                "Running time", f"{f.minutes} minutes"]
        names = [COUNTRIES[c][0] for c in f.countries]
        box += [f"Country{names[0]}"] if len(names) == 1 else [f"Countries {names[0]}"] + names[1:]
        box.append(f"Language{LANGUAGE[f.lang][0]}")
        box.append(f"Budget${f.budget} million [1]")
        box.append(f"Box office${f.box_office} million [2]")
        fest, section = rng.choice(FESTIVALS)
        n = rng.randint(2, 70)
        nth = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
        lead = (f"{f.title} is a {f.year} {self.nat_en(f)} {GENRES_EN[f.genre]} film directed by "
                f"{self.name(f.directors[0])} and starring {self.names(cast[:3])}. It was shown in "
                f"the {section} of the {nth} {fest} International Film Festival.")
        out = box + ["", lead, "", "Contents", "", "Plot", "", self.plot_en(f), "", "Cast", ""]
        out += [f"{'  • ' if rng.random() < 0.5 else ''}{self.name(p)} as {c}" for p, c in f.cast]
        out += ["", "Related Research Articles", ""]
        for block in self.related_en(f):
            out += [block, ""]
        out += ["References", "", f'  1. "{f.title} ({f.year}) – Box Office Archive".',
                f'  2. "{f.title} ({f.year}) – Box Office Archive".']
        return "\n".join(out) + "\n"

    def related_en(self, f: Film) -> list[str]:
        """Two or three related-article abstracts: the lead actor, another film, a company."""
        rng = self.rng
        blocks = []
        star = f.cast[0][0]
        p = self.w.people[star]
        job = "actress" if p.gender == "f" else "actor"
        pron = "She" if p.gender == "f" else "He"
        known = [f] + self.others(star, f.index, 2)
        rng.shuffle(known)
        roles = ", ".join(f"{k.title} ({k.year})" for k in known[:-1]) + f" and {known[-1].title} ({known[-1].year})" \
            if len(known) > 1 else f"{known[0].title} ({known[0].year})"
        blocks.append(f'<span class="mw-page-title-main">{p.name}</span> {COUNTRIES[p.nat][1]} {job} '
                      f"(born {p.born})\n\n{p.name} is a {COUNTRIES[p.nat][1]} {job}. {pron} is known "
                      f"for {'her' if p.gender == 'f' else 'his'} roles in {roles}.")
        other = self.others(f.directors[0], f.index, 1) or self.others(f.cast[1][0], f.index, 1)
        if other:
            o = other[0]
            oc = [q for q, _ in o.cast]
            blocks.append(f"<i>{o.title}</i> {o.year} film by {self.name(o.directors[0])}\n\n"
                          f"{o.title} is a {o.year} {self.nat_en(o)} {GENRES_EN[o.genre]} film "
                          f"directed by {self.name(o.directors[0])} and starring "
                          f"{self.names(oc[:2])}. {self.name(o.crew['composer'])} composed the film score.")
        if rng.random() < 0.5:
            c = self.w.companies[f.production[0]]
            blocks.append(f'<span class="mw-page-title-main">{c.name}</span>\n\n'
                          f"{c.name} is a {COUNTRIES[c.nat][1]} film production company established "
                          f"in {c.founded}.")
        return blocks

    def article_fr(self, f: Film) -> str:
        rng = self.rng
        cast = [p for p, _ in f.cast]
        pays = [COUNTRIES[c][2] for c in f.countries]
        box = [f"{f.title} (film, {f.year})", "", f.title,
               f"Description de l'image {f.title} affiche.jpg.",
               f"Réalisation\t{self.name(f.directors[0])}",
               f"Scénario\t{self.name(f.writers[0])}"] + [self.name(p) for p in f.writers[1:]]
        box.append(f"Musique\t{self.name(f.crew['composer'])}")
        box += ["Acteurs principaux"] + [self.name(p) for p in cast[:3]]
        box += [f"Sociétés de production\t{self.co(f.production[0])}"] + [self.co(c) for c in f.production[1:]]
        box.append("Pays d'origine\t" + "\n".join(f"Drapeau de la {x} {x}" if x == "France" else x
                                                   for x in pays))
        box.append(f"Genre\t{rng.choice(GENRE_WORD_FR)}")
        box.append(f"Durée\t{f.minutes} minutes")
        box.append(f"Sortie\t{f.year}")
        genre, g = GENRES_FR[f.genre % len(GENRES_FR)]
        nat = self.nat_fr(f) + ("e" if g == "f" and not self.nat_fr(f).endswith("e") else "")
        lead = (f"{f.title} est {genre} {nat} réalisé par {self.names(f.directors, 'et')}, "
                f"{'sortie' if g == 'f' else 'sorti'} en {f.year}.")
        fiche = [f"Titre original : {f.title}",
                 f"Réalisation : {self.names(f.directors, 'et')}",
                 f"Scénario : {self.names(f.writers, 'et')}",
                 f"Photographie : {self.name(f.crew['cinematographer'])}",
                 f"Montage : {self.name(f.crew['editor'])}",
                 f"Musique : {self.name(f.crew['composer'])}",
                 f"Décors : {self.name(f.crew['production_designer'])}",
                 f"Production : {self.names(f.producers, 'et')}",
                 f"Sociétés de production : {', '.join(self.co(c) for c in f.production)}",
                 f"Société de distribution : {self.co(f.distributor)}",
                 f"Pays d'origine : {', '.join(pays)}",
                 f"Langue originale : {LANGUAGE[f.lang][1]}",
                 "Format : couleur - 1,85:1",
                 f"Durée : {f.minutes} minutes",
                 f"Date de sortie : {pays[0]} : {self.date_fr(f)}"]
        out = box + ["", "Pour plus de détails, voir Fiche technique et Distribution.", "", lead, "",
                     "Sommaire", "", "Synopsis", "", self.plot_fr(f), "", "Fiche technique", ""]
        out += [f"  • {x}" for x in fiche]
        out += ["", "Distribution", ""]
        out += [f"  • {self.name(p)} : {c}" for p, c in f.cast]
        out += ["", "Notes et références", "", "Liens externes"]
        return "\n".join(out) + "\n"

    # ------------------------------------------------------------------ press kits
    def presskit(self, f: Film, lang: str) -> str:
        return self.presskit_fr(f) if lang == "fr" else self.presskit_en(f)

    def kit_minutes(self, f: Film) -> int:
        """A press kit gives the festival cut's running time: for one film in seven it is
        not the release's, so the article and the press kit disagree (resolve keeps both)."""
        return f.minutes - 2 - f.index % 5 if f.index % 7 == 3 else f.minutes

    def presskit_en(self, f: Film) -> str:
        rng = self.rng
        T = _caps(f.title)
        d = f.directors[0]
        dots = rng.random() < 0.4  # "Night Ferry" shape: dotted leaders, actor first
        countries = " / ".join(COUNTRIES[c][0] for c in f.countries)
        out = [f"{self.co(f.production[0])} presents", "", T, "", f"a film by {self.name(d)}", "",
               f"{countries} - {f.year} - {self.kit_minutes(f)} min - colour - 2.39", "", "",
               "SYNOPSIS", "", *_wrap(f"{self.plot_en(f)} Over one season, {T} follows them to "
                                      "the end of the road."), "", "", "CAST", ""]
        if dots:
            out += [f"{self.name(p)} ..... {c}" for p, c in f.cast]
        else:
            out += [f"{c}: {self.name(p)}" for p, c in f.cast]
        crew = f.crew
        out += ["", "", "CREW", ""]
        lines = [("Directed by", [d]), ("Screenplay", f.writers),
                 ("Director of Photography", [crew["cinematographer"]]),
                 ("Editor", [crew["editor"]]), ("Original Music", [crew["composer"]]),
                 ("Production Design", [crew["production_designer"]]),
                 ("Costume Design", [crew["costume_designer"]]), ("Sound", [crew["sound"]]),
                 ("Casting", [crew["casting_director"]]),
                 ("1st Assistant Director", [crew["assistant_director"]]),
                 ("Producers" if len(f.producers) > 1 else "Producer", f.producers)]
        for label, ps in lines:
            if dots:
                out.append(f"{label} ..... {', '.join(self.name(p) for p in ps)}")
            else:
                out.append(f"{label}: {self.names(ps)}")
        prod = f.production
        if len(prod) > 1 and self.rng.random() < 0.5:  # "The Copper Season"
            para = f"A {self.cos(prod)} coproduction."
        else:  # "Night Ferry"
            where = COUNTRIES[f.countries[-1]][0]
            para = f"Produced by {self.co(prod[0])} ({COUNTRIES[f.countries[0]][0]})"
            para += (f" in coproduction with {self.cos(prod[1:])} ({where})." if len(prod) > 1 else ".")
        para += f" With the participation of {self.cos(f.funders[:2])}."
        if len(f.funders) > 2:
            para += f" With the support of the {self.co(f.funders[2])}."
        out += ["", "", *_wrap(para)]
        out += ["", f"International sales: {self.co(f.sales)}.",
                f"{COUNTRIES[f.countries[0]][1].replace('British', 'UK')} distribution: "
                f"{self.co(f.distributor)}.", "", ""]
        out += [f"INTERVIEW WITH {self.name(d).upper()}", "", f"Where does {T} come from?", "",
                *_wrap("From a place I knew as a child, and from the silence that came after. I "
                       "wanted to make a film about what a family does when the thing that held "
                       "it together disappears."), "",
                f"How did you find {f.cast[0][1]}?", "",
                *_wrap(f"I had seen {self.name(f.cast[0][0])} on stage and I wrote the part "
                       "thinking of them. Everything happens in the face, very little in the "
                       "words."), "", "", "", "FILMOGRAPHIES", ""]
        out += self.filmography_en(d, f, director=True)
        if rng.random() < 0.6:
            out += self.filmography_en(f.cast[0][0], f, director=False)
        return "\n".join(out).rstrip() + "\n"

    def filmography_en(self, p: int, f: Film, director: bool) -> list[str]:
        person = self.w.people[p]
        role = "director" if director else "cast"
        films = [self.w.films[fi] for fi, r in person.films if r == role]
        films = sorted({x.index: x for x in films}.values(), key=lambda x: (-x.year, x.title))[:8]
        out = [person.name, ""]
        if director:
            out += ["Cinema (as Director)", ""]
            out += [f"{x.year} {_caps(x.title)}" for x in films]
            if self.rng.random() < 0.5:
                short = self.w._title(person.lang)
                out.append(f"{max(1920, films[-1].year - 3)} {_caps(short)} (short)")
        else:
            out += ["Cinema", ""]
            out += [f"{x.year} {_caps(x.title)} - {self.name(x.directors[0])}" for x in films]
        return out + ["", ""]

    def presskit_fr(self, f: Film) -> str:
        rng = self.rng
        T = _caps(f.title)
        d = f.directors[0]
        pays = " / ".join(COUNTRIES[c][2] for c in f.countries)
        h, m = divmod(self.kit_minutes(f), 60)
        out = [f"{self.co(f.production[0])} présente", "", T, "", f"un film de {self.name(d)}", "",
               f"avec {self.names([p for p, _ in f.cast[:3]], 'et')}", "",
               f"{pays} - {f.year} - {h}h{m:02d} - couleur - 2.39 - 5.1", "",
               f"SORTIE NATIONALE LE {self.date_fr(f).upper()}", "", "",
               "SYNOPSIS", "", *_wrap(f"{self.plot_fr(f)} {T} raconte cette nuit-là."), "", "",
               "LISTE ARTISTIQUE", ""]
        out += [f"{c} : {self.name(p)}" for p, c in f.cast]
        crew = f.crew
        out += ["", "", "LISTE TECHNIQUE", ""]
        for label, ps in [("Réalisation", [d]), ("Scénario", f.writers),
                          ("Image", [crew["cinematographer"]]), ("Montage", [crew["editor"]]),
                          ("Son", [crew["sound"]]), ("Décors", [crew["production_designer"]]),
                          ("Costumes", [crew["costume_designer"]]),
                          ("Musique originale", [crew["composer"]]),
                          ("Casting", [crew["casting_director"]]),
                          ("1er assistant réalisateur", [crew["assistant_director"]])]:
            out.append(f"{label} : {self.names(ps, 'et')}")
        out.append(f"Produit par {self.names(f.producers, 'et')}")
        out += ["", *_wrap(f"Une coproduction {self.cos(f.production, 'et')}. Avec la participation "
                           f"de {self.cos(f.funders, 'et')}."), "",
                f"Ventes internationales : {self.co(f.sales)}",
                f"Distribution France : {self.co(f.distributor)}", "", "",
                f"ENTRETIEN AVEC {self.name(d).upper()}", "", f"D'où vient {T} ?", "",
                *_wrap("J'ai passé trois automnes de suite dans cette région, pendant mes études. "
                       "Je n'ai jamais oublié ces nuits où tout le monde dort dans la même grange."),
                "", f"Comment avez-vous choisi {self.name(f.cast[0][0])} ?", "",
                *_wrap("Je la connais depuis longtemps. Ce personnage tient les autres debout, et "
                       "il fallait cette force tranquille."), "", ""]
        out += self.filmography_fr(d, f, director=True)
        if rng.random() < 0.6:
            out += self.filmography_fr(f.cast[0][0], f, director=False)
        return "\n".join(out).rstrip() + "\n"

    def filmography_fr(self, p: int, f: Film, director: bool) -> list[str]:
        person = self.w.people[p]
        role = "director" if director else "cast"
        films = [self.w.films[fi] for fi, r in person.films if r == role]
        films = sorted({x.index: x for x in films}.values(), key=lambda x: (-x.year, x.title))[:8]
        out = [person.name.upper(), ""]
        if director:
            out += ["Filmographie", ""]
            out += [f"{x.year} {_caps(x.title)}" for x in films]
            if self.rng.random() < 0.5:
                short = self.w._title(person.lang)
                out.append(f"{max(1920, films[-1].year - 3)} {_caps(short)} (court métrage)")
        else:
            out += ["Cinéma", ""]
            out += [f"{x.year} {_caps(x.title)} - {self.name(x.directors[0])}" for x in films]
        return out + ["", ""]


# ------------------------------------------------------------------------------ corpus
def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text))[:50].strip("-") or "x"


def plan(n_docs: int, seed: int) -> tuple[World, list[tuple[str, str, Film]]]:
    """The world and, for each document, its kind, language and film."""
    world = World(n_docs, seed)
    rng = random.Random(f"filmgraph-bench-plan:{seed}:{n_docs}")
    counts = {k: round(n_docs * MIX[k]) for k in KINDS}
    counts["lead"] = n_docs - counts["article"] - counts["presskit"]
    kinds = [k for k in KINDS for _ in range(counts[k])]
    rng.shuffle(kinds)
    films = world.films
    order = list(range(len(films)))
    rng.shuffle(order)
    docs: list[tuple[str, str, Film]] = []
    used: dict[int, set] = {}
    # every film gets a document; the rest are second documents of other kinds (an article
    # and a press kit of one film), so resolve has merges to make
    for i, kind in enumerate(kinds):
        if i < len(order):
            f = films[order[i]]
        else:
            while True:
                f = films[rng.randrange(len(films))]
                if kind not in used.get(f.index, set()):
                    break
        used.setdefault(f.index, set()).add(kind)
        lang = "fr" if f.lang == "fr" and rng.random() < 0.75 else "en"
        docs.append((kind, lang, f))
    return world, docs


def generate(n_docs: int, out: Path | str, seed: int = 1) -> dict:
    """Write n_docs documents into `out` (created; files of an earlier run are replaced)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*/*.txt"):
        old.unlink()
    world, docs = plan(n_docs, seed)
    writer = Writer(world, random.Random(f"filmgraph-bench-text:{seed}:{n_docs}"))
    counts = {(k, l): 0 for k in KINDS for l in ("en", "fr")}
    for i, (kind, lang, film) in enumerate(docs):
        text = getattr(writer, kind)(film, lang)
        folder = out / f"{i // 1000:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{i:06d}-{kind}-{lang}-{_slug(film.title)}.txt").write_text(text, encoding="utf-8")
        counts[(kind, lang)] += 1
    manifest = {"format": FORMAT, "documents": n_docs, "seed": seed,
                "films": len(world.films), "people": len(world.people),
                "organizations": len(world.companies),
                "kinds": {f"{k}-{l}": n for (k, l), n in counts.items()}}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def cached(out: Path | str, n_docs: int, seed: int) -> bool:
    """Whether `out` already holds this corpus (same size, seed and generator format)."""
    try:
        m = json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return m.get("format") == FORMAT and m.get("documents") == n_docs and m.get("seed") == seed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of documents")
    ap.add_argument("out", help="output folder")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    m = generate(args.n, args.out, args.seed)
    print(f"{m['documents']} documents ({', '.join(f'{k} {v}' for k, v in m['kinds'].items())}); "
          f"{m['films']} films, {m['people']} people, {m['organizations']} organizations -> {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
