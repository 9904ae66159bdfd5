"""Prose reader: lead sentences, abstracts and related-article blocks.

Encyclopedia prose states films and people in a small number of patterns:

    X is a 1988 American-French neo-noir thriller film directed by A and starring B and C.
    X, also known as Y, is ... ; X or Y is ...             (an alternative title)
    The film is written and directed by A, produced by B.  It stars C, D and E.
    A composed the film score.  ... based on the 2013 novel T by W.
    released on 29 June 2005 ; the film runs for 109 minutes
    P is a French actress and singer. (born 1968) (1928–2020)
    She is known for her roles in T (2007), U (1999).  married to Q since 1989.
    <span class="mw-page-title-main">Name</span> description     a related article: person,
    <i>Title</i> (film) 1988 film by X                          film or company, whose
                                                                abstract follows
The subject of "The film", "It", "She" is the paragraph's (or the block's) entity.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import rx, vocab
from ..model import Mention, Value
from ..text import MONTHS, UPPER, clean, fold, is_french, parse_date, parse_minutes, parse_money, valid_date, name_case, title_case
from . import prose_fr as fr
from .context import _OCCUPATION, DIRECTOR_INDEX, LETTERS, Context, article_person, obituary_person
from .catalogue import FILM_DESCRIBED, title_heading as _title_heading
from .credits import _credit_like
from .filmography import name_heading
from .values import BODY, add_labelled, label_key, looks_like_name

NAME = "prose"

# ---------------------------------------------------------------- names in running text
PARTICLE = r"(?:de|da|del|dela|della|delos|di|du|des|van|von|der|den|ter|le|la|bin|ibn|al|el|y|dos|do|St\.)"
CAP = r"(?:(?:[A-Z]\.){2,3}|[" + UPPER + r"][\w'’\-\u0300-\u036f]*\.?|[A-Z]\.|[\"“'‘][A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?[\"”'’])"
PERSON = rf"{CAP}(?:\s+(?:{PARTICLE}\s+)*{CAP}){{0,4}}"
LIST = rf"{PERSON}(?:\s*,\s*(?!and\b){PERSON})*(?:\s*,?\s+(?:and|&)\s+{PERSON})?"
ORG_WORDS = rx.compile(
    r"\b(?:Films?|Pictures|Productions?|Studios?|Company|Entertainment|Inc\.?|Ltd\.?|LLC|GmbH|"
    r"S\.A\.|SA|SARL|Cinéma|Cinema|Media|Corporation|Corp\.?|Bros\.?|Groupe?|Group|Records|"
    r"Distributions?|Releasing|Television|TV|Network|Channel|Vitagraph|Company|Studio|Film|"
    # the same words in other languages: "Tsubaki Eiga", "Producciones X", "Y Filmproduktion"
    r"Eiga|Filmi|Filmudlejning|Filmproduktion|Filmproduksjon|Producciones|Produções|Produzioni|Filmes|Kino|"
    r"Filmverleih|Cinematografica|Cinematográfica|Animation|Zespół|Filmowy|Distribusjon|Distribuzione|"
    r"Distribución|Distribuidora|Distribuição|Verleih|Images|Ateliers?|Compagnie|Films?)\b")
AMPERSAND_BODY = rx.compile(r"\b([A-Z][\w'’-]+)\s+&\s+(?=[A-Z][\w'’-]+\s+" + ORG_WORDS.pattern + ")")
NOT_NAMES = {"the", "it", "he", "she", "they", "his", "her", "their", "a", "an", "this", "in",
             "on", "at", "with", "for", "but", "by", "as", "after", "before", "from", "when",
             "its", "le", "la", "les", "il", "elle"}

TITLE_BLOCK = rx.compile(
    r"^<i>(?P<title>[^<]+)</i>\s*(?:\((?:(?P<pyear>\d{4})\s+)?[^)]*\))?\s*(?P<desc>.*)$")
SPAN_BLOCK = rx.compile(
    r'^<span class="mw-page-title-main">(?P<name>[^<]+)</span>\s*(?P<desc>.*)$')
LIFE = rx.compile(r"\((?:(?:born|née?|b\.)\s+(?:en\s+|le\s+|in\s+|on\s+)?(?P<born>[^()–-]+?)|"
                  r"(?P<b>\d{4})\s*[–-]\s*(?P<d>\d{4}))\)")

FILM_NOUNS = (r"film|movie|motion picture|picture|documentary|feature|short|comedy|drama|sequel|"
              r"remake|cartoon|short subject|noir|anthology|"
              r"thriller|western|musical|melodrama|romance|horror|animation|cartoon|serial|"
              r"comedy-drama|biopic|satire|epic|fantasy|adventure|mystery")
OCCUPATIONS = ("actress", "actor", "singer", "director", "film director", "screenwriter",
               "writer", "producer", "film producer", "composer", "cinematographer", "editor",
               "comedian", "model", "dancer", "novelist", "playwright", "musician", "songwriter",
               "photographer", "critic", "television presenter", "filmmaker", "comedienne",
               "author", "journalist", "poet", "rapper", "artist", "voice actress", "voice actor")
ORG_NOUNS = ("record label", "company", "production company", "film studio", "studio",
             "distributor", "label", "broadcaster", "television channel", "channel", "group",
             "fund", "agency", "festival", "organisation", "organization", "network")

VERBS = {
    "directed": "director", "co-directed": "director", "written": "screenwriter",
    "co-written": "screenwriter", "produced": "producer", "co-produced": "producer",
    "edited": "editor", "scored": "composer", "photographed": "cinematographer",
    "narrated": "narrator", "starring": "cast", "co-starring": "cast", "costarring": "cast",
}
_VERB = (r"(?:co-)?(?:directed|written|produced|edited|scored|photographed|narrated|"
         r"choreographed|conceived|created|developed)|starring|co-starring|costarring")
_JOIN = r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+&\s+)"
# words between "by" and the name: "directed by the Austrian director X", "by actor/director X"
_BY_PREFIX = (r"(?:(?:the|an?|famed|noted|acclaimed|veteran|uncredited|first-time|then-\w+|"
              r"actor|actress|director|filmmaker|cinematographer|his|her|their|[A-Z][a-z]+\s+"
              r"(?:film\s+|movie\s+)?(?:director|filmmaker|producer|screenwriter|writer|composer)|(?P<body>(?:[A-Z][\w-]+\s+)?(?:studio|"
              r"(?:production\s+|film\s+)?(?:company|unit|collective|cooperative)|firm|outfit|label|"
              r"distributor)))[\s/]+){0,4}")
VERB_RUN = rx.compile(
    rf"\b(?P<verbs>(?:{_VERB})(?:\s+by)?(?:{_JOIN}(?:{_VERB})(?:\s+by)?)*)"
    rf"(?:\s+in\s+\w+)?\s+(?:by\s+)?{_BY_PREFIX}(?P<list>" + LIST + ")")
# "X and Y co-directed the film", "Harry Example directed the film", "The director was X"
DIRECTED_BY_SUBJECT = rx.compile(r"(?:^|[.;]\s+|,\s+)(?P<list>" + LIST + r")\s+(?:co-)?directed\b")
# "directed by A from his own screenplay", "the directorial debut of A, who also wrote the screenplay"
OWN_SCREENPLAY = rx.compile(r"\bdirected\s+by\s+(?P<list>" + LIST + r")\s+from\s+(?:his|her|their)\s+own\s+(?:screenplay|script)|"
                            r"(?P<who>" + PERSON + r"),?\s+who\s+(?:also\s+)?(?:wrote|co-wrote)\s+(?:the|its)\s+(?:screenplay|script)")
DIRECTORIAL_DEBUT = rx.compile(r"\bdirectorial\s+debut\s+of\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2})?(?P<list>" + PERSON + ")")
DIRECTOR_WAS = rx.compile(r"\b(?:the\s+)?director\s+was\s+(?P<list>" + LIST + ")", re.I)
FILM_BY = rx.compile(r"\b(?:film|short|documentary|picture)\s+by\s+" + _BY_PREFIX + r"(?P<list>" + LIST + ")")
# where a list of cast members begins
CAST_START = rx.compile(
    r"\b(?:[Ss]tarring|stars|starred|[Cc]o-?starring|co-stars|[Ff]eaturing|features|featured|"
    r"(?:ensemble\s+|supporting\s+|voice\s+|main\s+|principal\s+)*cast\s*,?\s+(?:that\s+)?(?:also\s+)?"
    r"(?:includes|including|included|members\s+include|of|consisting\s+of|led\s+by)|"
    r"with\s+support\s+from|(?:a\s+)?cameo\s+(?:appearances?\s+|roles?\s+)?(?:by|from)\s+"
    r"(?:(?:the|an?)\s+(?:[a-z]+\s+){0,2}(?=[A-Z]))?|(?:supporting\s+)?roles?\s+(?:are\s+|were\s+)?(?:played|filled)\s+by|"
    r"played\s+(?:respectively\s+)?by|joined\s+by\s+(?=" + PERSON + r"\s+as\s+[A-Z])|"
    r"(?:also\s+)?(?:co-)?stars?\s+(?:along\s+)?with|with\s+(?=" + PERSON + r"\s+as\s+(?:(?:his|her|their|the|an?)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,4})?[A-Z])|"
    r"with\s+(?=" + PERSON + r"(?:\s*,\s*" + PERSON + r")*,?\s+(?:and\s+" + PERSON +
    r"\s+)?(?:in\s+supporting|joining|co-starring|also\s+starring|in\s+(?:the\s+)?(?:lead|main|"
    r"title|featured|supporting)\s+role)))\s*(?:(?:the\s+)?voices?\s+of\s+|an\s+ensemble\s+cast"
    r"\s*,?\s*(?:including|of)?\s*)?")
# a list that ends with its verb: "A, B and C also star", "A and B appear in supporting roles"
CAST_BEFORE = rx.compile(r"(?:^|[.;]\s+|,\s+(?:while|and)\s+|\bwith\s+)(?P<list>" + LIST +
                         r")\s*,?\s+(?:who\s+)?(?:also\s+)?"
                         r"(?:star|stars|starring|co-star|co-stars|appear|appears|reprise|reprises|portray|"
                         r"round\s+out|feature|are\s+featured|are\s+the\s+stars|plays|play)\b")
CAST_SEP_FR = rx.compile(r"\s*,\s*(?:et\s+|ainsi\s+que\s+)?|\s+(?:et|ainsi\s+que|&)\s+")
WHO_STARS = rx.compile(r"(?P<list>" + PERSON + r"),?\s+who\s+(?:also\s+)?(?:co-)?(?:stars?|starred)\b")
CAST_SEP = rx.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+|alongside\s+|with\s+)?"
                      r"|\s+(?:and|as\s+well\s+as|along\s+with|alongside|with|&)\s+")
SCREENPLAY = rx.compile(
    r"\b(?:from\s+a\s+|with\s+a\s+)?(?:[Ss]creenplay|[Ss]cript)(?:\s*,)?\s+(?:(?:(?:is|was)\s+(?:again\s+|also\s+)?)?(?:written\s+)?by\s+(?P<list>" + LIST +
    r")|(?:(?:she|he|they)\s+)?co-wrote\s+with\s+(?P<co>" + LIST + r"))|"
    # "who co-wrote the screenplay with X", "co-written with X"
    r"\bco-?wr(?:ote|itten)\s+(?:the\s+(?:screenplay|script)\s+)?with\s+(?P<co2>" + LIST + ")")
MUSIC = rx.compile(r"\b(?:[Mm]usic|[Ss]core|[Ss]oundtrack)(?:\s+for\s+the\s+film)?\s+(?:(?:was|is)\s+)?"
                   r"(?:composed\s+|written\s+)?by\s+"
                   r"(?P<list>" + LIST + ")")
COMPOSED = rx.compile(r"(?P<list>" + LIST + r")\s+(?:composed|wrote|created)\s+the\s+(?:film'?s?\s+)?"
                      r"(?:musical\s+)?(?:score|music|soundtrack)")
# "whose founder A Name is credited as co-producer", "B Name was credited as editor"
CREDITED_AS = rx.compile(r"(?P<who>" + PERSON + r")\s+(?:is|was|are|were)\s+(?:also\s+|only\s+)?credited\s+as\s+"
                         r"(?:(?:the|its|a|an)\s+)?(?:film['’]s\s+)?(?P<role>(?:co-|executive\s+|associate\s+)?producer|"
                         r"editor|composer|cinematographer|screenwriter|co-writer|writer|director|co-director)\b")
# (and "shot by cinematographer X", "The film was shot by X": not "Karl is shot by Nils")
CINEMATOGRAPHY = rx.compile(r"\b(?:[Cc]inematography\s+(?:(?:is|was)\s+)?by|(?:[Tt]he\s+)?"
                            r"(?:cinematographer|director\s+of\s+photography)\s+(?:is|was)|"
                            r"(?:shot|photographed|filmed)\s+by\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?"
                            r"(?:cinematographer|director\s+of\s+photography)|"
                            r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:film|picture|movie|feature|documentary)\s+was\s+"
                            r"(?:(?:mostly|largely|entirely|partly)\s+)?(?:shot|photographed)\s+by)\s+"
                            r"(?P<list>" + LIST + ")")
EDITING = rx.compile(r"\b(?:[Ee]diting\s+(?:(?:is|was)\s+)?by|(?:[Tt]he\s+)?(?:film\s+)?editor\s+"
                     r"(?:is|was))\s+(?P<list>" + LIST + ")")
# "The songs were written by X": songs, not the screenplay
SONGS = rx.compile(r"\b(?:[Tt]he\s+(?:film['’]s\s+)?|[Ii]ts\s+|original\s+)?[Ss]ongs\s+(?:(?:were|are)\s+)?"
                   r"(?:(?:written|composed)\s+(?:and\s+performed\s+)?)?by\s+(?P<list>" + LIST + ")")
# "produced by A for Brackwater Films", "under Bituin Pictures": the body is the company
PRODUCED_FOR = rx.compile(r"\b[Pp]roduced\s+by\s+" + LIST + r"\s+(?:for|under|through)\s+(?:the\s+|their\s+|"
                          r"his\s+|her\s+)?(?:banner\s+(?:of\s+)?|company,?\s+|studio,?\s+)?(?P<list>" + LIST + ")")
# "Quiet Harbour (2009), also made for A Films": a company's film (when the name is a body's)
MADE_FOR = rx.compile(r"\b(?:made|produced)\s+for\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:company,?\s+)?"
                      r"(?P<list>" + LIST + ")")
BASED_ON = rx.compile(
    r"\bbased\s+on\s+(?:the\s+)?(?:(?P<year>\d{4})\s+)?(?:[\w-]+\s+)?(?P<what>novel|play|book|"
    r"short story|story|novella|comic|comic book|memoir|musical|opera|poem|graphic novel)"
    r"(?:\s+of\s+the\s+same\s+name)?(?:\s*,?\s+(?P<title>(?!by\b)[^,.;]+?))?\s+by\s+"
    r"(?P<list>" + LIST + ")")
# "adapted from A's novel T", "based on A's 1998 novel T": the author before the work
# "the director A Name, for whom he photographed T (1976), U (1988) and V (2003)": A's films
FOR_WHOM = rx.compile(r"\b(?:director|film-?maker)\s+(?P<who>" + PERSON + r"),?\s+(?:for|with)\s+whom\s+(?:he|she|they)\s+"
                      r"(?:[a-z]+\s+){0,2}?(?:photographed|shot|lit|edited|cut|scored|wrote|designed|produced|made)\s+"
                      r"(?P<rest>[^;]+)")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
             "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
# a date alone on a line, as under a byline: "Thursday 18 August 2022", "Publié le 11 janvier 2020"
DATELINE = rx.compile(r"^(?:(?:publi[ée]\s+le|le|updated|published)\s+)?(?:" + "|".join(sorted(_WEEKDAYS)) +
                      r")?,?\s*\d{1,2}(?:er)?\s+[A-Za-zéû]+\s+\d{4}\b", re.I)
BASED_ON_POSS = rx.compile(
    r"\b(?:adapted\s+from|based\s+on)\s+(?P<list>" + PERSON + r")['’]s?\s+(?:(?P<year>\d{4})\s+)?(?:[\w-]+\s+)?"
    r"(?P<what>novel|play|book|short story|story|novella|comic|memoir|musical|opera|poem|graphic novel)"
    r"(?:\s+of\s+the\s+same\s+name)?(?:\s*,?\s+(?P<title>[A-Z\"“][^,.;()]*?))?(?=\s*[,.;()]|\s+(?:is|was|and|which|by|in)\b|$)")
RELEASED = rx.compile(r"(?<!films\s)(?<!which\swere\s)\b(?:released|premiered)\s+(?:[\w\s]{0,40}?\s)?(?:on|in)\s+(?P<date>(?:\d{1,2}\s+)?[A-Z]?[a-z]*\s*\d{0,2},?\s*\d{4})")
RELEASED_BY = rx.compile(r"\b(?:released|distributed)\s+(?:[^.,;]{0,60}?\s)?by\s+(?P<list>" + LIST + ")")
# "It was released by A in Ireland, and in the United States by B"
AND_THERE_BY = rx.compile(r"\band\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}by\s+(?P<list>" + LIST + ")")
PRONOUN_AFTER_CLAUSE = rx.compile(r"^[A-ZÀ-Þ][^.;:()]{0,80}?,\s+(?:she|he|elle|il)\s+(?:[a-zà-ÿ]+\s+)?"
                                  r"(?:devient|débute|grandit|tourne|joue|obtient|entre|est|a|is|was|became|began|"
                                  r"made|moved|joined|returned|revient|retrouve|rejoint|enchaîne|incarne)\b")
# "When T opened at the Regal, Leicester Square, on 14 March 1968": a title, then where
OPENED = rx.compile(r"^(?:(?:When|After|Before|As)\s+)?(?P<t>[A-ZÀ-Þ0-9][^,;()]{1,80}?)\s+(?:opened|premiered|was\s+released)"
                    r"\s+(?:at|in)\s+[^.;()]{2,60}?,?\s+on\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\b")
IT_RELEASED = rx.compile(r"^(?:[A-Z]\w+\s+){0,2}?(?:It|The\s+film)\s+(?:was|is)\s+(?:\w+\s+)?(?:released|distributed)\b")
# crew in a film article's sentences (_crew)
CREW_HINT = rx.compile(r"\b(?:was|were|served|designed|created)\b|^(?:The\s+)?[A-Z][a-z]+\s+[a-z]+\s+[A-Z]")
CREW_WAS = rx.compile(r"\b[Tt]he\s+(?:film['’]s\s+)?(?P<role>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:was|were)\s+"
                      r"(?P<list>" + LIST + ")")
CREW_SERVED = rx.compile(r"(?P<list>" + LIST + r")\s+(?:served|acted|worked)\s+as\s+(?:the\s+film['’]s\s+|its\s+|"
                         r"the\s+)?(?P<role>(?:[a-z-]+\s+){0,2}?[a-z-]+?)s?\b(?=[.,;]|\s+(?:on|for|and)\b|$)")
CREW_DESIGNED = rx.compile(r"\b[Tt]he\s+(?P<what>costumes|production\s+design|make-?up|sound\s+design)\s+"
                           r"(?:was|were)\s+(?:designed|created|done|handled)\s+by\s+(?P<list>" + LIST + ")")
CREW_BEFORE = rx.compile(r"(?:^|(?<=[.;]\s))(?:[Tt]he\s+)?(?P<role>[Cc]asting\s+director|[Cc]inematographer|"
                         r"[Pp]roduction\s+designer|[Cc]ostume\s+designer|[Dd]irector\s+of\s+photography)\s+"
                         r"(?P<who>" + PERSON + r")(?=,|\s+[a-z])")
RUNS = rx.compile(r"\b(?:runs?\s+(?:for\s+)?|[Rr]unning\s+time\s+(?:(?:of|is|was)\s+|:\s*|(?=\d))|lasts\s+)(?P<min>\d{2,3})\s+minutes|"
                  r"\b(?P<min2>\d{2,3})-minute\b")
# a note's "Released 2 June 1947; 74 minutes.": the release, perhaps the running time after it
RELEASED_NOTE = rx.compile(r"^Released\s+(?:on\s+)?(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
                           r"(?:\s*[;,]\s*(?P<min>\d{2,3})\s+minutes)?")
# a later paragraph's sentence about the document's film: "It was released on 14 October
# 1946 and runs 78 minutes", "The film premiered in ...", "Running time 81 minutes."
IT_FACTS = rx.compile(r"^(?:It|The\s+(?:film|picture|movie))\s+(?:was\s+(?:first\s+|then\s+|finally\s+)?"
                      r"(?:released|premiered|shown)|premiered|opened|runs|ran|lasts)\b|^Released\s|^Running\s+time\b")
# "A returned as Gage", "B reprised his role as Molly": the film's cast, one by one
RETURNED_AS = rx.compile(r"(?:^|[.;,]\s+|\band\s+)(?P<actor>" + PERSON + r")\s+(?:again\s+)?(?:returned|returns|"
                         r"reprised\s+(?:his|her|the)\s+role|reprises\s+(?:his|her|the)\s+role)\s+as\s+(?P<char>" + PERSON + ")")
# "A again produced", "B also produced;": the film's producer, the verb last
AGAIN_PRODUCED = rx.compile(r"(?:^|[.;]\s+)(?P<who>" + PERSON + r")\s+(?:again|also)\s+produced\s*(?:[.;,]|$|\s+(?:it|the\s+film)\b)")
LANGUAGE_PHRASE = rx.compile(r"\b(?P<lang>[A-Z][a-z]+)-language\b|\b(?:shot|filmed|made|spoken)\s+"
                             r"(?:entirely\s+|mostly\s+|partly\s+)?in\s+(?P<lang2>[A-Z][a-z]+)\b")
# an amount of money in a sentence: a currency before or after the number
_AMOUNT = (r"((?:US\$|C\$|CA\$|A\$|AU\$|NZ\$|HK\$|R\$|MX\$|NT\$|S\$|IR£|[$£€¥₹₱₦₩₺₽]|"
           r"(?:CHF|SEK|NOK|DKK|INR|BRL|PHP|NGN|KRW|MXN|ARS|PLN|CNY|ZAR|TRY)\s)\s?"
           r"\d[\d.,\u202f ]*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?|"
           r"\d[\d.,\u202f ]*\s*(?:millions?|milliards?|billion|thousand|M|k)?\s*(?:d['’]\s*|de\s+)?"
           r"(?:[$£€¥]|euros?|dollars?|francs?|livres?|pounds?|kroner|kronor|couronnes?|pesetas|"
           r"lires|marks|yens?|rupees|pesos|reais|naira|won|yuan|złoty|zlotys?|rand|rubles?|roubles?|"
           r"USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|FRF|INR|BRL|PHP|NGN|KRW|MXN|ARS|PLN|CNY|ZAR|TRY)(?:\s+(?:belges|suisses|"
           r"CFA|canadiens|américains|australiens|US|sterling|norvégiennes|suédoises|danoises))?)")
_ABOUT = r"(?:(?:about|around|approximately|roughly|nearly|almost|over|more\s+than|some|an\s+" \
         r"estimated|environ|près\s+de|plus\s+de|quelque)\s+)?"
# "on a budget of $2 million", "made for £9,500", "budgeted at", "cost $3 million";
# "Le budget est estimé à 4,5 millions de francs", "avec un budget de 285 000 $"
# "grossed £2.1 million in the United Kingdom and $7.4 million worldwide": the world's figure
WORLDWIDE = rx.compile(_ABOUT + _AMOUNT + r"\s+(?:worldwide|world-wide|globally|around\s+the\s+world|"
                       r"dans\s+le\s+monde(?:\s+entier)?|à\s+travers\s+le\s+monde)\b", re.I)
BUDGET = rx.compile(r"\b(?:budget(?:ed)?|coûté|coût)\b(?:\s+(?:of|was|at|is|were|totall?ed|"
                    r"est|était|s['’]élève|s['’]élevait|de|d['’]un\s+montant\s+de|estimé|"
                    r"évalué|à|a|été|of\s+only|just|only))*\s+" + _ABOUT + _AMOUNT +
                    r"|\b(?:made|shot|produced|filmed)\s+(?:on|for)\s+(?:a\s+budget\s+of\s+)?"
                    + _ABOUT + _AMOUNT + r"|\bcost\s+" + _ABOUT + _AMOUNT, re.I)
# "it grossed $3.1 million", "earned £31,000 at the box office", "box office of $X",
# "le film rapporte 9,2 millions de francs de recettes", "des recettes de 1,1 million de dollars"
GROSS = rx.compile(r"\b(?:grossed|grossing|earned|earning|took|taking|rapporte|rapporté|"
                   r"rapportant|engrange|engrangé|totalise|totalisé)\s+" + _ABOUT + _AMOUNT +
                   r"|\b(?:box[- ]office\s+(?:gross\s+|takings\s+|receipts\s+)?of|"
                   r"recettes?\s+(?:(?:totales|mondiales|internationales|cumulées|globales)\s+)?(?:de|d['’]environ|s['’]élèvent\s+à))\s+" + _ABOUT
                   + _AMOUNT, re.I)


# a press kit's biography: "JANE EXAMPLE (Rosa Medina) was born in ...", "JOHN SAMPLE, p.g.a.
# (Producer) founded ...": the name in capitals, what the person is in brackets
BIO_HEAD = rx.compile(rf"^(?P<name>[{UPPER}][{UPPER}'’.-]+(?:\s+[{UPPER}][{UPPER}'’.-]*){{1,3}}|{CAP}(?:\s+{CAP}){{1,3}})"
                      r"(?:,\s*" + LETTERS + ")?"
                      r"(?:\s*\((?P<paren>[^()]{2,60})\))?\s+(?P<verb>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
BIO_VERBS = rx.compile(r"^(?:was born|grew up|trained|studied|began|started|graduated|made|is|was|has|"
                       r"had|founded|spent|worked|joined|comes|came|lives)\b")
# "Her producing credits include A (2013)", "His previous film scores include B (2013)"
CREDITS_INCLUDE = rx.compile(r"\b(?:(?P<kind>producing|directing|writing|editing|acting|screen|film|"
                             r"feature|previous|recent|other)\s+)*(?P<what>credits|scores|film\s+scores|"
                             r"films|features)\s+(?:include|including)\s+(?P<rest>[^.]+)")
# "He produced A (2009)", "edited B and C", "photographed D", "scored E"
DID = rx.compile(r"\b(?P<verb>produced|co-produced|edited|co-edited|photographed|scored|co-directed)\s+"
                 r"(?:,\s*with\s+[^,]+,\s*)?(?:the\s+(?:documentary|film|short|feature)s?\s+)?(?P<rest>[^.;]+)")
OWN_FILM = rx.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:(?:first|second|third|debut|thesis|graduation|student|"
                      r"latest|previous|new|next|last|early|other)\s+)*(?:feature\s+film|feature|short\s+film|short|film|"
                      r"documentar(?:y|ie))s?,?\s+(?P<rest>[^,;()]+\(\d{4}\)(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                      r"[^,;()]+\(\d{4}\))*)")
DID_ROLE = {"produced": "producer", "co-produced": "producer", "edited": "editor", "co-edited": "editor",
            "photographed": "cinematographer", "scored": "composer", "co-directed": "director"}
DEBUT = rx.compile(r"\bmade\s+(?:his|her|their)\s+(?:(?:screen|film|acting|movie|feature\s+film)\s+)?debut\s+in\s+"
                   r"(?P<rest>[^.]+)")
# a film named with its director and year in brackets: "T (A Name, 1995)"
REF_BY = rx.compile(rf"\(\s*(?P<who>{PERSON}),\s*(?P<year>(?:1[89]|20)\d\d)\s*\)")
KNOWN_FOR = rx.compile(r"\b(?:known|famous|noted|best known)\s+for\s+(?:her|his|their)\s+"
                       r"(?:roles?|performances?|work)\s+in\s+(?P<rest>[^.]+)")
APPEARED_IN = rx.compile(r"\b(?:appeared|starred|co-starred|(?:went\s+on\s+to\s+)?(?:star|appear)|acted|"
                         r"played|(?:was|been)\s+seen(?:\s+most)?(?:\s+recently)?)\s+(?:(?:alongside|opposite)\s+[^.]{0,40}?\s+)?in\s+(?P<rest>[^.]+)")
# a part in a life's story: "he played the embittered foreman Walter Pryce in T (1962)",
# "he was the doomed Major Danvers in the war epic T (1969)", "turning up as a bent
# bookmaker in the caper comedy T (1974)", "Carver cast him again in T (1964)"
ACTED = rx.compile(r"\b(?:(?:he|she)\s+(?:played|portrayed|was)|playing|portraying|as|cast\s+(?:him|her)"
                   r"|(?:(?:supporting|small|leading|minor|starring|title)\s+)?(?:roles?|parts?)"
                   r"(?:\s+again)?(?:\s+as)?)\s+(?P<char>(?:(?:the|a|an)\s+)?[^,;:()]{0,80}?)\s*"
                   r"\bin\s+(?:(?:the|a|an|his|her)\s+(?:[a-z][a-z-]*\s+){0,3})?"
                   r"(?P<rest>[A-Z0-9][^,()]{0,80}?\s*\(\d{4}\))")
# "came in T (1962), A Name's fierce drama of ..., in which he played the foreman X"
# ("came with A Name's Quiet Hours in Lisbon (2004), in which she played X": from "with")
ACTED_AFTER = rx.compile(r"\b(?:in|to|was|with)\s+(?:(?:the|a|an|his|her)\s+(?:[a-z][a-z-]*\s+){0,3})?"
                         r"(?P<rest>[A-Z0-9][^,()]{0,80}?\s*\(\d{4}\))[^.()]{0,160}?,\s+in\s+which\s+"
                         r"(?:he|she)\s+(?:played|voiced)\s+(?P<char>[^,.;()]{3,80})")
# what a person did for the films a sentence lists: "He also composed the music for the
# thriller T (1988)", "She shot A Name's debut feature T (Öskufall, 2005) and ...", "She has
# edited every film directed by A Name since T (1987), including U (1996)", "His other films
# include T (1953)" (what a film director's films are to him)
DID_FOR = rx.compile(r"\b(?:(?P<composer>composed\s+(?:the\s+)?(?:music|scores?)\s+(?:for|of)|scored|"
                     r"(?:his|her|their)\s+(?:film\s+)?scores\s+for)"
                     r"|(?P<cinematographer>shot|photographed|lensed|(?:was\s+)?(?:also\s+)?(?:the\s+)?"
                     r"(?:cinematographer|director\s+of\s+photography)\s+(?:of|on|for))"
                     r"|(?P<editor>edited|cut)"
                     r"|(?P<producer>(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:other\s+|later\s+|recent\s+|notable\s+)?"
                     r"productions\s+(?:include[sd]?|are|were))"
                     r"|(?P<own>(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:other\s+|later\s+|best-known\s+|notable\s+)?"
                     r"(?:films|features|credits)\s+(?:include[sd]?|are|were)))\b(?P<rest>[^.]+)")
# an actor's films named as examples: "playing killers, informers and bent solicitors in films
# such as T (1965) and U (1967)"
FILMS_SUCH_AS = rx.compile(r"\b(?:playing|appearing|starring|acting|roles?|parts?)\b[^.;]{0,120}?\bin\s+"
                           r"(?:(?:films|movies|pictures)\s+(?:such\s+as|like|including)|"
                           r"such\s+(?:films|movies|pictures)\s+as)\s+(?P<rest>[^.;]+)")
# a part in a film a life's story names without its year, in a sentence that gives one year:
# "In 1969 he starred in A Name's T, a folk-horror film shot on ...", "Hollywood called in
# 1979, when A Name cast him as an arms dealer in the American thriller T, opposite B"; the
# title needs its director's name before it, a kind of film before it or after it
PART_NO_YEAR = rx.compile(
    r"\b(?:(?:he|she)\s+(?:(?:also\s+)?(?:starred|co-starred|appeared)|played\s+[^,.;()]{3,60}?)|"
    r"cast\s+(?:him|her)(?:\s+as\s+[^,.;()]{3,60}?)?)\s+in\s+"
    r"(?:(?P<who>" + PERSON + r")['’]s\s+)?"
    r"(?:(?:the|a|an)\s+(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*\s+)?(?:[a-z][a-z-]*\s+){0,2}?"
    r"(?P<noun>(?:" + FILM_NOUNS + r")s?)\s+)?"
    r"(?P<title>[A-Z0-9][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|of|the|a|an|in|on|at|and|to|for|from|with))*?)"
    r"(?P<after>,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + FILM_NOUNS + r")\b|,?\s+(?:opposite|alongside)\b|\s*[.;]|\s*$)")
# the co-star after a film's title: "..., a folk-horror film, opposite the actress A Name"
OPPOSITE = rx.compile(r"[^.;()]{0,80}?\b(?:opposite|alongside)\s+(?:the\s+(?:[\w-]+\s+){0,3}?)?(?P<co>" + PERSON + r")"
                      r"(?=\s*$|\s*[,.;:)]|\s+(?:and|in|as|who|whose|for|with|on|at)\b)")
DIRECTED_BY_IN = rx.compile(r"\b(?:films?|features?|work|longs?[- ]métrages?)\s+(?:directed\s+by|of|by|de\s+|d['’]|"
                            r"réalisés\s+par)\s*(?P<who>" + PERSON + r")")
# a title that opens on its doer and a verb: "Quennell wrote and directed the short film T"
DOER_DID = rx.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}\s+(?:also\s+|later\s+|then\s+)?(?:co-)?"
                      r"(?:wrote|directed|produced|made|shot|edited|scored|starred|appeared|played)\b")
ALT_YEAR = rx.compile(r"\((?P<alt>[^(),]{2,60}),\s*(?P<year>\d{4})\)")
# "T (1953), which he also wrote", "T (2019), which she wrote and directed"
WHICH_DID = rx.compile(r"(?P<rest>[A-ZÀ-Þ0-9«\"“][^,()]{0,80}?\s*\(\d{4}\)),\s+which\s+(?:he|she|they)\s+"
                       r"(?:also\s+|had\s+|both\s+)?(?P<verbs>(?:co-)?(?:wrote|directed|produced|edited|shot|"
                       r"scored)(?:(?:,\s*|\s+and\s+)(?:also\s+)?(?:co-)?(?:wrote|directed|produced|edited|"
                       r"shot|scored))*)\b")
VERB_ROLE = {"wrote": "screenwriter", "directed": "director", "produced": "producer",
             "edited": "editor", "shot": "cinematographer", "scored": "composer"}
# a person's occupation, the part it gives in the films "his films include" names
OCCUPATION_ROLE = (("director", "director"), ("filmmaker", "director"), ("composer", "composer"),
                   ("cinematographer", "cinematographer"), ("editor", "editor"),
                   ("screenwriter", "screenwriter"), ("producer", "producer"),
                   ("actor", "cast"), ("actress", "cast"))
# a film named in passing: "with whom he had made A (1979)", "after B (2012)", "pour C (1956)"
IN_PASSING = rx.compile(r"\b(?:made|directed|shot|filmed|after|before|following|sequel\s+to|remake\s+of|"
                        r"include|includes|including|debut\s+in|roles?\s+in|"
                        r"après|avant|pour|réalisé|tourné|dans)\s+"
                        # "made the short film T (1998)", "her roles in the films T (2012)"
                        r"(?P<noun>(?:the|a|an|his|her|their|le|la|un|une|son|sa)\s+(?:(?:short|feature|"
                        r"first|debut|second|documentary|premier|court|long)[- ]?(?:métrage\s+)?)?"
                        r"(?:films?|features?|shorts?|movies?|documentar(?:y|ies)|métrages?)\s+)?"
                        r"(?P<rest>[A-ZÀ-Þ«\"“][^.;]{0,80}?\(\s*\d{4}\s*\))")
# a note on someone that opens with the name and the trade: "A Name est comédien.", "A Name
# is a Welsh cinematographer"
PLAIN_BIO = rx.compile(rf"^(?P<name>{PERSON})\s+(?:est|était|is|was)\s+(?:(?:un|une|a|an)\s+)?"
                       rf"(?:[\w'’-]+\s+){{0,3}}?{_OCCUPATION}s?\b")
# a sentence that opens with a film and its year, and tells of it: "The Title (2004) was
# written by ...", "Her own first feature, The Title (1993), was produced by ...", "Son premier
# long métrage, Le Titre (1993), est produit par ..."
SENTENCE_FILM = rx.compile(r"^(?P<bullet>[–•-]\s+)?(?:(?:\d{4}s|\d{4}[–-](?:\d{4}|present)):?\s+)?"  # (a heading: "2000s")
                           r"(?P<noun>(?:Her|His|Their|Its|The|Son|Sa|Leur|Le|La)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:feature|film|picture|documentary|short|debut|long[- ]métrage|court[- ]métrage|"
                           r"documentaire)s?,\s+)?(?P<title>[A-ZÀ-Þ«\"“][^(),.;:]{0,80}?)\s*\((?P<year>1[89]\d\d|20\d\d)\)"
                           r"(?:,?\s+(?:also\s+)?(?:was|is|were|has|had|est|fut|a\s+été|which|qui|"
                           r"(?P<verb>made|shot|written|directed|produced|starred|starring|stars|featured|portée?|"
                           r"réalisé|tourné|écrit|produit))\b"
                           # ("Son dernier film, T (1999), sur un marin ...": the noun says it)
                           r"|(?(noun),|(?!))"
                           # a list's item: "– T (1983), de A, avec B", "– T (1956), film
                           # publicitaire réalisé par A", "– T (1962), réalisation anonyme"
                           r"|(?(bullet),\s+(?P<listed>de(?=\s+[A-ZÀ-Þ])|réalisation\b|"
                           r"(?:[a-zé]+\s+|\d+\s+){1,6}?(?=réalisée?\s+par\b))|(?!)))")
# an entry that opens with a film, its director and year: "L'Estran (A Name, 1979 – Suisse,
# 112 min) : restauration ...", "The Title (A Name, 2014): a new restoration"
DIRECTOR_YEAR_ENTRY = rx.compile(r"^(?P<title>[A-ZÀ-Þ0-9«\"“][^()\n:;]{0,80}?)\s*\((?P<who>[A-ZÀ-Þ][^(),0-9]{2,50}?),\s*"
                                 r"(?P<year>1[89]\d\d|20\d\d)(?P<rest>[^()]{0,60})\)\s*(?::|[.–—]|$|(?=[A-ZÀ-Þ]))")
# a life's story tells of one film inside a sentence: "She returned to the cinema with T
# (1995), co-written with X and produced by Y", "The result, T (1998), a documentary ...":
# the only "(year)" of the sentence, the title the run of capitalised words before it
ONE_YEAR = rx.compile(r"\((?P<year>1[89]\d\d|20\d\d)\)")
TITLE_JOINS = {"of", "the", "a", "an", "to", "in", "for", "and", "on", "at", "with", "from", "by", "into",
               "under", "over", "without", "is", "are", "or", "my", "your", "our", "no", "not"}
# what goes on telling of that film in the next sentence: "It starred ...", "The screenplay was
# written with ...", "A Name played Nora, opposite B as her son Daniel"
TOLD_GOES_ON = rx.compile(r"^(?:It|Its|The\s+(?:film|picture|screenplay|script|score|music|shoot|"
                          r"cinematography|production|cast)|Produced|Shot|Filmed|Written|Edited|Scored)\b|"
                          r"^" + PERSON + r"\s+(?:again\s+|also\s+)?(?:played|plays|portrayed|returned\s+as|"
                          r"reprised|was\s+cast|starred|co-starred|was\s+(?:again\s+)?(?:the\s+)?"
                          r"(?:director\s+of\s+photography|cinematographer|editor|composer))\b")
_DID = r"photographed|edited|shot|designed|produced|directed|wrote|composed|played"
# "the Norwegian novelist A Name", "her classmate A Name": words that say who a name is
_DESCRIBED = r"(?:(?:the|her|his|their)\s+(?:[A-Z][a-z]+(?:[–-][A-Z][a-z]+)?\s+)?(?:[a-z][\w-]*\s+){1,2}?(?=[A-ZÀ-Þ]))?"
# what says the title before it is no film's: "the play T", "Her novel T", "the miniseries T"
WORK_BEFORE = rx.compile(r"\b(?:play|novel|book|stage|series|miniseries|mini-series|serial|sitcom|show|opera|"
                         r"musical|album|song|poem|story)\b[^.;:]{0,12}$")
# the clauses that tell who made the film being told
TOLD_WROTE = rx.compile(r"\bwhich\s+(?:she|he|they)\s+(?:also\s+|had\s+|co-)?(?P<verb>wrote|co-wrote|scripted|"
                        r"produced|co-produced|edited|shot)\b")
WRITTEN_WITH = rx.compile(r"(?:^|,\s*|\band\s+|\b(?:screenplay|script)\s+(?:was\s+)?)(?:again\s+|also\s+)?"
                          r"(?:co-)?written\s+(?:again\s+)?with\s+" + _DESCRIBED +
                          r"(?P<list>" + LIST + ")")
ADAPTED_BY = rx.compile(r"\badapted\s+(?:for\s+the\s+screen\s+)?by\s+(?P<list>" + LIST + r")\s+from\b")
SHOT_BY = rx.compile(r"\b(?:shot|photographed|lit),?\s+(?:again,?\s+|once\s+more,?\s+)?by\s+"
                     + _DESCRIBED + r"(?P<list>" + LIST + ")|"
                     r"(?P<who>" + PERSON + r")\s+(?:again\s+|also\s+)?photographed\b|"
                     r"(?P<dop>" + PERSON + r")\s+was\s+(?:again\s+|also\s+)?(?:the\s+)?(?:director\s+of\s+"
                     r"photography|cinematographer)\b")
CO_PRODUCTION = rx.compile(r"\b(?P<nat>[A-Z][a-z]+(?:[–-][A-Z][a-z]+)+)\s+co-?production\s+(?:by|between|of)\s+"
                           r"(?P<list>" + LIST + ")")
# the actors of the film being told: "A played Nora Quill", "A returned as Vasile, alongside
# B as his granddaughter Irina", "reunited her with A and introduced B as Hélène", "gave a
# first role to her daughter, A", "A also appeared in T", "in which A and B play a couple"
PLAYED = rx.compile(r"(?:^|[.;,]\s+|\band\s+)(?P<actor>" + PERSON + r")\s+(?:again\s+|also\s+)?"
                    r"(?:played|plays|portrayed|portrays|returned\s+as|returns\s+as|was\s+cast\s+as)\s+"
                    r"(?P<char>" + PERSON + r")?")
AS_CHAR = rx.compile(r"\b(?:opposite|alongside|with)\s+" + _DESCRIBED + r"(?P<actor>" + PERSON +
                     r")\s+as\s+(?:(?:her|his|their|the|a|an)\s+(?:[a-z][\w-]*\s+){0,3})?(?P<char>" + PERSON + ")?")
TOLD_CAST = rx.compile(r"\b(?:reunited\s+(?:her|him|them)\s+with|introduced|gave\s+(?:a\s+|her\s+|his\s+)?"
                       r"(?:first\s+|\w+\s+)?(?:screen\s+)?role\s+to\s+(?:(?:her|his|their)\s+[a-z-]+,\s+)?|"
                       r"in\s+which)\s*")
CAST_HEAD = rx.compile(r"(?P<list>" + LIST + r")\s+(?:also\s+|again\s+)?(?:appeared|starred|co-starred|played)"
                       r"\s+in\s*$")
CLAUSE_VERB = rx.compile(r"\s(?:produit|réalise|tourne|signe|écrit|dirige|retrouve|produces|directs|directed|"
                         r"produced|made|wrote|shot|came\s+with|came\s+in|began\s+with|started\s+with|"
                         r"continued\s+with|followed\s+with)\s+(?:aussi\s+|also\s+|ensuite\s+|alors\s+|then\s+)?"
                         r"(?=[A-ZÀ-Þ«\"“])")


def _after_clause(title: str) -> str:
    """A title a clause ran into, without it: "Carrick's breakthrough came with T" -> T."""
    clause = list(CLAUSE_VERB.finditer(" " + title))
    return (" " + title)[clause[-1].end():] if clause else title


STAGE = rx.compile(r"\b(?:[Tt]h[ée]âtre|[Tt]heat(?:re|er)|stage|play|pièce|scène|opéra|opera)\b")
# what opens a sentence but no title, and the words no title of a sentence's opening holds
OPENING_NOT = {"her", "his", "their", "its", "she", "he", "they", "it", "in", "on", "at", "with", "for",
               "but", "by", "as", "after", "before", "from", "when", "this", "that", "since", "during",
               "while", "until", "though", "although", "because", "de", "du", "des", "dans", "avec",
               "pour", "apres", "avant", "mon", "ma", "mes", "son", "sa", "ses", "leur", "il", "elle",
               "en", "au", "aux", "depuis", "pendant", "lorsque", "quand", "puis", "ensuite", "suivent",
               "suit", "viennent", "vient", "enfin", "then", "next"}
PRONOUNS = {"he", "she", "her", "him", "his", "they", "them", "their", "i", "we", "you", "me", "my",
            "our", "il", "elle", "je", "nous", "lui", "ils", "elles", "on"}
# who the director is to the person, before the name: "directed by her drama-school
# contemporary A Name", "directed by his brother A Name"
KIN = (r"(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:contemporary|friend|husband|wife|partner|brother|"
       r"sister|father|mother|son|daughter|cousin|uncle|collaborator|mentor|teacher|classmate|"
       r"compatriot|director|filmmaker)\s+)")
# a film and its year, then its director: "and in Sommerfuglen (2004), directed by A Name"
DIRECTED_AFTER = rx.compile(r"\b(?:in|dans)\s+(?:(?:the|a|an)\s+(?:[a-z][a-z-]*\s+){1,3})?(?P<rest>[A-ZÀ-Þ«\"“][^.;,()]{0,80}?\(\s*\d{4}\s*\)),\s+"
                            r"(?:directed\s+by|réalisé\s+par)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:director|filmmaker)\s+|" + KIN + "|"
                            r"(?:le|la)\s+(?:[\w-]+\s+){0,3}?(?:réalisateur|réalisatrice|cinéaste)\s+)?"
                            r"(?P<who>" + PERSON + r")")
# (not "... et Bastien dans T (2019)": a part in the film, no title)
MORE_TITLE_YEAR = rx.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)(?P<title>[A-ZÀ-ÖØ-Þ0-9«\"“]"
                             r"(?:(?!\s(?:dans|in)\s+[A-ZÀ-Þ])[^,()]){0,80}?)\s*\((?P<year>\d{4})(?:\s+film)?\)")
DIRECTORS_FILM = rx.compile(r"(?P<who>" + PERSON + r")['’]s\s+(?P<year>1[89]\d\d|20\d\d)\s+(?:film|movie|"
                            r"feature|documentary|short|western|thriller|comedy|drama)\s+"
                            r"(?P<title>(?:The|An?)\s+[A-Z][^,.;()]*?|[\"“][^\"”]+[\"”]|[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|"
                            r"in|on|a|an|to|for|de|la|le|du|des)\s+)*[A-Z][\w'’-]*)*)\s*(?=[,.;(]|$)")
# a character and, in brackets, the actor (perhaps with another of the actor's films)
IN_BRACKETS = rx.compile(r"\((?P<actor>[^(),;]{3,60}?)(?:,[^()]*)?\)")
# "Jane Example (Temuco, 1986) studied ...": a place of birth and the year
PLACE_YEAR = rx.compile(r"^(?P<who>" + PERSON + r")\s*\((?P<place>[A-ZÀ-Þ][^(),\d]{1,40}),\s*"
                        r"(?P<year>1[89]\d\d|20[0-2]\d)\)\s+[a-zà-ÿ]")
# whose the titles after it are: "A Name's (previous film, the documentary) T (2017)",
# "A Name, whose T (2014)", "an assistant director to A Name on T (2008)"
OWNED_TITLES = rx.compile(r"(?:(?P<who>" + PERSON + r")['’]s|(?P<who2>" + PERSON + r"),\s+whose|"
                          r"\bassistant(?:\s+director)?\s+to\s+(?P<who3>" + PERSON + r")\s+on)"
                          r"(?P<words>(?:\s+(?!and\b|et\b)[a-z][\w-]*,?){0,5})(?=\s+[A-ZÀ-ÖØ-Þ0-9«\"“][^()]{0,80}\(\d{4}\))")
# what the words between "A's" and a title may not hold: a preposition (the title is then
# another's: "A's third collaboration after T"), or what is no film ("A's novel T")
OWNED_NOT = rx.compile(r"\b(?:after|before|since|besides|except|like|including|for|of|with|in|on|than|to|"
                       r"about|from|at|by|novel|"
                       r"play|book|(?<!ghost\s)(?<!love\s)(?<!war\s)(?<!crime\s)story|stories|poem|musical|opera|comic|song|album|"
                       r"series|show|collaboration|role|character|and)\b")
OWNED_WORK = rx.compile(r"\b(?:novel|play|book|story|stories|poem|musical|opera|comic|song|album|series|show|"
                        r"collaboration|role|character)\b")
# "Assistant de A sur T (1963)", "assistant director to A on T (1963)": A directed T
ASSISTED = rx.compile(r"\b(?:[Aa]ssistant(?:e)?|[Ss]tagiaire)(?:\s+(?:réalisateur|réalisatrice|director|"
                      r"de\s+réalisation|à\s+la\s+réalisation))?\s+(?:de|d['’]|to)\s*(?P<who>" + PERSON +
                      r")\s+(?:sur|on|pour|for)\s+(?P<title>[" + UPPER + r"0-9«\"“][^(),;]{1,80}?)\s*"
                      r"\((?P<year>1[89]\d\d|20\d\d)\)")
# the point where a life's sentence turns from acting to directing
_TURNS_TO_DIRECTING = rx.compile(r"\b(?:before|then|and\s+later|later)\s+(?:turning|turned|moving|moved)\s+"
                                 r"to\s+direct(?:ing|ion)?\b|\bbefore\s+directing\b")
TITLE_YEAR = rx.compile(r"(?:^|,|\b(?:(?:debut|directing)\s+with|débute?\s+avec|and|in|for|et|dont|dans|including|notamment|réalise|réalisé|"
                        r"dirige|dirigé|tourne|tourné|directed|made|include|includes|films|movies)\b)\s*"
                        r"(?P<title>[A-ZÀ-ÖØ-Þ0-9«\"“][^,()]*?)\s*\((?P<year>\d{4})(?:\s+film)?\)")
# what a title is said to be before it, with the nationality of a film: "British-Danish
# co-production", "Danish drama" ("Small Hours in Kilbride", "Dust on the Wires" stay whole)
DESCRIBED = rx.compile(r"^(?:(?:Anglo|Franco|Italo|Sino|Indo|Afro|Hispano|Russo|Greco|Austro)[-–])?"
                       r"[A-Z][a-z]+(?:ish|ian|an|ese|ch|ic|i|ss)(?:[-–][A-Z][a-z]+)*\s+(?:[a-z][\w-]*\s+){0,2}?"
                       r"(?:co-?productions?|productions?|drama|comedy|thriller|western|romance|melodrama|"
                       r"musical|film|feature|documentary)\s+(?=[A-ZÀ-ÖØ-Þ0-9«\"“])")
# what kind of work a list names before a title: "les courts métrages T (2012)", "the
# features T (2008)", "ainsi que le documentaire T (2018)"
KINDS = (r"(?:premiers?|première|first|debut|second|deuxième|troisième|third|courts?|longs?|moyens?|"
         r"métrages?|documentaires?|films?|features?|shorts?|documentar(?:y|ies)|d['’]animation|"
         r"de\s+fiction|fiction|animated|feature-length)")
KIND_RUN = rx.compile(r"\s*(?:,\s*|\b(?:et|and|puis|then|ainsi\s+que|as\s+well\s+as|also|aussi|notamment|"
                      r"including)\s+)*(?:(?:les|le|la|l['’]|des|un|une|ses|son|sa|the|a|an|her|his|their|"
                      r"its|two|three|deux|trois)\s+)?(?:" + KINDS + r"[\s-]+)+(?=[A-ZÀ-ÖØ-Þ0-9«\"“])")
# a verb of directing whose object is a list of titles: "has directed the features T (2008)",
# "is the director of T (2006)", "Elle a réalisé les courts métrages T (2012)", "a signé T (2011)"
DIRECTING = rx.compile(r"\b(?:(?:has|have|had)\s+(?:also\s+)?(?:co-)?directed|(?:co-)?directed|"
                       r"(?:is|was)\s+the\s+(?:co-)?director\s+of|(?:a|avait)\s+(?:aussi\s+|également\s+|déjà\s+|"
                       r"notamment\s+|ensuite\s+)?(?:co)?réalisé|(?:co)?réalise|a\s+(?:aussi\s+|également\s+|déjà\s+)?"
                       r"signé|signe|signer|a\s+dirigé)\b(?!\s+(?:by|par)\b)(?!\s+(?:le|la|les|l['’]|the)\s*"
                       r"(?:scénario|musique|image|photographie|montage|dialogues|adaptation|décors|costumes|"
                       r"screenplay|script|music|score|photography)s?\b)")
# what begins a director's list when the person is known to direct (and not to act): "He
# made the short T (2011)", "Her short films T (2012)", "elle débute avec T (1974)", "il s'est
# fait connaître avec T (1968)"
DIRECTOR_CUE = rx.compile(r"\b(?:made|débute\s+avec|(?:s['’]est|se)\s+fai(?:t|re)\s+connaître\s+avec|"
                          r"revient\s+avec|enchaîne\s+avec|tourne|a\s+tourné|"
                          r"(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:(?:first|debut|second|third|earlier|previous|"
                          r"other|student|graduation)\s+)*(?:feature\s+films?|features?|short\s+films?|shorts?|"
                          r"films?|documentar(?:y|ies))|[Ss](?:on|a|es)\s+(?:(?:premiers?|première|précédents?)\s+)*"
                          r"(?:courts?|longs?)[- ]métrages?)\b")
# where a director's list stops: the person acting, someone else doing
LIST_STOP = rx.compile(r"\b(?:starred|played|appeared|acted|joue|jouait|interprète|incarne|who|qui|whose|dont|"
                       r"which|where|où)\b|;")
# a title's director after its year, in a list: "T (1951) de Raymond X et U (1957) d'André Y"
BY_AFTER_YEAR = rx.compile(rf"\s*,?\s+(?:de\s+|d['’]\s*|by\s+|réalisée?\s+par\s+|directed\s+by\s+)(?P<who>{PERSON})"
                           r"(?=\s*(?:$|[,;.)]|\s(?:et|and|qui|which|who)\s))")
# a clause before the first title of a list: "Il a notamment réalisé A (1977)", "He directed A"
CLAUSE = rx.compile(r"^.*\b(?:réalisé|réalise|dirigé|dirige|tourné|tourne|joué|joue|écrit|directed|"
                    r"made|starred|appeared|played|wrote|include|includes|including)\s+(?:(?:in|dans)\s+)?(?=[A-ZÀ-ÖØ-Þ0-9«\"“])")
NOMINATED = rx.compile(r"\b(?P<verb>nominated|won|received|awarded)\s+(?:for\s+)?(?:a|an|the|two|three|four|several)?\s*"
                       r"(?P<award>(?:[A-ZÀ-Þ][\w'’-]*\s+)+Awards?\s+for\s+(?:[A-Z][\w'’-]*\s*)+)")
MARRIED = rx.compile(r"\bmarried\s+to\s+(?P<who>[^.;]+?)(?:\s+since\s+(?P<since>\d{4})|\s+in\s+\d{4}|\s+from\b|[.;,]|$)")
SPOUSE = rx.compile(rf"\b(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s+(?:the\s+(?:[a-z]+\s+){{1,2}})?"
                    rf"(?P<who>{PERSON})|\b(?P<subj>[Ss]he|[Hh]e|[A-ZÀ-Þ][\w'’-]+)\s+(?:later\s+|then\s+|also\s+)?"
                    rf"(?:had\s+)?married\s+(?:the\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){{1,2}})?(?P<who2>{PERSON})|"
                    rf"\b(?:[Hh]is|[Hh]er)\s+(?:first|second|third|earlier|brief|only)\s+marriage\s*,?\s+to\s+"
                    rf"(?:the\s+(?:[a-z]+\s+){{1,2}})?(?P<who3>{PERSON})|"
                    # "he met the Swedish editor A Name; they married in 1998"
                    rf"\b(?:[Ss]he|[Hh]e)\s+met\s+(?:the\s+(?:[A-Za-z-]+\s+){{1,2}})?(?P<who4>{PERSON})\s*[;,]?\s+"
                    rf"(?:and\s+)?they\s+(?:later\s+|soon\s+)?married\b")
STAGE_LEAD = rx.compile(r"^(?P<birth>[^(),]{3,80}?)\s*\((?P<paren>[^()]*)\),\s*(?:also\s+|better\s+)?known\s+"
                        r"(?:professionally\s+|by\s+(?:her|his|the)\s+stage\s+name\s+)?as\s+(?P<name>[^,()]{3,60}),\s*"
                        r"(?=(?:is|was)\s)")
# ("best known as DCI Ray Keswick in the crime drama T": a part, no name of the person's)
STAGE_NAME = rx.compile(r"(?<!best\s)(?<!well\s)(?<!widely\s)(?<!mostly\s)(?<!chiefly\s)"
                        r"\b(?:also\s+)?known\s+(?:by\s+(?:her|his|the)\s+stage\s+name|professionally\s+as|as)\s+"
                        r"(?P<name>" + PERSON + r")(?!\s+(?:in|on|for|from)\s)")
ALSO_KNOWN = rx.compile(
    r"^(?P<title>.+?)\s*(?:,|\()?\s*(?:also\s+|originally\s+|alternatively\s+|subsequently\s+|later\s+|"
    r"fully\s+)?(?:known|released|titled|retitled|distributed|billed)(?:\s+(?:in|on)\s+(?:the\s+)?[A-Z][\w ]*?)?"
    r"(?:\s+(?:internationally|abroad|overseas|worldwide|theatrically|commercially|elsewhere))?"
    r"\s+(?:as\s+)?(?P<alt>[A-Z0-9\"“][^,()]+?)\s*(?:,|\))?\s*(?=(?:is|was)\b)")
OR_TITLE = rx.compile(r"^(?P<title>\S+(?:\s+\S+)+?)\s+or\s+(?P<alt>[A-ZÀ-Þ]\S*(?:\s+\S+)+?)\s+(?=(?:is|was)\s+an?\b)")
# "Chantage à Montmartre ou L'Affaire de la rue Lepic est un film policier"
OR_TITLE_FR = rx.compile(r"^(?P<title>\S+(?:\s+\S+)+?)\s+ou\s+(?P<alt>[A-ZÀ-Þ]\S*(?:\s+\S+)+?)\s+"
                         r"(?=(?:est|était)\s+une?\s+(?:\S+\s+){0,3}?(?:film|téléfilm|documentaire|"
                         r"court|long|moyen|drame|comédie)\b)")
# a character and the actor in brackets, where a synopsis names them: "follows Amos Penhallow
# (Oswin Hargreave)", "whose husband Neville (Quillon-Hart)"
FOLLOWS_CHAR = rx.compile(r"\b(?:follows|about|story\s+of|centres\s+on|centers\s+on|whose\s+[a-z-]+)\s+"
                          r"(?P<char>" + PERSON + r")\s*\((?P<actor>" + PERSON + r")\)")
# "Directed by A Name, The Glass Orchard (2006) follows ...", "Réalisé par A, T (2006) raconte ..."
CLAUSE_FIRST = rx.compile(r"^(?:(?:Written\s+and\s+)?[Dd]irected\s+by|Written\s+by|Produced\s+by|"
                          r"(?:Écrit\s+et\s+)?[Rr]éalisée?\s+par|Écrite?\s+par|Produite?\s+par)\s+[^,]{3,80},\s+"
                          r"(?P<title>[A-ZÀ-Þ0-9«\"“][^()]{0,80}?)\s*\((?P<year>(?:18|19|20)\d\d)\)\s+(?=[a-zà-ÿ])")
CLAUSE_FIRST_BARE = rx.compile(r"^(?:(?:Written\s+and\s+)?[Dd]irected\s+by|(?:Écrit\s+et\s+)?[Rr]éalisée?\s+par)\s+"
                                r"[A-ZÀ-Þ][^,]{2,60},\s+(?=[A-ZÀ-Þ0-9«\"“])")
# a part described, its actor in brackets: "la mère d'un jeune couvreur (Lucas Termignon)"
ACTING_VERB = rx.compile(r"\b(?:interprète|interprètent|incarne|incarnent|joue|jouent|jouée?s?|plays?|played|"
                         r"portrays?|portrayed|stars?|starring)\b")
PART_IN_BRACKETS = rx.compile(r"\b(?:une?|le|la|l['’]|des|d['’]|son|sa|ses|leur|an?|the|his|her|their)\s*"
                              r"(?:[a-zà-ÿ'’-]+\s+){0,3}[a-zà-ÿ]{3,}\s+\((?P<actor>" + PERSON + r")\)")
LEAD = rx.compile(r"^(?P<subject>.+?)\s+(?:\((?P<paren>[^)]*)\)\s+)?(?:is|was)\s+"
                  r"(?P<desc>(?:(?:an?|the)\s+|(?=(?:1[89]|20)\d\d\s))[^.]*)")
ESTABLISHED = rx.compile(r"\b(?:established|founded|created)\s+in\s+(?P<year>\d{4})(?:\s+as\s+an?\s+(?:affiliate|subsidiary|division)\s+of\s+(?P<parent>" + PERSON + "))?")


@dataclass(frozen=True)
class Grammar:
    """What a lead sentence looks like in one language."""

    lead: re.Pattern
    head_end: re.Pattern  # where the description of the subject stops
    film_nouns: str
    not_film: re.Pattern
    occupations: dict  # word -> occupation (in English)
    org_nouns: tuple
    also_known: re.Pattern
    or_title: re.Pattern | None


EN = Grammar(
    lead=LEAD,
    head_end=rx.compile(r"(?<![-\w])(?:directed|written|produced|starring|who|whose|that|which|released|"
                        r"based|from|about|and\s+(?:is|was))\b"),
    film_nouns=FILM_NOUNS,
    not_film=rx.compile(r"\b(?:series|sitcom|soap opera|play|novel|album|song|video game|franchise|"
                        r"character|festival|award|book|comic|musical group|band)\b"),
    occupations={o: o for o in OCCUPATIONS},
    org_nouns=ORG_NOUNS,
    also_known=ALSO_KNOWN,
    or_title=OR_TITLE,
)
FR = Grammar(
    lead=fr.LEAD, head_end=fr.HEAD_END, film_nouns=fr.FILM_NOUNS, not_film=fr.NOT_FILM,
    occupations=fr.OCCUPATIONS, org_nouns=fr.ORG_NOUNS, also_known=fr.ALSO_KNOWN, or_title=OR_TITLE_FR,
)


# a person's nationality beside the occupation: "is an American actress", "une actrice française"
_NATIONALITY_BEFORE = rx.compile(r"\b(?:is|was|an?)\s+(?:an?\s+)?(?P<nat>[A-Z][a-zé]+(?:-[A-Z][a-zé]+)?)\s+"
                                 r"(?:[a-z]+\s+)?(?:" + "|".join(EN.occupations) + r")\b")
_NATIONALITY_AFTER = rx.compile(r"\b(?:" + "|".join(FR.occupations) +
                                r")\s+(?:et\s+\w+\s+)?(?P<nat>[^\W\d_]+(?:-[^\W\d_]+)?)\b")


# a programme's note: "A Name's second feature is ...", "B and C play the sisters X and Y"
OWN_FEATURE = rx.compile(rf"^(?P<who>{PERSON})['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:feature|film|documentary|debut)\s+"
                         r"(?:is|was|tells|follows|brings|returns)\b")
PLAY_LIST = rx.compile(rf"^(?P<list>{LIST})\s+(?:play|star\s+as)\s+(?:the\s+|two\s+|three\s+)?[a-z]+(?P<rest>.*)$")
# a sentence that opens with another film's title and tells what it did
OTHER_TITLE_DID = rx.compile(r"^(?P<t>(?:(?:The|An?|Le|La|Les)\s+|L['’])?[" + UPPER + r"][\w'’-]*(?:\s+(?:[" + UPPER +
                             r"][\w'’-]*|of|the|and|at|in|on|de|du|des|la|le|et)){0,7})\s+(?:premiered|grossed|earned|"
                             r"took|opened|became|sold|a\s+rapporté|a\s+attiré|a\s+totalisé|a\s+dépassé)\b")


@lru_cache(maxsize=None)
def _word(pattern: str) -> re.Pattern:
    """A word or an alternation of words as a whole word ('actor' not in 'factory')."""
    return rx.compile(rf"\b{pattern}\b")


@dataclass
class Paragraph:
    text: str
    where: list[int]  # line number of each character

    def line(self, pos: int) -> int:
        return self.where[min(max(pos, 0), len(self.where) - 1)]


def _caps_heading(text: str) -> bool:
    """A line in capitals of two to four words, with perhaps a role after a dash: 'JANE
    EXAMPLE', 'JOHN EXAMPLE – ANDRÉ'."""
    head = re.split(r"\s+[–—-]\s+", text.strip(), maxsplit=1)[0]
    return head.isupper() and 2 <= len(head.split()) <= 4 and not re.search(r"[.,;:\d]", head)


def _short_heading(piece: str) -> bool:
    """A heading's line: a few words, capitalised, no sentence's end ('Un vrai métier')."""
    t = piece.strip()
    return len(t) <= 45 and len(t.split()) <= 7 and t[:1].isupper() and not re.search(r"[.,;:!?)\]]$", t)


def _credit_line(text: str) -> bool:
    """A short line that reads as a credit from its first word ('Starring A, B', 'Producers: C';
    not 'Etchepare. Cinematography: C', a name's end before one)."""
    text = text.strip()  # (the credits reader's own test of a credit's line, on a short line)
    return len(text) <= 90 and text[:1].isupper() and not re.match(r"^\S+\.\s", text) and (
        _credit_like(text) or bool(re.match(r"^(?:Starring|Featuring)\s+[A-ZÀ-Þ]", text))
        # ("With A Name, B Name": a cast's line, its first name in full)
        or bool(re.match(r"^With\s+[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+(?:,|\s+and\s|$)", text)))


def paragraphs(ctx: Context) -> list[Paragraph]:
    out, buf, where = [], [], []
    credits = False  # (the last line read a credit)
    for n, line in enumerate(ctx.doc.lines + ("",), 1):
        if line.strip():
            piece = line.strip() + " "
            is_credit = False
            if buf and re.match(r"[–•-]\s+[A-ZÀ-Þ«\"“]", piece) and re.search(r"\((?:1[89]|20)\d\d\)", piece):
                # "a) Films de fiction" / "– T (1983), de A ...": a list's item, no part of
                # the line above it
                out.append(Paragraph("".join(buf).rstrip(), where))
                buf, where = [], []
            elif len(buf) == 1 and (_caps_heading(buf[0]) or DICTIONARY_HEAD.match(buf[0].strip())) and \
                    len(piece.split()) >= 6 and \
                    re.search(r"[a-zà-ÿ]", piece):
                # "LAURENT EXAMPLE" / "Né à Ostende en 1972, Laurent Example étudie ...": a
                # name heading in capitals over its biography, with no blank line between
                out.append(Paragraph("".join(buf).rstrip(), where))
                buf, where = [], []
            elif buf and all(_short_heading(b) for b in buf) and piece[:1].isupper() and \
                    len(piece) >= 60 and len(piece.split()) >= 8 and re.search(r"[a-zà-ÿ]", piece):
                # "Secrets de tournage" / "Une première pour A" / "T est le premier …": headings
                # over a paragraph with no blank line between are no part of its first sentence
                out.append(Paragraph("".join(buf).rstrip(), where))
                buf, where = [], []
            elif buf and piece[:1].isupper() and not re.search(
                    r"(?:[.!?,;:(]|\b(?:and|or|by|of|the|a|an|with|to|in|et|ou|de|du|des|la|le|les|par|avec|à|en))\s*$",
                    buf[-1], re.I) and (credits or (is_credit := _credit_line(piece))):
                # "Written and directed by A Name" / "Starring B and C" / "Producers: D": a
                # list of credits, a line each, is no sentence ("A Name Starring B" no name),
                # nor is the line after it part of the last credit ("Award: £350,000" / "A's
                # debut feature T (2021) was ...")
                # (a sentence's end before it is the sentence splitter's: no new paragraph)
                out.append(Paragraph("".join(buf).rstrip(), where))
                buf, where = [], []
                # (a credit's line that starts a paragraph so: the lines after it are apart too)
                credits = is_credit or _credit_line(piece)
            else:
                credits = False
            if buf and re.search(r"[^\W\d_]-\s$", buf[-1]) and piece[:1].isalpha():
                buf[-1] = buf[-1][:-1]  # "Castellanos-" / "Ware": a word broken at its hyphen
                where.pop()
            buf.append(piece)
            where.extend([n] * len(piece))
        else:
            credits = False
            if buf:
                out.append(Paragraph("".join(buf).rstrip(), where))
                buf, where = [], []
    return out


ABBREV = rx.compile(r"(?:^|[\s.])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|vs|Co|Inc|Ltd|No|Vol|Bros|Prof|Gen|Lt|"
                    r"Col|Sgt|Capt|[A-Z]|(?<=\.)[a-z])$")  # (and "p.g.a.")


_SENTENCE_END = rx.compile(r"[.!?](?:\[\d{1,3}\])*(?=\s+[A-ZÀ-Þ\"“(])")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; 'Mr.', 'J. Stuart' and 'Inc.' do not end a sentence."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):  # (a note's mark after it: "... Colm Example.[2] Her")
        if ABBREV.search(text[max(0, m.start() - 6):m.start()]) and not re.match(
                r"\s+(?:It|The|This|He|She|They|In|A|An|Its|His|Her|Their|After|When|On)\b",
                text[m.end():m.end() + 8]):
            continue
        if re.search(r"\([^()]{0,60}$", text[start:m.start()]) and re.match(r"[^()]{0,60}\)", text[m.end():]):
            continue  # "T (transl. Cloudy Afternoon) is": a stop inside brackets ends no sentence
        out.append((start, text[start:m.end()]))
        start = m.end() + 1
        while start < len(text) and text[start] == " ":
            start += 1
    if start < len(text):
        out.append((start, text[start:]))
    return out


def _without_nickname(name: str) -> str:
    """'Kelechi "K-Flex" Obi' -> 'Kelechi Obi': the nickname between a name's words."""
    return re.sub(r"(?<=\w)\s+[\"“'‘][^\"“”'‘’]+[\"”'’](?=\s+\w)", "", name)


# a craft's word that opens a credit on the next line, run on after a name by a paragraph
_CRAFT_WORD = rx.compile(r"Cinematography|Photography|Music|Editing|Edited|Editor|Produced|Producer|"
                         r"Screenplay|Script|Camera|Sound|Design|Costumes|Casting|Image|Musique|Montage|"
                         r"Scénario|Photographie|Production|Décors|Son|Starring|Cast|With|Avec")


def _names(span: str, french: bool = False, bodies: bool = False) -> list[str]:
    """Names in a matched list: 'A, B and C' -> [A, B, C], without stray words."""
    conj = r"and|et|&" if french else r"and|&"
    # "Heather & Stone Films": one body, whose name holds the ampersand
    span = AMPERSAND_BODY.sub("\\1 \x00 ", span)
    parts = [p.replace("\x00", "&") for p in
             re.split(rf"\s*,\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+", span.strip())]
    out = []
    for p in parts:
        p = _without_nickname(clean(p))
        words = p.split()
        # a capital article belongs to a body's name ("Les Productions X"), not to a person's
        while words and fold(words[0]) in NOT_NAMES and not (bodies and words[0][:1].isupper()):
            words = words[1:]
        if not bodies and len(words) >= 3 and _CRAFT_WORD.fullmatch(words[-1]):
            words = words[:-1]  # "... by A Name" / "Cinematography by B" on the next line
        p = " ".join(words)
        if p and looks_like_name(p, "organization") and fold(p) not in NOT_NAMES:
            out.append(p)
    return out


ACTOR_NOUN = rx.compile(r"^(?:the\s+|an?\s+)?(?:[A-Z][a-z]+(?:[–-][A-Z][a-z]+)?\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                        r"(?:actor|actress|singer|comedian|newcomer|dancer|model|musician|rapper|performer)\s+"
                        r"(?=[A-ZÀ-Þ])")


# what a sentence says of a part before naming it: "as the marine biologist Hana Lisle", "as
# his adopted daughter Mercy", "as Penhallow's lodger Ruth"
_DESC_WORD = r"(?!(?:on|in|at|from|of|with|to|for|by|near|after|before|who|whose)\s)[a-z][\w'’-]*\s+"
_PART_DESC = rf"(?:(?:the\s+)?voice\s+of\s+|(?:the|an?|his|her|their|its)\s+(?:{_DESC_WORD}){{0,4}}?|[A-Z][\w-]*['’]s\s+(?:{_DESC_WORD}){{0,3}}?)?"
PLAYS_PART = rx.compile(r"\s+(?:(?:the|an?|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z][\w'’-]*,\s+)?)?"
                        r"(?P<char>" + PERSON + r")(?=\s*[,.;(]|\s+(?:and|who|whose|in|with)\b|\s*$)")
# a part's description after its name, before the next actor: "A as Inger, the widow of a
# North Sea fisherman, and B as ..."
PART_APPOSITION = rx.compile(r"^(?:the|an?|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*"
                             r"(?:\s+(?:of|from|in|at|on)\s+[^,]{1,40})?$")
# an actor the document has credited, then the part: "A, reunited with B, plays Dana Ruiz, a
# botanist", "DeWitt is Ike, her feckless younger brother", "C, best known from "T," is
# their mother Vera, who ..."
# a film note's actor and the verb of acting: "Rana Haddad joue Noor", "A et B jouent deux
# ados", "A, prix d'interprétation à X, joue un instituteur", "A plays Noor", "A voices B"
ENTRY_PLAYS = rx.compile(r"(?:^|(?<=[\s(]))(?P<list>" + fr.LIST + r"|" + LIST + r")(?:,\s+[^,;.()]{2,60},)?\s+"
                         r"(?:joue|jouent|incarne|incarnent|interprète|interprètent|prête\s+sa\s+voix(?=\s+à)|"
                         r"prêtent\s+leurs?\s+voix(?=\s+à)|plays|play|portrays|voices)\s+(?P<rest>.*)")
# the part right after the verb, when it is a name: "Noor, une pêcheuse", "à Pipa, la petite"
# (or after who the part is to someone: "plays her husband Paul", "joue son frère Marc")
ENTRY_PART = rx.compile(r"^(?:à\s+)?(?:(?:her|his|their|the|son|sa|leur)\s+(?:[a-zà-ÿ][\w'’-]*\s+){0,2}?(?=[A-ZÀ-Þ]))?(?P<char>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)(?=\s*[,.;:)]|\s*$|\s+(?:et|and)\s)")
ENTRY_GAPPED = rx.compile(r";\s+(?P<actor>" + PERSON + r")\s+(?:the|her|his|their|le|la|son|sa)\s+"
                          r"(?:[a-zà-ÿ][\w'’-]*\s+){0,2}?(?P<char>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)"
                          r"(?=\s*[,.;:)]|\s*$)")
# "avec A en gardien insomniaque et B en ingénieure", "with A as Noor and B as her son"
ENTRY_WITH = rx.compile(r"\b(?:avec|with)\s+(?P<run>[A-ZÀ-Þ][^;.()]{3,200})")
ENTRY_AS = rx.compile(r"^(?P<actor>" + fr.PERSON + r")\s+(?:en|as)\s+(?:(?P<char>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)"
                      r"|(?!\d|(?:19|20)\d\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                      r"novembre|décembre|salles?|compétition|France|tournée|vedette|tête)[a-zà-ÿ])")
# "A, en mère débordée (...), est irrésistible", "B est immense", "C y est bouleversante", "D is superb"
ENTRY_PRAISED = rx.compile(r"(?:^|(?<=,\s)|(?<=\bet\s))(?P<actor>" + fr.PERSON + r"),\s+en\s+(?!partenariat|collaboration|"
                           r"coproduction|association|compétition|salles?|tournage|version|copie|avant-première|"
                           r"particulier|revanche|effet|outre|bref)(?:[a-zà-ÿ-]+\s+){0,2}?[a-zà-ÿ-]+\b|"
                           r"(?:^|(?<=[\s(]))(?P<actor2>" + fr.PERSON + r")\s+(?:y\s+)?(?:est|is)\s+(?:(?:très|vraiment|absolument|tout\s+simplement|simply|quite|"
                           r"just|utterly|truly)\s+)?(?:immense|formidable|bouleversante?|parfaite?|magnifique|remarquable|"
                           r"excellente?|extraordinaire|impressionnante?|lumineuse?|géniale?|irrésistible|déchirante?|"
                           r"superb|terrific|magnificent|extraordinary|excellent|wonderful|remarkable|outstanding|"
                           r"heartbreaking|luminous|mesmerising|mesmerizing|astonishing|brilliant)\b")
# the words a name run may open with that are no part of a name: "Mais A", "Et B", "But C"
ENTRY_NOT_FIRST = {"mais", "et", "puis", "enfin", "but", "and", "then", "meme", "ici", "la", "le", "les", "oui",
                   "non", "bref", "surtout", "quant", "alors", "ensuite", "aussi"}
KNOWN_PART = rx.compile(r"(?:^|(?<=[.;])\s+|(?<=,)\s+(?:while|and)\s+)(?P<who>" + PERSON + r")"
                        r"(?:,\s+(?:[^,\"“”]|[\"“][^\"“”]{1,40}[\"”]){3,80}?,?)?\s+(?:plays|portrays|is)\s+"
                        + _PART_DESC + r"(?P<char>" + PERSON + r")(?=,\s+(?:an?|the|his|her|their|who)\s|\s*[.;]|\s*$)")
AS_DESCRIBED = rx.compile(r"^as\s+" + _PART_DESC + r"(?P<char>" + PERSON + r")\s*$")


# a film named by what it is, not by its title: "The film was a co-production ..."
THE_FILM = rx.compile(r"(?:the|this|that|its|le|la|ce|cette|son)\s+(?:film|movie|picture|feature|documentary|"
                      r"documentaire|long[- ]métrage)", re.I)


# a credit after a cast list: "with music by A", "with a score by B", "cinematography by C"
CREDIT_AFTER_CAST = rx.compile(r"^(?:(?:with|and)\s+)?(?:(?:an?|the)\s+)?(?:original\s+)?(?:music|score|songs?|soundtrack|"
                               r"cinematography|photography|editing|costumes?|(?:a\s+)?screenplay|script)\s+"
                               r"(?:(?:is|was)\s+)?(?:\w+\s+)?by\b", re.I)


def cast_items(text: str, french: bool = False, known=None) -> list[tuple[str, str | None]]:
    """Actors (and characters) at the start of `text`: 'A as Char, B, and C in the title
    role, the film ...' -> [(A, Char), (B, None), (C, None)]; stops at the first item that
    is not a name."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    sep = CAST_SEP_FR if french else CAST_SEP
    described = False  # the last actor's part was described, not named: "A as a retired surveyor,"
    clause = False  # the last actor's part was told in a clause: "as sisters who reunite in X"
    for m in list(sep.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end].strip()
        pos = m.end() if m else len(text)
        if not chunk:
            continue
        if not french and out and out[-1][1] is not None and PART_APPOSITION.match(chunk) and not re.search(
                r"\b(?:is|was|are|were|has|had|follows|tells|becomes)\b", chunk):
            continue  # "B as Inger, the widow of a fisherman, and C as ...": what the part is
        if not french and out and out[-1][1] is None:
            am = AS_DESCRIBED.match(chunk)  # "A, in her first screen role, as the warden's daughter X"
            if am:
                out[-1] = (out[-1][0], clean(am.group("char")))
                continue
            if described and re.fullmatch(PERSON, chunk) and (
                    m is None or re.fullmatch(r"\s*,\s*and\s+", m.group(0)) or re.match(r"\s*[a-z]", text[pos:])):
                # (not "A as the eponymous hero, B, C and D": the list of actors goes on)
                # "... as a retired surveyor, Bernard Quayle, walking", "B as her mother-in-law,
                # Mama Ikenna, and C as ...": the part's name
                out[-1] = (out[-1][0], clean(chunk))
                described = False
                continue
        described = False
        if re.fullmatch(r"(?:Jr|Sr|III|II|IV)\.?", chunk) and out:
            out[-1] = (f"{out[-1][0]}, {chunk}", out[-1][1])  # "Noah Beery, Sr."
            continue
        # "et le Français Olivier X", "l'Italienne Y Z": a nationality before the name
        nat = re.match(r"^(?:le|la|l['’])\s*([A-ZÀ-Þ][a-zà-ÿ]+)\s+(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])", chunk) if french else None
        if nat and vocab.countries().get(fold(nat.group(1))):
            chunk = chunk[nat.end():]
        if not french and CREDIT_AFTER_CAST.match(chunk):
            break  # "It stars A, B and C, with music by D": D scored it, the cast has ended
        # "supermodel A Person", "comedian A Person": a lowercase descriptor before the name
        # ("l'actrice française Catherine X": the French one too)
        chunk = re.sub(r"^(?:[a-zà-ÿ][\w'’-]*\s+){1,2}(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])", "", chunk)
        chunk = ACTOR_NOUN.sub("", chunk)  # "the Hungarian actor A Person"
        if french and out and out[-1][1] is not None and re.match(r"^(?:un|une|le|la|les|l['’]|son|sa|ses)\s*[a-zà-ÿ]", chunk) \
                and not re.search(r"\b(?:est|était|fut|sont|a\s+été)\b", chunk):
            continue  # "A dans le rôle d'Agnès X, une astronome qui ..., et B dans celui de Paul": what the part is
        if french and out and out[-1][1] is None:  # "A, dans le rôle d'Aurélie X, B, ..."
            rm = re.match(r"^dans\s+(?:le\s+rôle|celui)\s+(?:de\s+|d['’]\s*)(?:(?:sa|son|l['’]|le|la)\s*"
                          r"(?:[a-zà-ÿœ]+\s+)?)?(?P<char>" + PERSON + r")\s*$", chunk)
            if rm:
                out[-1] = (out[-1][0], clean(rm.group("char")))
                continue
            # "B, qui joue sa femme Lise"
            wm = re.match(r"^qui\s+(?:joue|incarne|interprète)\s+(?:(?:sa|son|ses|le|la|l['’])\s*(?:[a-zà-ÿ]+\s+)?)?"
                          r"(?P<char>" + PERSON + r")\s*$", chunk)
            if wm:
                out[-1] = (out[-1][0], clean(wm.group("char")))
                continue  # ("..., et C": the list goes on)
        if re.match(r"^(?:reprising|playing|portraying|voicing|in\s+(?:his|her|their)\s)", chunk):
            continue  # "A Person, reprising his role as X, alongside B"
        nm = re.match(PERSON, chunk)
        if not nm:
            break
        name = _without_nickname(clean(nm.group(0)))
        rest = chunk[nm.end():].strip()
        words = name.split()
        while words and words[0].lower() in NOT_NAMES:  # (not "Lê", a Vietnamese name)
            words = words[1:]
        name = " ".join(words)
        if known is not None and len(words) == 2 and re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?", words[0]):
            words = words[1:]  # "starring Ms. Thistlewood": the surname of a name given in full
            name = words[0]
        if known is not None and len(words) == 1 and (not rest or rest.startswith("as ")):
            # "starred Ashcombe and ...", "with Wendover as his adopted daughter": named in full before
            name = known(name)
            words = name.split()
        if not name or not looks_like_name(name) or _kind_of_name(name) != "person":
            break
        if len(words) < 2 and clause:
            break  # "B as sisters who clear out a house in Coldwater, Michigan": a place, no actor
        clause = False
        char = None
        if rest:
            # ("dans le rôle de l'oncle Kees", "dans celui de sa sœur Truus": the name after the kin)
            # (a short description, then a plain comma: "as a retired surveyor, Bernard Quayle,")
            described = bool(re.fullmatch(r"as\s+(?:the|an?|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*", rest)
                             and m is not None and m.group(0).strip() == ","
                             and not re.search(r"\b(?:who|that|which|whose)\b", rest))
            clause = rest.startswith("as ") and bool(re.search(r"\b(?:who|that|which|whose)\b", rest))
            cm = re.match(r"^(?:as\s+" + _PART_DESC + r"|dans\s+(?:le\s+rôle|celui)\s+(?:de\s+|d['’]\s*)(?:(?:sa|son|l['’]|le|la)\s*"
                          r"(?:[a-zà-ÿœ]+\s+)?)?)(?P<char>" + PERSON +
                          r")(?:\s*$|\s+(?:/|in|who|and|et|qui)\b|\s*\()", rest)
            pm = re.match(r"^\((?P<char>[^()]{1,60})\)\s*\.?$", rest)  # "Actor (Character)"
            cm = cm or pm
            if cm:
                char = clean(cm.group("char"))
                pair = re.match(r"^\s*(?P<c2>" + PERSON + r")\s*(?:[.;,]|$)", text[pos:]) \
                    if out and out[-1][1] is None and re.search(r"\b[a-z]+[^'’s]s\s+$", rest[:cm.start("char")]) else None
                if pair:  # "A and B as the estranged neighbours C and D": each one's part in turn
                    out[-1] = (out[-1][0], char)
                    out.append((name, clean(pair.group("c2"))))
                    break
            elif not re.match(r"^(?:as|in|who|\(|playing|voicing|portraying|reprising|dans|qui)\b", rest):
                if len(words) < 2:
                    break
                out.append((name, None))
                break
        if len(words) >= 2 or out or "-" in name:
            out.append((name, char))
        if m is None or len(out) > 40:
            break
    return out


# "was born in Place in 1980", "born on 3 May 1950", "Born in 1981 in Place", "(born 1946 in", "(b. 1979, Place)",
# "Née à Place en 1987", "Née en 1984 à Metz"
_PLACE = r"(?:in|à|au|en)\s+[A-ZÀ-Þ][\w'’-]+(?:(?:,\s+|\s+)[A-ZÀ-Þ][\w'’-]+){0,3}"
_WHEN = r"(?P<date>(?:\d{1,2}(?:er)?\s+)?(?:[A-Za-zéû]+\s+)?(?:\d{1,2},?\s+)?\d{4})"
BIRTH = rx.compile(rf"(?P<paren>\(\s*)?(?:(?:was|est|fut)\s+)?\b(?:[Bb]orn|[Nn]ée?|(?<=\()b\.)\s+"
                   rf"(?:{_PLACE}\s+)?(?:(?:in|on|en|le)\s+)?{_WHEN}\b")
# a death the life's story dates: "A Name est mort le vendredi 14 mars 2025 à X", "She died
# on 3 May 2001 in Y"
DEATH = rx.compile(rf"(?:^|(?<=\s))(?P<who>{PERSON})\s+(?:est\s+morte?|est\s+décédée?|s['’]est\s+éteinte?|died|"
                   rf"passed\s+away)\s+(?:(?:le|on|en|in)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                   rf"dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?{_WHEN}\b")
# a life in brackets: "(1922–1985)", "(9 April 1931 – 17 November 2004)", "(born Birth Name;
# 9 April 1931 – 17 November 2004)", "(April 9, 1931 – November 17, 2004)"
_DAY = r"(?:\d{1,2}(?:er)?\s+)?(?:[A-Za-zéû]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d"
SPAN = rx.compile(rf"\(\s*(?:[^;()\d]*;\s*)?(?P<b>{_DAY})\s*[–—-]\s*"
                  rf"(?P<d>{_DAY})\s*[;,)]")


# a profile's row of a life: "Born 3 May 1961, Kaunas, Lithuania", "Née le 2 mars 1950 à Lyon"
VITAL_ROW = rx.compile(rf"^(?P<what>Born|Née?|Died|Morte?)\s*:?\s+(?:(?:on|le|in|en)\s+)?{_WHEN}\b")


def life_span(text: str) -> list[tuple[str, tuple[str, str]]]:
    """[('birth_date', d), ('death_date', d)] of the first life span in brackets in a text."""
    m = SPAN.search(text)
    if not m:
        return []
    out = []
    for prop, g in (("birth_date", "b"), ("death_date", "d")):
        d = parse_date(m.group(g))
        if d and (d[0] == "year" or valid_date(d[1])):
            out.append((prop, d))
    if len(out) != 2 or not 10 <= int(out[1][1][1][:4]) - int(out[0][1][1][:4]) <= 120:
        return []  # "OUTRIGGER (2012–2015)": a series' run, no life
    return out


_PLACED_DATE = rx.compile(r"(?:\b\d{1,2}(?:er)?\s+[^\W\d]+\.?\s+|\b[^\W\d]+\.?\s+\d{1,2},?\s+)?(?:1[89]|20)\d\d\s*$")


def _placed_span(text: str) -> list[tuple[str, tuple[str, str]]]:
    """The life in a notice's last brackets, places before the dates: '(Saint-Louis,
    Sénégal, 12 avril 1932 – Paris, 3 mars 2004)', '(Nevers, 1946)'."""
    m = re.search(r"\(([^()]*)\)\s*$", text)
    if not m:
        return []
    parts = re.split(r"\s+[–—-]\s+", m.group(1))
    if len(parts) > 2:
        return []
    out = []
    for prop, part in zip(("birth_date", "death_date"), parts):
        when = _PLACED_DATE.search(part)
        d = parse_date(when.group(0).strip()) if when else None
        if d and (d[0] == "year" or valid_date(d[1])):
            out.append((prop, d))
    return out


def _listed_with(first: re.Match, sent: str, pos: int) -> list[re.Match]:
    """A title (a TITLE_YEAR match) and those listed after it from `pos` on: 'dans A (2004)
    et B (2010)', 'the films A (2009), B (2011) and C (2014)'."""
    found = [first]
    while len(found) < 20:
        nxt = MORE_TITLE_YEAR.match(sent, pos)
        if not nxt:
            break
        found.append(nxt)
        pos = nxt.end()
    return found


def _director_after(text: str, end: int, person: Mention) -> str | None:
    """The director a list names after a title's year, at `end`: "T (1951) de Raymond X",
    "T (1976), réalisé par A" (not the person the sentence is about)."""
    by = BY_AFTER_YEAR.match(text, end)
    who = clean(by.group("who")) if by else ""
    if who and looks_like_name(who, "person") and 2 <= len(who.split()) <= 4 \
            and not _same_person(who, person.name):
        return who
    return None


def _same_person(text: str, name: str) -> bool:
    """'Jane Example', 'Example' or 'JANE EXAMPLE' for Jane Example."""
    t, n = fold(text), fold(name)
    return bool(t) and (t == n or (len(t.split()) == 1 and n.split()[-1:] == t.split()))


_CLAUSE_SUBJECT = rx.compile(rf"^(?P<who>{PERSON})\s+(?:also\s+|later\s+|then\s+)?[a-z]+(?:ed|ote|ade|ot)\b")


def _others_clause(sent: str, pos: int, name: str) -> str | None:
    """The other person whose clause holds the verb at pos: 'A was married to B Name; Name
    photographed T and later directed U' (B Name's doing, not A's), by the full name the
    sentence gives; "" when the sentence gives none, None when the doing is A's."""
    clause = (re.split(r"[;:]|\.\s", sent[:pos])[-1] + sent[pos:pos + 30]).strip()
    m = _CLAUSE_SUBJECT.match(clause)
    if not m or fold(m.group("who").split()[0]) in NOT_NAMES:
        return None
    who = m.group("who")
    if _same_person(who, name) or any(_same_person(w, name) for w in who.split()):
        return None
    return _named_in_full(who, sent) or ""


def _named_in_full(who: str, text: str) -> str | None:
    """The full name the text gives before a surname ('Teodoro Brandão Klein' for 'Brandão
    Klein'), or None."""
    m = re.search(rf"(?<![\w'’-]){CAP}\s+{re.escape(who)}\b", text)
    return clean(m.group(0)) if m else None


def _fuller_name(text: str, name: str) -> bool:
    """'Folasade Omolara Adeyemi' for 'Folasade Adeyemi': the same first and last names,
    with middle names between."""
    t, n = fold(text).split(), fold(name).split()
    return len(n) >= 2 and len(t) > len(n) and t[0] == n[0] and t[-1] == n[-1]


def _once(name: str, heading: str | None = None) -> str:
    """'A Name A Name' -> 'A Name': a heading run into the lead under it ('A Name\nA Name
    (1958 – 2019) was ...'); a one-word name only when the paragraph's first line is that
    heading (a title may say a word twice: "Knock Knock")."""
    twice = re.fullmatch(r"(?P<once>.{3,80}?)\s+(?P=once)", name)
    if twice and (" " in twice.group("once") or heading == twice.group("once")):
        return twice.group("once")
    # (a related article's title, its one-line description, then its lead: "T Film d'A Name T")
    around = re.fullmatch(r"(?P<once>\S+(?:\s+\S+){1,12}?)\s+[A-ZÀ-Þ][^.;:]{2,80}?\s+(?P=once)", name)
    if around:
        return around.group("once")
    return name


def _possessed(title: str) -> tuple[str, str | None]:
    """'Jacob Example's surf drama RIPTIDE SEASON' -> ('RIPTIDE SEASON', 'Jacob Example'):
    a director's film, its title in capitals ('' for the owner when it names no person)."""
    split = _owner_split(title)
    pm = re.match(rf"^(?:[a-z][\w-]*\s+){{0,4}}(?P<t>[{UPPER}0-9][^a-z]*)$", split[1]) if split else None
    if not (pm and len(pm.group("t")) >= 3 and any(c.isalpha() for c in pm.group("t"))):
        return title, None
    who = clean(split[0])
    return pm.group("t").strip(), who if looks_like_name(who) and len(who.split()) >= 2 else ""


def _owned(title: str) -> tuple[str, str | None]:
    """"Aoife Example's Lowland Hymn" -> ("Lowland Hymn", "Aoife Example"): a director's
    film, named with whose."""
    if "'s " not in title and "’s " not in title:
        return title, None
    split = _owner_split(title)
    pm = re.match(rf"^(?P<words>(?:[a-z][\w-]*\s+){{0,3}})[«\"“]?\s*(?P<t>[{UPPER}0-9].*)$",
                  split[1]) if split else None
    # (a preposition inside the title is the title's: "A Name's The Mill at Hallam Cross";
    # before it, or a work's noun anywhere, it is no film's: "A Name's role in T", "'s novel T")
    who = split[0] if split else ""
    if pm and len(who.split()) >= 2 and looks_like_name(who) \
            and fold(who.split()[0]) not in NOT_NAMES and \
            _kind_of_name(who) == "person" and not OWNED_NOT.search(pm.group("words")) \
            and not OWNED_WORK.search(pm.group("t")):
        return pm.group("t"), clean(who)
    if pm and not pm.group("words") and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ-]+", who) and \
            re.match(r"(?:The|A|An)\s", pm.group("t")) and fold(who) not in NOT_NAMES:
        return pm.group("t"), ""  # "Surname's The Cooper's Daughters": a surname's film
    return title, None


def _owner_split(title: str) -> tuple[str, str] | None:
    """'Kunle Example's The Widow's Lantern' -> ('Kunle Example', "The Widow's Lantern"): the
    name before the first "'s" and what follows it; the name may come after what the person
    is ('the Scottish director A Name's T'); None when no name owns the words."""
    m = re.search(r"['’]s\s+", title)
    if not m:
        return None
    who = re.sub(r"^(?:(?:the|a|an)\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:director|filmmaker|film-maker|auteur|"
                 r"writer-director|actor|actress)\s+(?=[A-ZÀ-Þ])", "", title[:m.start()])
    if not re.fullmatch(PERSON, who):
        return None
    return who, title[m.end():]


def _bare_fold(title: str) -> str:
    """A title folded without its article: 'Le Testament de X' and 'Testament de X' alike."""
    return re.sub(r"^(?:the|an?|le|la|les|l['’]\s*|un|une)\s+", "", fold(title))


def _kind_of_name(name: str) -> str:
    return "organization" if ORG_WORDS.search(name) else "person"


class _Reader:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.subject: Mention | None = None  # what "The film", "She", "It" refer to
        self.seen_film_lead = False
        self.bio_roles: tuple[str, ...] = ()  # what a press kit's biography says its person did
        self.directors_said = False  # (the sentence names its films' directors in brackets)
        self.heading_roles = False  # (the roles are a heading's, "JANE EXAMPLE (Rosa)", for the paragraph under it)
        self.known_as: dict[str, Mention] = {}  # a lead's birth name -> the person it names
        self._cast_of: tuple[int, dict] = (-1, {})  # (claims read, the film's cast by name)
        self.heading: str | None = None  # a paragraph's first line, when the next one repeats it
        self.notice: Mention | None = None  # the person a dictionary's notice heading names

    def add(self, s, prop, o, line, quals=()):
        if isinstance(o, Mention) and o.kind == "person" and re.search(r"['’]s$", o.name):
            return  # "directed by Example's regular editor, B": a possessive, no name
        self.ctx.add(s, prop, o, line, NAME, quals)

    # ------------------------------------------------------------ blocks
    def header(self, para: Paragraph) -> bool:
        text = para.text
        line = para.line(0)
        m = TITLE_BLOCK.match(text)
        if m:
            title = clean(m.group("title"))
            desc = m.group("desc")
            year = re.search(r"\b(1[89]\d\d|20\d\d)\b", desc) or (m.group("pyear") and
                                                                  re.search(r"\d{4}", m.group("pyear")))
            if not re.search(r"\bfilm\b|\bmovie\b", desc + " " + text, re.I):
                self.subject = Mention("work", title, local=f"{NAME}:{line}")
                return True
            film = self._film(title, int(year.group(0)) if year else None, line)
            by = re.search(r"\bfilm\s+by\s+(?P<list>" + LIST + ")", desc)
            if by:
                for n in _names(by.group("list")):
                    self.add(film, "director", Mention("person", n), line)
            self._nationality(film, desc, line)
            self.subject = film
            return True
        m = SPAN_BLOCK.match(text)
        if m:
            name = clean(m.group("name"))
            desc = m.group("desc")
            paren = re.search(r"\(([^)]*)\)\s*$", name)
            bare = clean(re.sub(r"\s*\([^)]*\)\s*$", "", name))
            hint = f"{desc} {paren.group(1) if paren else ''}".lower()
            if any(w in hint for w in ORG_NOUNS):
                self.subject = Mention("organization", bare, local=f"{NAME}:{line}")
            elif re.search(r"\bfilm\b", hint) and not any(o in hint for o in OCCUPATIONS):
                year = re.search(r"\b(1[89]\d\d|20\d\d)\b", hint)
                self.subject = self._film(bare, int(year.group(0)) if year else None, line)
            else:
                person = Mention("person", bare, local=f"{NAME}:{line}")
                self.subject = person
                self._person_desc(person, desc, line)
            return True
        return False

    def _known_parts(self, film: Mention, sent: str, line: int) -> None:
        """A review's "DeWitt is Ike, her feckless brother": the part of an actor the
        document has credited in this film."""
        if " is " in sent or " plays " in sent or " portrays " in sent:
            for m in KNOWN_PART.finditer(sent):
                who = self.full_name(clean(m.group("who")))
                if any(c.prop == "cast" and c.subject.name == film.name and c.object.name == who
                       for c in self.ctx.claims):
                    self.add(film, "cast", Mention("person", who), line, (("character", clean(m.group("char"))),))

    @property
    def _entry_film(self) -> Mention | None:
        """The document's film when the document is a catalogue's entry (its own film's
        note), else None."""
        film = self.ctx.film
        return film if film is not None and (film.local or "").startswith("entry") else None

    def _entry_cast(self, film: Mention, sent: str, line: int) -> None:
        """A catalogue or top-ten entry's note on its film says who acts in it the way a
        review does: "Rana Haddad joue Noor, une pêcheuse", "A plays Noor", "avec A en
        gardien insomniaque et B en ingénieure", "with A as Noor and B as her son", "Zoé
        Bernier prête sa voix à Pipa", "A, en mère débordée (Claire Lagarde), est
        irrésistible", "B est immense", "C is superb"."""
        crew = {fold(c.object.name) for c in self.ctx.claims if c.subject == film and
                isinstance(c.object, Mention) and c.prop != "cast"}
        found: list[tuple[str, str]] = []
        for m in ENTRY_PLAYS.finditer(sent):
            char = ENTRY_PART.match(m.group("rest"))
            names = _names(m.group("list"), True)
            for n in names:
                found.append((n, clean(char.group("char")) if char and len(names) == 1 else ""))
            # "A plays her husband Paul; B the ferryman Bram": the verb left out after a semicolon
            for g in ENTRY_GAPPED.finditer(m.group("rest")):
                found.append((clean(g.group("actor")), clean(g.group("char"))))
        for m in ENTRY_WITH.finditer(sent):
            for chunk in re.split(r"\s*,\s*(?:et\s+|and\s+)?|\s+(?:et|and)\s+", m.group("run")):
                c = ENTRY_AS.match(chunk)
                if c:
                    char = c.group("char") if c.group("char") and c.group("char")[:1].isupper() else ""
                    found.append((clean(c.group("actor")), clean(char)))
        for m in ENTRY_PRAISED.finditer(sent):
            found.append((clean(m.group("actor") or m.group("actor2")), ""))
        for who, char in found:
            words = who.split()
            while words and fold(words[0]) in ENTRY_NOT_FIRST:
                words = words[1:]  # "Mais Agnès Verdoux, en mère débordée"
            who = " ".join(words)
            if not 2 <= len(words) <= 4 or not looks_like_name(who, "person") or fold(who) in crew or \
                    _kind_of_name(who) != "person" or fold(words[0]) in NOT_NAMES or \
                    vocab.countries().get(fold(who)) or (char and fold(char) in NOT_NAMES):
                continue
            self.add(film, "cast", Mention("person", self.full_name(who)), line,
                     (("character", char),) if char else ())

    def _film(self, title: str, year: int | None, line: int) -> Mention:
        ctx = self.ctx
        if ctx.film and fold(title) == fold(ctx.film.name):
            return ctx.film
        # (its own local name: a lead film on the same line is another film)
        return Mention("film", title, year, local=f"{NAME}:{line}:{fold(title)}")

    # ------------------------------------------------------------ paragraphs
    def paragraph(self, para: Paragraph, in_block: bool) -> None:
        first = True
        first_row = para.text[:para.where.index(para.where[0] + 1)] if para.where[0] + 1 in para.where else ""
        nxt = para.text[len(first_row):].lstrip()
        self.heading = first_row.strip() if first_row.strip() and nxt.startswith(first_row.strip()) else None
        told: Mention | None = None  # the film the sentences are telling of (SENTENCE_FILM)
        soft = False  # told inside a sentence: the next sentences must go on telling of it
        french = is_french(para.text)
        g = FR if french else EN
        for start, sent in sentences(para.text):
            line = para.line(start)
            subject = self.lead(sent, line, in_block and first, g) if first else None
            if first and not self.heading_roles:
                self.bio_roles = ()
            self.heading_roles = False
            if subject is not None:
                self.subject = subject
                if subject.kind == "film" and subject is not self.ctx.film and not THE_FILM.fullmatch(subject.name):
                    # a paragraph that opens "T is a 2016 film": the companies reader, after
                    # this one, gives its bodies to T (a related article's film), not to the
                    # document's ("The film was a co-production ..." names no other film)
                    for k in set(para.where):
                        self.ctx.memo.setdefault("prose.films", {})[k] = subject
            elif first and not in_block:
                self.subject = self._context_subject(sent) or self._bio_subject(sent, line) \
                    or self._credited_note(sent) or self._article_person_subject(sent) \
                    or self._plain_bio(sent)
            if self.notice is not None and self.subject is self.notice and (
                    NOTICE_FRAGMENT.match(sent) or start == 0 and len(sent.split()) <= 6):
                # a dictionary notice's "Actrice française. Née le 3 mai 1940 à Lyon, morte
                # le 14 janvier 2016": sentences without a subject, about the notice's person
                self._person_desc(self.subject, sent, line, g)
            listed = LISTED_FILMS.match(sent) if self.subject is not None and self.subject.kind == "person" else None
            if listed:  # "Filmographie : 1996 T (A Name) ; 1999 U (id.)": the person's films
                self._listed_films(self.subject, listed.group("rest"), line)
                continue
            first = False
            self.synopsis(sent, line)
            if self.ctx.film is not None:
                self._opened(self.ctx.film, sent, line)  # "When T opened at ... on 14 March 1968"
            if self.subject is not None or self.ctx.film is not None or article_person(self.ctx):
                # (an article about a person names films in passing in every paragraph:
                # "Her first screen appearance was a small part in A Name's T (1993)")
                self.in_passing(sent, line)
                self._directors_films(sent, line)
            if self.subject is None or self.subject.kind == "person":
                # "The Cartographer's Daughter (2004) was written by A ... The film was
                # photographed by B": in a life's story, a sentence opening with a film tells
                # of it, and so do the sentences after it, up to the next such sentence
                opening = SENTENCE_FILM.match(sent)
                if opening and not french and opening.group(0).endswith(","):
                    opening = None  # (English tells of "His first short, T (1958), a ..." within)
                rejected = opening is not None and not self._opening_told(opening)
                within = None
                if (opening is None or rejected) and not french and (
                        self.subject is not None or article_person(self.ctx)):
                    opening = None
                    within = self._told_within(sent, line)
                    if within is not None:
                        told, soft = within[0], True
                    elif soft and not rejected and not TOLD_GOES_ON.match(sent):
                        told = soft = None  # the sentence tells of something else
                if opening and not rejected:
                    title = self.bare_title(clean(opening.group("title")))
                    told, soft = self._film(title, int(opening.group("year")), line), False
                    self.add(told, "date", Value("year", opening.group("year")), line)
                    by = re.match(rf"de\s+(?P<list>{fr.LIST})\s*(?:[,:;.]|\savec\b|$)",
                                  sent[opening.start("listed"):]) if opening.group("listed") == "de" else None
                    if by:  # "– T (1983), de A et B, avec C": its directors
                        self._credit(told, _names(by.group("list"), french=True), ["director"], line)
                if french and told is not None and not (opening and not rejected) and any(
                        int(y) not in self._years(told) for y in re.findall(r"\((?:[^()]*,\s*)?((?:1[89]|20)\d\d)\)", sent)):
                    told = None  # "Suivent U (2003), ... puis V (2008), avec A": other films
                if told is not None:
                    if french:
                        self.film_facts_fr(told, sent, line)
                    elif within is not None:  # what the sentence says after the title
                        self.film_facts(told, sent[within[1]:], start, para)
                        self._told_facts(told, sent[within[1]:], line, sent[:within[2]])
                    else:
                        self.film_facts(told, sent, start, para)
                        self._told_facts(told, sent, line)
            if self.ctx.film is not None and (self.subject is None or self.subject.kind == "film") \
                    and ("Her " in sent or "His " in sent or "her " in sent or "his " in sent):
                self._director_own_films(sent, line)
            if ("(" in sent or " born " in sent or " né" in sent) and \
                    (self.subject is None or self.subject.kind != "person"):
                self.births(None, sent, line)  # "Jane Example (born 1951 in Place)"
            if self.subject is None and self._entry_film is not None and " by " in sent:
                # a catalogue entry's notes: "Written & directed by A, co-written by B."
                self.film_facts(self.ctx.film, sent, start, para)
                continue
            if self.subject is None:
                other = OTHER_TITLE_DID.match(sent)
                if other and (len(other.group("t").split()) < 2 or self.ctx.film is None
                              or fold(other.group("t")) == fold(self.ctx.film.name)):
                    other = None
                if self.ctx.film is not None and not in_block and not other:
                    # "Le budget est estimé à ..." in a section about the document's film
                    # (not "Another Title premiered in 2019 and grossed $5.1m")
                    self.money(self.ctx.film, sent, line)
                    self._blurb(self.ctx.film, sent, line)
                    # "The production designer was A", "It was released by B in Ireland, and
                    # in the United States by C"
                    self._crew(self.ctx.film, sent, line)
                    self._known_parts(self.ctx.film, sent, line)
                    if self._entry_film is not None:
                        self._entry_cast(self.ctx.film, sent, line)
                    if IT_RELEASED.match(sent):
                        self._released_by(self.ctx.film, sent, line)
                    if IT_FACTS.match(sent):
                        self._release(self.ctx.film, sent, line)
                continue
            if self.subject.kind == "film":
                if self.subject is not None and self.subject is self._entry_film:
                    self._entry_cast(self.subject, sent, line)
                if french:
                    self.film_facts_fr(self.subject, sent, line)
                else:
                    self.film_facts(self.subject, sent, start, para)
            elif self.subject.kind == "person":
                sent = self._assisted(self.subject, sent, line)
                if french:
                    self.person_facts_fr(self.subject, sent, line)
                else:
                    self.person_facts(self.subject, sent, line)
            elif self.subject.kind == "organization":
                self.org_facts(self.subject, sent, line)

    def _opening_told(self, opening: re.Match) -> bool:
        """Whether a sentence's opening SENTENCE_FILM names a film: no clause ('Her graduation
        short T (2013) was', 'A Name saw her in T (2009)', 'A Name produit aussi T (1968)'), no
        person's name unless a verb or a noun says it is a film ('Her feature debut, T T')."""
        title = self.bare_title(clean(opening.group("title")))
        words = [fold(w) for w in title.split()]
        return bool(words) and not CLAUSE_VERB.search(title) and words[0] not in OPENING_NOT and \
            not PRONOUNS.intersection(words) and not DOER_DID.match(title) and (
                len(words) <= 8 and (opening.group("verb") or opening.group("noun") or
                                     not looks_like_name(title, "person")) or
                bool(re.match(r"(?:The|An?|Les?|La|Une?|L['’])\s", title)))

    def _told_within(self, sent: str, line: int) -> tuple[Mention, int, int] | None:
        """The one film a sentence of a life's story tells of, with its year: 'She returned to
        the cinema with T (1995), co-written with ...' -> (T, where its year ends, where its
        title starts); none when the sentence names several years or no title."""
        years = list(ONE_YEAR.finditer(sent))
        if len(years) != 1 or ALT_YEAR.search(sent):  # ("T (Original, 2012) and U (2015)": two)
            return None
        y = years[0]
        before = sent[:y.start()].rstrip()
        seg_start = max(before.rfind(c) for c in ",;:(") + 1
        words = list(re.finditer(r"\S+", before[seg_start:]))
        i = len(words)
        while i > 0:
            w = words[i - 1].group(0).lstrip("\"“«'‘")
            if w[:1].isupper() or (w[:1].isdigit() and not re.match(r"\d{4}[–-]", w)) or \
                    (w in TITLE_JOINS and i > 1):
                i -= 1
                continue
            break
        while i < len(words) and not words[i].group(0).lstrip("\"“«'‘")[:1].isupper() \
                and not words[i].group(0)[:1].isdigit():
            i += 1  # (a title opens with a capital: "with The Glass Orchard" -> "The Glass Orchard")
        if i >= len(words):
            return None
        begin = seg_start + words[i].start()
        title = clean(before[begin:]).strip("«»\"“” ")
        if WORK_BEFORE.search(before[max(0, begin - 40):begin]):
            return None  # "the play T (1985)", "His best-known novel, T (1994)", "the miniseries T"
        # "She directed A Name in T (1999)", "the lock-keeper Bram in A Name's T (2021)",
        # "She reunited with Ekdahl for The T (2011)": the name is a person's, the title follows
        cut = re.match(r"^(?P<who>" + PERSON + r")\s+(?:in|with|for|by|at|on)\s+(?=[A-Z0-9])", title)
        if cut and not re.match(r"(?:The|An?)\s", title) and looks_like_name(cut.group("who"), "person") and (
                len(cut.group("who").split()) >= 2 or re.match(r"(?:The|An?)\s|" + PERSON + r"['’]s\s",
                                                               title[cut.end():])
                or fold(cut.group("who")) not in NOT_NAMES and self._credited_surname(cut.group("who"))):
            begin += before[begin:].find(title) + cut.end()
            title = title[cut.end():]
        title = self.bare_title(re.sub(r"^Best\s+(?:[A-Z][a-z]+\s+){1,2}for\s+(?=[A-ZÀ-Þ])", "", title))
        # "A Name's The Pilot's Widow": the first "'s" is the owner's
        first = re.match(r"^(?P<who>[A-ZÀ-Þ][\w.-]*(?:\s+[A-ZÀ-Þ][\w.-]*){1,3})['’]s\s+(?P<t>[A-ZÀ-Þ0-9«\"“].*)$", title)
        if first and looks_like_name(first.group("who"), "person") and "'" in first.group("t") + "’":
            title, owner = first.group("t").strip("«»\"“” "), first.group("who")
        else:
            title, owner = _possessed(title)
            if owner is None:
                title, owner = _owned(title)
        words_ = [fold(w) for w in title.split()]
        if not words_ or len(words_) > 8 or words_[0] in OPENING_NOT or PRONOUNS.intersection(words_) \
                or CLAUSE_VERB.search(" " + title) or fold(title) in NOT_NAMES:
            return None
        said = re.search(r"\b(?:film|short|feature|documentary|debut|picture|movie)\s*,?\s*$", before[:begin])
        joined = any(w in TITLE_JOINS for w in title.split()[1:])  # "Under the Linden": no name
        if owner is None and not said and not joined and looks_like_name(title, "person") and \
                not re.match(r"(?:The|An?|Les?|La|Une?|L['’])\s", title):
            return None  # "her daughter, Lila Hart (1990)": a person
        year = int(y.group("year"))
        film = self._film(title, year, line)
        self.add(film, "date", Value("year", y.group("year")), line)
        if owner:
            self.add(film, "director", Mention("person", self.full_name(owner)), line)
        return film, y.end(), begin

    def _told_facts(self, film: Mention, text: str, line: int, head: str = "") -> None:
        """What a life's story says of the film it tells of, beyond a film's own article's
        phrases: 'which she also wrote', 'co-written with X', 'adapted by X from', 'shot by
        X', 'A played Nora, opposite B as her son Daniel', 'reunited her with A'."""
        person = self.subject if self.subject is not None and self.subject.kind == "person" else None
        if person is None and article_person(self.ctx):
            person = Mention("person", article_person(self.ctx))

        def people(names):
            for n in names:
                n = self.full_name(n)
                if _kind_of_name(n) == "person" and looks_like_name(n) and fold(n) not in NOT_NAMES:
                    yield Mention("person", n)

        for m in TOLD_WROTE.finditer(text):
            if person is not None:
                role = VERB_ROLE.get(m.group("verb").replace("co-", ""), "screenwriter")
                self.add(film, "cinematographer" if role == "shot" else role, person, line)
        for m in WRITTEN_WITH.finditer(text):
            for who in people(_names(m.group("list"))):
                self.add(film, "screenwriter", who, line)
            if person is not None:
                self.add(film, "screenwriter", person, line)
        for m in ADAPTED_BY.finditer(text):
            for who in people(_names(m.group("list"))):
                self.add(film, "screenwriter", who, line)
        for m in SHOT_BY.finditer(text):
            names = _names(m.group("list")) if m.group("list") else [clean(m.group("who") or m.group("dop"))]
            for who in people(names):
                self.add(film, "cinematographer", who, line)
        for m in CO_PRODUCTION.finditer(text):
            self._nationality(film, m.group("nat"), line)
            for n in _names(m.group("list"), bodies=True):
                n = re.sub(r"^(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:company|studio|firm)\s+", "", n)
                self.add(film, "production_company", Mention("organization", n), line)
        cast = [(m.group("actor"), m.group("char")) for p in (PLAYED, AS_CHAR) for m in p.finditer(text)]
        cast += [(a, c) for m in TOLD_CAST.finditer(text)
                 for a, c in cast_items(text[m.end():], known=self.full_name)]
        cast += [(n, None) for m in CAST_HEAD.finditer(head) for n in _names(m.group("list"))]
        # "(Actor)" after a character, up to another title ("..., and The Tin Heron, about a
        # metal detectorist (A Name)": that one's)
        other = re.search(r",\s+and\s+(?:The|An?)\s+[A-Z]", text)
        cast += [(m.group(1), None) for m in re.finditer(r"\((" + PERSON + r")\)", text[:other.start()] if other else text)]
        for actor, char in cast:
            actor = self.full_name(clean(actor))
            if len(actor.split()) < 2 or fold(actor.split()[0]) in NOT_NAMES or \
                    not looks_like_name(actor, "person") or _kind_of_name(actor) != "person":
                continue
            char = clean(char) if char and looks_like_name(clean(char)) else None
            self.add(film, "cast", Mention("person", actor), line, (("character", char),) if char else ())

    def _title_prefix(self, sent: str, g: Grammar) -> str | None:
        """The document's title as the sentence writes it at its start, when a verb follows."""
        film = self.ctx.film
        if film is None:
            return None
        n = len(film.name)
        head = sent[:n + 2]
        if fold(head[:n]) != fold(film.name):
            return None
        if re.match(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:is|was|est|était)\s", sent[n:]):
            return sent[:n]
        return None

    def _bio_subject(self, sent: str, line: int) -> Mention | None:
        """A press kit's biography: 'JANE EXAMPLE (Rosa) was born in ...' is about Jane
        Example, who plays Rosa; 'JOHN SAMPLE (Director of Photography) ...' about the
        film's cinematographer."""
        m = BIO_HEAD.match(sent)
        if not m or not (m.group("paren") or m.group("name").isupper() and BIO_VERBS.match(m.group("verb"))):
            return None
        return self._bio_person(m.group("name"), m.group("paren"), line)

    def _bio_person(self, name: str, paren: str | None, line: int) -> Mention | None:
        """The person of a biography's heading ("JANE EXAMPLE", "(Rosa)" or "(Producer)"),
        with the part the brackets give them in the document's film."""
        caps = name.isupper()
        if BODY.search(name) or re.match(r"^(?:A|AN|THE|LE|LA|LES|UN|UNE)\s", name) \
                or vocab.countries().get(fold(paren or "")):
            return None  # "A CÓNDOR NEGRO FILMS (Chile) and ... co-production": bodies
        name = clean(name)
        if self.ctx.film is not None and fold(name) == fold(self.ctx.film.name):
            return None
        name = name_case(name) if name.isupper() else name
        if not looks_like_name(name) or not 2 <= len(name.split()) <= 4:
            return None
        person = Mention("person", name, local=f"{NAME}:{line}")
        paren = clean(paren or "")
        roles = [vocab.labels().get(fold(p)) for p in re.split(r"\s*(?:/|&|,|\band\b|\bet\b)\s*", paren) if p]
        roles = [r for r in roles if r and r in vocab.roles() and vocab.role(r).object == "person"]
        if not caps and not roles:
            return None  # "Ruth Example (Actor) keeps the pub": a synopsis names the actor
        if not roles and self.ctx.film is not None:
            # "NESRIN EXAMPLE was born in ...": a biography of whom the credits name (the
            # director, the writer) speaks of that work
            roles = self._credited(name)
            paren = paren or ("/".join(roles) if roles else "")
        if paren and roles:
            self.bio_roles = tuple(dict.fromkeys(roles))
        elif paren and self.ctx.film is not None and looks_like_name(paren) and len(paren) <= 40 \
                and not re.search(r"[\d,;]", paren):
            self.bio_roles = ("cast",)  # "(Rosa Medina)": the character the person plays
            self.add(self.ctx.film, "cast", person, line, (("character", paren),))
        return person

    def _credited_note(self, sent: str) -> Mention | None:
        """A note on the person the credits above name as the film's director, in a catalogue
        or a press kit: 'A Name (b. 1981, Place) studied directing ...', 'La réalisatrice : née
        en 1983 à Place, A Name a étudié ...'."""
        if self.ctx.film is None:
            return None
        said = re.match(r"^(?:(?:The|Le|La|L['’])\s+)?(?:[Dd]irector|[Rr]éalisat(?:eur|rice)|[Cc]inéaste|"
                        r"[Ff]ilmmaker)\s*[:—–-]\s*", sent)
        head = sent[said.end():] if said else sent
        for c in self.ctx.claims:
            if c.subject != self.ctx.film or c.prop != "director" or not isinstance(c.object, Mention):
                continue
            name = c.object.name
            at = head.find(name)
            if at < 0 or at > (80 if said else 0) or len(name.split()) < 2:
                continue
            # (a life's opening: "(b. 1981, Place)", "née en 1983", "studied", not "A Name began
            # writing the screenplay" in an article about the film)
            if re.match(r"\s*(?:\([^()]*\)\s*)?,?\s*[a-zà-ÿ]", head[at + len(name):]) and re.search(
                    r"\((?:b\.|born|née?)\s[^()]*\d{4}[^()]*\)|\([A-ZÀ-Þ][^()\d]*,\s*\d{4}\)|"
                    r"\b(?:born|née?|b\.|studied|graduated|trained|étudié|diplômée?|formée?)\s", sent):
                self.bio_roles = tuple(self._credited(name))
                return Mention("person", name)
        return None

    def _dated_before(self, title: str, line: int) -> bool:
        """The title was named above with a year of its own ("après T (2018)"): another film
        than the document's, even in the first sentence that reads as a film's lead."""
        above = " ".join(self.ctx.doc.lines[:max(0, line - 1)])
        return re.search(rf"{re.escape(title)}\s*\(\s*(?:1[89]|20)\d\d\s*\)", above, re.I) is not None

    def _credited(self, name: str) -> list[str]:
        """What the credits before this paragraph say the person did for the document's
        film: director, screenwriter, producer."""
        return list(dict.fromkeys(
            c.prop for c in self.ctx.claims if c.subject == self.ctx.film and isinstance(c.object, Mention)
            and c.prop in ("director", "screenwriter", "producer") and fold(c.object.name) == fold(name)))

    def _article_person_subject(self, sent: str) -> Mention | None:
        """In an article about a person, a paragraph that opens with 'She', 'Il' or the
        person's surname ('Valderama was married to ...') speaks of that person."""
        who = article_person(self.ctx)
        if who is None:
            return None
        surname = re.escape(who.split()[-1])
        if re.match(rf"^(?:[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s+)?(?:She|He|His|Her|Elle|Il)\s|^{surname}\s|"
                    rf"^.{{0,30}}?\b{re.escape(who)}\s|"
                    # "The son of a radio engineer, Surname trained", "In 1993 Surname moved"
                    rf"^(?:[^,]{{3,60}},\s+|(?:In|From|After|By|Since|En|Dès|Après)\s+\d{{4}},?\s+){surname}\s+[a-zà-ÿ]",
                    sent) or \
                PRONOUN_AFTER_CLAUSE.match(sent):
            # ("Au tournant des années 2000, elle devient ...": a clause, then the pronoun;
            # "Biographie Elle débute ...", "Vie privée A Name est ...": a heading glued on)
            return Mention("person", who)
        if obituary_person(self.ctx) is not None:
            # an obituary tells one life: a paragraph that has no other subject tells of
            # its person ("His screen breakthrough came in T (1962)", "Le cinéma la rappelle")
            return Mention("person", who)
        return None

    def _plain_bio(self, sent: str) -> Mention | None:
        """A paragraph that opens 'A Name est comédien.', 'A Name is a Welsh cinematographer
        and ...' (a page's note on someone, under no heading of theirs) tells of that person."""
        m = PLAIN_BIO.match(sent)
        if not m:
            return None
        name = clean(m.group("name"))
        if not 2 <= len(name.split()) <= 4 or not looks_like_name(name, "person") or _kind_of_name(name) != "person" \
                or self.ctx.film is not None and fold(name) == fold(self.ctx.film.name):
            return None
        return Mention("person", name)

    def _context_subject(self, sent: str) -> Mention | None:
        """A paragraph that opens with 'The film ...' speaks of the document's film."""
        if self.ctx.film and re.match(r"^(?:The|This|Le|Ce)\s+(?:film|movie|picture|long-métrage)\b",
                                      sent):
            return self.ctx.film
        # "T had its world premiere at ...": the document's film by its title, then a verb
        if self.ctx.film and sent.startswith(self.ctx.film.name + " ") and \
                re.match(r"(?:had|has|premiered|opened|grossed|earned|received|won|runs|ran|was\s+(?:released|shot|"
                         r"filmed|screened|selected|premiered|distributed))\b", sent[len(self.ctx.film.name) + 1:]):
            return self.ctx.film
        return None

    def _written_with(self, film: Mention, clause: str, line: int) -> None:
        """"T (1969), qu'il écrit avec la romancière A, est ...", "which she wrote with A":
        A and the person the pronoun stands for (the article's, or the one being told of)
        wrote T."""
        m = re.match(rf"\),\s+(?:qu['’]\s*(?:il|elle)\s+(?:co-?)?écrit|which\s+(?:he|she)\s+(?:co-?)?wrote)\s+"
                     rf"(?:avec|with)\s+(?:(?:le|la|l['’]|the)\s*[a-zà-ÿ-]+\s+)?(?P<who>{PERSON})", clause)
        teller = self.subject if self.subject is not None and self.subject.kind == "person" else None
        if teller is None and article_person(self.ctx):
            teller = Mention("person", article_person(self.ctx))
        if not m or teller is None:
            return
        who = self.full_name(clean(m.group("who")))
        if len(who.split()) >= 2 and looks_like_name(who, "person") and _kind_of_name(who) == "person":
            self.add(film, "screenwriter", Mention("person", who), line)
            self.add(film, "screenwriter", teller, line)

    def lead(self, sent: str, line: int, in_block: bool, g: Grammar = EN) -> Mention | None:
        """'X is a 1988 French film ...', 'P is a French actress ...', 'AZ is a ... label'."""
        stage = STAGE_LEAD.match(sent)
        if stage:
            # "A Birth Name (née X; 1939 – 2017), known professionally as B, was ...": the
            # lead is about B, the name the world (and the article's title) knows her by
            sent = f"{stage.group('name')} ({stage.group('paren')}) {sent[stage.end():]}"
        cf = CLAUSE_FIRST.match(sent)
        if cf and looks_like_name(clean(cf.group("title")), "film"):
            # "Directed by A Name, The Glass Orchard (2006) follows ...": the film after the
            # clause is the subject (the clause is read with the rest of the sentence)
            film = self._film(clean(cf.group("title")), int(cf.group("year")), line)
            self.add(film, "date", Value("year", cf.group("year")), line)
            self.seen_film_lead = True
            return film
        fronted = CLAUSE_FIRST_BARE.match(sent)
        if fronted and g.lead.match(sent[fronted.end():]):
            # "Réalisé par A Name, Le Pont des Ardoisiers est un drame": the film after the
            # clause is the subject (the clause's credit is read with the rest of the sentence)
            sent = sent[fronted.end():]
        m = g.lead.match(sent)
        title = self._title_prefix(sent, g)
        if title is not None:  # "Wild is the Wind is a 1957 film": the title is the subject
            m = g.lead.match("X " + sent[len(title):].lstrip(" ,")) or m
        if not m:
            return None
        subject_text = title if title is not None else m.group("subject")
        # "Les Noces de plomb (1969), qu'il écrit avec A, est un drame": the film before the clause
        relative = re.match(r"^(?P<t>[^,()]{2,80}?)\s*\((?P<year>1[89]\d\d|20\d\d)\),\s+(?:qu['’]|que\s|dont\s|"
                            r"which\s|that\s)", subject_text)
        if relative:
            subject_text = relative.group("t")
        desc = m.group("desc")
        alt = None
        am = g.also_known.match(sent) or (g.or_title.match(sent) if g.or_title else None)
        if am and re.match(r"(?:en|le|au|dans|à|in|on)\s", am.group("alt")):
            # "Les Pieds dans la Garonne, sorti en 2002, est une comédie": a date, no other title
            subject_text, am = am.group("title"), None
        if am:
            subject_text, alt = am.group("title"), clean(am.group("alt"))
            alt = re.split(r"\s+as\s+", alt)[-1]  # "known in the United Kingdom as Y": Y
        appos = re.match(r"^(?P<name>[^,()]{3,80}),\s*(?:née?|born|morte?|died)\s", subject_text)
        if appos:  # "Name, né le 17 août 1948 à X et mort le ..., est un réalisateur"
            subject_text = appos.group("name")
        subject_text = clean(re.sub(r"\s*\([^)]*\)", "", subject_text))
        subject_text = _once(subject_text, self.heading)
        if re.fullmatch(r"(?:19|20)\d\d", subject_text):
            return None  # "2017 was a strong year for British drama": a year, no film
        if not subject_text or len(subject_text) > 150 or fold(subject_text) in NOT_NAMES or \
                re.search(r",\s+(?:whose|who|which|dont|qui)\s", subject_text) or \
                re.search(r",\s+(?:and|but|et|mais)\s+(?:he|she|they|it|il|elle|ils|elles)$", subject_text) or \
                re.search(r",\s+(?:where|when|while|after|où|quand|lorsqu['’]?)\s*(?:he|she|they|it|il|elle|ils|elles)$",
                          subject_text):
            # ("T had its premiere at X on 14 September 2014, where it was the opening film")
            # ("Hollywood came calling, and he was the doomed X in T": a clause, its subject)
            # ("A Name, whose debut T (2014) was a festival favourite": no title, a clause)
            return None  # ("He was a boy in my short film T": no film named "He")
        if re.match(r"^(?:His|Her|Their|Its|My|Our)\s+[a-z]", subject_text):
            return None  # ("His first film part was a few lines in A Name's drama T": a part)
        head_text = g.head_end.split(desc)[0]
        # the noun phrase ends at a comma or a new clause: "a comedy film, one of many ..."
        head_text = re.split(r"[,;(]|\s+(?:and|et)\s+(?:the|a|an|is|was|le|la|un|une|est)\b|"
                             r"\s+(?:of|in which|de(?!\s+la\s+photographie)|du(?!\s+son\b)|des|dans)\s+",
                             head_text)[0]  # ("une directrice de la photographie": one noun)
        head = head_text.lower()
        block = self.subject if in_block else None
        # what the subject is: the last kind-of-work noun of the phrase ("a musical
        # television series" is a series, "a television film" a film)
        nouns = [(m.start(), "film") for m in _word(f"(?:{g.film_nouns})s?").finditer(head)]
        nouns += [(m.start(), "other") for m in g.not_film.finditer(head)]
        # "a film production company" is a company, "a film director" a person
        nouns += [(m.start(), "org") for o in g.org_nouns if o in head for m in _word(o).finditer(head)]
        nouns += [(m.start(), "person") for o in g.occupations if o in head
                  for m in _word(o).finditer(head)]
        last = max(nouns)[1] if nouns else None
        paren = m.group("paren") or ""
        alt_m = re.search(r"(?:titre|title)[^:]*:\s*(?P<alt>[^;)]+)|(?:also known as|aka|a\.k\.a\.)\s+(?P<alt2>[^;)]+)",
                          paren, re.I)
        if alt_m and not alt:  # "X (titre international : Y) est ..."
            alt = clean(alt_m.group("alt") or alt_m.group("alt2"))
        if last == "film":
            year = re.search(r"\b(1[89]\d\d|20\d\d)\b", head) or \
                re.search(r"\b(1[89]\d\d|20\d\d)\b", paren) or \
                (relative and re.search(r"(\d{4})", relative.group("year")))
            film = self._film(subject_text, int(year.group(1)) if year else None, line)
            if (not self.seen_film_lead and not in_block and self.ctx.film is not None
                    and film is not self.ctx.film and not self._dated_before(subject_text, line)):
                # the document's first film sentence is about the document's film, even
                # when it words the title differently ("Sundown Trail" under "The Sundown Trail")
                # ("A Name's second feature is ..." describes the film, names it not)
                if fold(film.name) != fold(self.ctx.film.name) and not re.search(
                        r"['’]s\s+(?:[\w-]+\s+){0,2}(?:feature|film|movie|picture|documentary|work)s?$", film.name):
                    self.add(self.ctx.film, "alias", Mention("film", film.name, local=self.ctx.film.local), line)
                film = self.ctx.film
            self.seen_film_lead = True
            if block is not None and block.kind == "film" and film is not self.ctx.film:
                film = block  # the block's header names this film
            if year:
                self.add(film, "date", Value("year", year.group(1)), line)
            if alt and fold(alt) != fold(film.name):
                self.add(film, "alias", Mention("film", alt, film.year, local=film.local), line)
            self._nationality(film, head_text if g is EN else head, line)
            self._film_kind(film, head, line)
            if relative:
                self._written_with(film, relative.string[relative.end("year"):], line)
            return film
        if last == "person" and (looks_like_name(subject_text) or (block and block.kind == "person")):
            person = block if block is not None and block.kind == "person" else \
                Mention("person", subject_text, local=f"{NAME}:{line}")
            titled = article_person(self.ctx)
            if block is None and titled and _fuller_name(subject_text, titled):
                # "Folasade Omolara Adeyemi (born 1968) is" under the title "Folasade Adeyemi":
                # the lead gives in full the name the article is titled by
                person = Mention("person", titled)
            if fold(subject_text) != fold(person.name) and looks_like_name(subject_text.split(",")[0]) \
                    and fold(subject_text.split(",")[0]) != fold(person.name):
                self.add(person, "alias", Mention("person", clean(subject_text.split(",")[0]),
                                                  local=person.local), line)
            if stage and looks_like_name(clean(stage.group("birth"))):
                self.add(person, "alias", Mention("person", clean(stage.group("birth")), local=person.local), line)
                self.known_as[fold(clean(stage.group("birth")))] = person
            self._person_desc(person, sent, line, g)
            return person
        if last == "org" and (looks_like_name(subject_text, "organization") or block is not None):
            org = block if block is not None and block.kind == "organization" else \
                Mention("organization", subject_text, local=f"{NAME}:{line}")
            return org
        return None

    # ------------------------------------------------------------ facts
    def film_facts(self, film: Mention, sent: str, start: int, para: Paragraph) -> None:
        line = para.line(start)
        taken: list[tuple[int, int]] = []

        def names_at(m, group="list"):
            taken.append(m.span(group))
            found = _names(m.group(group))
            # "composed by A, and B again photographed": B is the next clause's subject;
            # "produced by the Arts Council of Place's scheme": no name of the list's
            if found and m.re.pattern != COMPOSED.pattern and re.match(r"\s+(?:(?:again|also)\s+(?:" + _DID + r")\b|(?:" + _DID + r")\s*(?:[.;,]|$))|"
                                  r"\s+of\s+[A-Z][\w-]*['’]s\b", sent[m.end(group):]):
                found = found[:-1]
            elif found and re.match(r"\s*\((?:1[89]|20)\d\d\)", sent[m.end(group):]):
                found = found[:-1]  # "His partnership with A produced T (1974)": a title, no name
            return found

        self._part_in_brackets(film, sent, line)
        lowered = sent[:1].lower() + sent[1:]  # "Directed by X, the film ..."
        for m in VERB_RUN.finditer(lowered):
            roles = [VERBS[v] for v in re.findall(r"(?:co-)?[a-z]+", m.group("verbs")) if v in VERBS]
            if roles == ["cast"]:
                continue  # a plain "starring" list: cast_items() reads it, with characters
            if re.search(r"\b[Ss]ongs\s+(?:(?:were|are)\s+)?$", lowered[:m.start()]):
                continue  # "the songs were written by X": SONGS reads it
            if re.search(r"\b(?:score|music|soundtrack)\s+(?:was|is|were)\s+(?:\w+\s+)?$", lowered[:m.start()]):
                roles = ["composer" if r == "screenwriter" else r for r in roles]  # "The score was co-written by A"
            # "produced by the Dublin studio X": X is a body, whatever its name's words
            self._credit(film, names_at(m), roles, line, body=bool(m.group("body")))
        for m in CAST_START.finditer(sent):
            if re.match(r"\s*(?:(?:an?|the|its)\s+)?(?:original\s+)?(?:music|score|songs?|soundtrack)\b",
                        sent[m.end():]):
                continue  # "features music by X" is no cast list
            for actor, char in cast_items(sent[m.end():], known=self.full_name):
                self.add(film, "cast", Mention("person", actor), line,
                         (("character", char),) if char else ())
        # (the patterns that open on a list of names try one at every word: spared where
        # their verb is missing, a third of the time film_facts took on lead paragraphs)
        for m in list(CAST_BEFORE.finditer(sent)) + list(WHO_STARS.finditer(sent) if "who" in sent else ()):
            listed = [self.full_name(n) for n in _names(m.group("list"))]  # "Vallance plays": named in full before
            plays = PLAYS_PART.match(sent, m.end()) if len(listed) == 1 and re.search(
                r"\b(?:plays|play|portrays|portray)$", m.group(0)) else None
            for n in listed:
                if _kind_of_name(n) == "person" and len(n.split()) >= 2:
                    char = clean(plays.group("char")) if plays else None  # "Vallance plays Edna Scholes, the ..."
                    self.add(film, "cast", Mention("person", n), line, (("character", char),) if char else ())
        self._known_parts(film, sent, line)
        for m in OWN_SCREENPLAY.finditer(sent):  # "directed by A from his own screenplay"
            who = m.group("list") or m.group("who")
            for n in _names(who) if m.group("list") else [clean(who)]:
                if _kind_of_name(n) == "person":
                    self.add(film, "screenwriter", Mention("person", self.full_name(n)), line)
        for pattern in (DIRECTED_BY_SUBJECT, DIRECTOR_WAS, FILM_BY, DIRECTORIAL_DEBUT):
            for m in pattern.finditer(sent):
                for n in _names(m.group("list")):
                    if _kind_of_name(n) == "person":
                        self.add(film, "director", Mention("person", n), line)
        for m in SCREENPLAY.finditer(sent):
            if m.group("list"):
                for n in names_at(m):
                    self.add(film, "screenwriter", Mention("person", self.full_name(n)), line)
            co = "co" if m.group("co") else "co2" if m.group("co2") else None
            if co:
                for n in names_at(m, co):
                    self.add(film, "screenwriter", Mention("person", n), line)
                for d in self._directors_in(sent):  # "a screenplay she co-wrote with X"
                    self.add(film, "screenwriter", Mention("person", d), line)
        composed = "composed" in sent or "wrote" in sent or "created" in sent
        for pattern in (MUSIC, COMPOSED) if composed else (MUSIC,):
            for m in pattern.finditer(sent):
                found = names_at(m)
                if pattern is COMPOSED and re.search(r"\b(?:in|at|from|near|of|to)\s*$",
                                                     sent[:m.start("list")]):
                    # "... shot the film in Place, Region, and A composed the score": the
                    # list opens with a place; the composer is the name next to the verb
                    found = found[-1:]
                for n in found:
                    self.add(film, "composer", Mention("person", self.full_name(n)), line)
        for pattern, role in ((CINEMATOGRAPHY, "cinematographer"), (EDITING, "editor"),
                              (SONGS, "songwriter")):
            for m in pattern.finditer(sent):
                for n in names_at(m):
                    self.add(film, role, Mention("person", self.full_name(n)), line)
        for m in CREDITED_AS.finditer(sent):
            key = label_key(m.group("role"))
            who = self.full_name(clean(m.group("who")))
            if key in vocab.roles() and vocab.role(key).object == "person" and \
                    looks_like_name(who, "person") and len(who.split()) >= 2 and _kind_of_name(who) == "person":
                self.add(film, key, Mention("person", who), line)
        for m in PRODUCED_FOR.finditer(sent):
            for n in _names(m.group("list"), bodies=True):
                self.add(film, "production_company", Mention("organization", n), line)
        for m in MADE_FOR.finditer(sent):
            for n in _names(m.group("list"), bodies=True):
                if _kind_of_name(n) == "organization":
                    self.add(film, "production_company", Mention("organization", n), line)
        for m in [*BASED_ON.finditer(sent), *BASED_ON_POSS.finditer(sent)]:
            title = clean(m.group("title") or "").strip("\"“”")
            if not title and re.search(r"\bsame\s+name\b", m.group(0)):
                title = film.name  # "based on the novel of the same name by X"
            if title and title[:1].isupper():
                work = Mention("work", title, int(m.group("year")) if m.group("year") else None,
                               local=f"{NAME}:{line}:work")
                self.add(film, "based_on", work, line)
                for n in _names(m.group("list")):
                    self.add(work, "author", Mention("person", self.full_name(n)), line)
        for m in FOLLOWS_CHAR.finditer(sent):  # "follows Amos Penhallow (Oswin Hargreave)"
            actor = self.full_name(clean(m.group("actor")))
            if len(actor.split()) >= 2 and looks_like_name(actor, "person") and _kind_of_name(actor) == "person":
                self.add(film, "cast", Mention("person", actor), line, (("character", clean(m.group("char"))),))
        self._released_by(film, sent, line)
        self._crew(film, sent, line)
        self._release(film, sent, line)
        for m in ADAPTED_BY.finditer(sent):  # "It was adapted by A from B's novel"
            for n in names_at(m):
                n = self.full_name(n)
                if _kind_of_name(n) == "person" and looks_like_name(n, "person"):
                    self.add(film, "screenwriter", Mention("person", n), line)
        for m in RETURNED_AS.finditer(sent):
            actor = self.full_name(clean(m.group("actor")))
            if len(actor.split()) >= 2 and _kind_of_name(actor) == "person" and looks_like_name(actor, "person"):
                self.add(film, "cast", Mention("person", actor), line, (("character", clean(m.group("char"))),))
        for m in AGAIN_PRODUCED.finditer(sent):
            who = self.full_name(clean(m.group("who")))
            if len(who.split()) >= 2 and _kind_of_name(who) == "person":
                self.add(film, "producer", Mention("person", who), line)
        for m in LANGUAGE_PHRASE.finditer(sent):  # "a Wolof-language film", "shot in Breton"
            self._language(film, m.group("lang") or m.group("lang2"), line)
        self.money(film, sent, line)

    def _release(self, film: Mention, sent: str, line: int) -> None:
        """When the film was released and how long it runs: "released on 29 June 2005",
        "Released 2 June 1947; 74 minutes.", "runs for 109 minutes", "Running time 81 minutes"."""
        note = RELEASED_NOTE.match(sent)
        for m in [*RELEASED.finditer(sent), *([note] if note else [])]:
            d = parse_date(m.group("date"))
            if d and (d[0] == "year" or valid_date(d[1])):
                self.add(film, "date", Value(*d), line)
        if note and note.group("min"):
            self.add(film, "duration", Value("minutes", note.group("min")), line)
        for m in RUNS.finditer(sent):
            self.add(film, "duration", Value("minutes", m.group("min") or m.group("min2")), line)

    def _released_by(self, film: Mention, sent: str, line: int) -> None:
        """"released by A", and "..., and in the United States by B" after it."""
        found = list(RELEASED_BY.finditer(sent))
        if found:
            found += AND_THERE_BY.finditer(sent, found[-1].end())
        for m in found:
            if re.search(r"\b(?:on|as\s+an?)\s+(?:CD|LP|vinyl|record|album|cassette|soundtrack|DVD|Blu-?ray|video|VHS)\b", m.group(0)) \
                    or re.search(r"\b(?:score|soundtrack|album)\b[^.;,]{0,60}$", sent[:m.start()]):
                continue  # "the score … was released on CD by A Records": the music's label
            # between the verb and "by", only where and how: "released in cinemas in the
            # United Kingdom by A"; there a name of no company's word is still a distributor
            between = re.match(r"\w+\s+(.*?)\bby\s", m.group(0)).group(1)
            plain = not re.search(r"\b(?:[a-z]+ed|and|with|was|were|had|also)\b", between)
            for n in _names(m.group("list"), bodies=True):
                if _kind_of_name(n) == "organization" or plain and self._unknown_body(n):
                    self.add(film, "distributor", Mention("organization", n), line)

    def _unknown_body(self, name: str) -> bool:
        """A name in capitals ("Albion Crossing") no reader has taken for a person."""
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return False
        return not any(isinstance(c.object, Mention) and c.object.kind == "person" and c.object.name == name
                       or c.subject.kind == "person" and c.subject.name == name for c in self.ctx.claims)

    def _crew(self, film: Mention, sent: str, line: int) -> None:
        """The crew a film article's sentences name: "The production designer was A",
        "the costumes were designed by B", "C and D served as executive producers",
        "Casting director E found ..." (a role the role table knows, for a person)."""
        if not CREW_HINT.search(sent):
            return
        found = [(m.group("role"), m.group("list")) for m in CREW_WAS.finditer(sent)]
        found += [(m.group("role"), m.group("list")) for m in CREW_SERVED.finditer(sent)
                  if not re.search(r"\b(?:of|on|for|in)\s+which\s*$", sent[:m.start()])]
        # ("a sequel to the 1995 film, of which A served as cinematographer": another film)
        found += [(m.group("what"), m.group("list")) for m in CREW_DESIGNED.finditer(sent)]
        found += [(m.group("role"), m.group("who")) for m in CREW_BEFORE.finditer(sent)]
        for role, listed in found:
            key = label_key(role)
            if key in vocab.roles() and vocab.role(key).object == "person" and \
                    key not in ("cast", "director"):
                for n in _names(listed):
                    self.add(film, key, Mention("person", self.full_name(n)), line)

    def money(self, film: Mention, sent: str, line: int) -> None:
        """A budget or a box office a sentence states, in English or French."""
        for key, pattern in (("budget", BUDGET), ("box_office", GROSS)):
            hits = list(pattern.finditer(sent))
            if key == "box_office" and hits:
                hits = list(WORLDWIDE.finditer(sent)) or hits  # (not one country's takings)
            for m in hits:
                amount = next(g for g in m.groups() if g)  # the matched branch's amount
                if re.search(r"\b(?:entrées|admissions|spectateurs|tickets)\b",
                             sent[m.end():m.end() + 20]):
                    continue
                found = parse_money(amount)
                if found and float(found[0]) >= 100:
                    self.add(film, key, Value("money", found[0], found[1]), line)

    def _opened(self, film: Mention, sent: str, line: int) -> None:
        """"When T opened at the Regal, Leicester Square, on 14 March 1968, ...": the day the
        film named came out, in its year when the year is known."""
        m = OPENED.search(sent)
        if not m or fold(m.group("t")) != fold(film.name):
            return
        d = parse_date(m.group("date"))
        if d and d[0] != "year" and valid_date(d[1]) and (not film.year or str(film.year) == d[1][:4]):
            self.add(film, "date", Value(*d), line)

    def _blurb(self, film: Mention, sent: str, line: int) -> None:
        """A programme's note on its film: "A Name's second feature is an elegant chamber
        piece ...", "B Name and C Name play the sisters X and Y, and D Name their father"."""
        if fold(sent).startswith(fold(film.name)):  # (the entry's title line, run on)
            sent = re.sub(r"^\s*(?:\([^()]*\)\s*)?", "", sent[len(film.name):])
        m = OWN_FEATURE.match(sent)
        if m and fold(m.group("who")) != fold(film.name):
            who = self.full_name(clean(m.group("who")))
            if len(who.split()) >= 2 and looks_like_name(who, "person"):
                self.add(film, "director", Mention("person", who), line)
        m = PLAY_LIST.match(sent)
        if m:
            more = re.search(rf",\s+and\s+(?P<who>{PERSON})\s+(?:his|her|their|the|a|an)\s+[a-z]", m.group("rest"))
            for n in _names(m.group("list")) + ([more.group("who")] if more else []):
                if len(n.split()) >= 2 and looks_like_name(n, "person"):
                    self.add(film, "cast", Mention("person", self.full_name(n)), line)

    def _directors_in(self, sent: str) -> list[str]:
        m = re.search(r"\bdirected\s+by\s+(?P<list>" + LIST + ")", sent)
        return _names(m.group("list")) if m else []

    def _directed_refs(self, sent: str) -> tuple[str, dict[int, str]]:
        """'... debut in T (A Name, 1995)': the sentence given back with 'T (1995)', as the
        patterns of a life's films read it, and the directors so named by where their
        film's brackets end in it."""
        if "(" not in sent:
            return sent, {}
        pieces, ends, last = [], {}, 0
        for m in REF_BY.finditer(sent):
            who = clean(m.group("who"))
            if not (2 <= len(who.split()) <= 4 and looks_like_name(who, "person") and _kind_of_name(who) == "person") \
                    or re.match(r"(?:The|An?|Les?|La|L['’]|Une?|Il|El|Der|Die|Das|De|Het)\s", who) \
                    or (not self.bio_roles or "director" in self.bio_roles) and self.ctx.doc.text.count(who) < 2:
                # ("Vetrarbörn (Winter Children, 1981)": a second title has a name's shape
                # too; a director is named again, or the brackets are a press kit's habit
                # in the biography of an actor, of a crew member: a director's own films
                # have no other director)
                continue
            pieces += [sent[last:m.start()], f"({m.group('year')})"]
            last = m.end()
            ends[len("".join(pieces))] = who
        if not ends:
            return sent, {}
        return "".join(pieces) + sent[last:], ends

    def person_facts(self, person: Mention, sent: str, line: int) -> None:
        sent, refs = self._directed_refs(sent)
        before = len(self.ctx.claims)
        self.directors_said = bool(refs)
        self._person_facts(person, sent, line)
        self.directors_said = False
        for film in dict.fromkeys(c.subject for c in self.ctx.claims[before:] if c.subject.kind == "film"
                                  and c.subject.year and refs):
            # (a film the sentence's patterns read, whose brackets named its director)
            at = sent.find(f"{film.name} ({film.year})")
            who = refs.get(at + len(f"{film.name} ({film.year})")) if at >= 0 else None
            if who:
                self.add(film, "director", Mention("person", who), line)

    def _person_facts(self, person: Mention, sent: str, line: int) -> None:
        for m in KNOWN_FOR.finditer(sent):
            self._roles_in(person, m.group("rest"), line, "cast")
        for m in APPEARED_IN.finditer(sent):  # "he appeared in A (1983), B (1988)"
            w = re.search(rf"(?P<who>{PERSON}),?\s+who\s+(?:[a-z]+\s+){{0,3}}$", sent[:m.start()])
            if w and not _same_person(w.group("who"), person.name):
                continue  # "... the actress B Example, who went on to star in C (2006)": B's part
            self._roles_in(person, m.group("rest"), line, "cast")
        for m in DEBUT.finditer(sent):  # "she made her film debut in A (2006)"
            self._roles_in(person, m.group("rest"), line, "cast")
        for pattern in (ACTED, ACTED_AFTER):
            for m in pattern.finditer(sent):
                self._part(person, m.group("rest"), m.group("char"), line)
        for m in FILMS_SUCH_AS.finditer(sent):
            self._roles_in(person, m.group("rest"), line, "cast")
        if "(" not in sent:
            self._part_no_year(person, sent, line)
        for m in FOR_WHOM.finditer(sent):
            who = self.full_name(clean(m.group("who")))
            if looks_like_name(who, "person") and len(who.split()) >= 2 and not _same_person(who, person.name):
                self._did(Mention("person", who), "director", m.group("rest"), line)
        for m in DID_FOR.finditer(sent):
            other = _others_clause(sent, m.start(), person.name)
            if other == "":
                continue  # (someone else's, not named in full)
            who = Mention("person", other) if other else person  # "…; B shot T": B's
            role = next(k for k in ("composer", "cinematographer", "editor", "producer", "own") if m.group(k))
            role = self._occupation_role(who) if role == "own" else role
            if role:
                self._did(who, role, m.group("rest"), line)
        for m in WHICH_DID.finditer(sent) if "which" in sent else ():
            roles = [VERB_ROLE[v] for v in re.findall(r"wrote|directed|produced|edited|shot|scored",
                                                       m.group("verbs"))]
            for role in dict.fromkeys(roles):
                self._did(person, role, m.group("rest"), line)
        self._bio_credits(person, sent, line)
        for m in NOMINATED.finditer(sent):
            award = clean(m.group("award"))
            prop = "nominated" if m.group("verb") == "nominated" else "award"
            self.add(person, prop, Value("text", re.sub(r"\s+for\s*$", "", award)), line)
            # (a nomination is for a part when the prize or the person is an actor's)
            said = self._occupations(person)
            if not said or any(re.search(r"act(?:or|ress|eur|rice)", o) for o in said) or \
                    re.search(r"Act(?:or|ress)|Performance|Acteur|Actrice|Interprét", award):
                self._roles_in(person, sent[m.end() - 1:], line, "cast")
        for m in SPOUSE.finditer(sent):  # "with his wife, the actress Jane Example"
            who = clean(m.group("who") or m.group("who2") or m.group("who3") or m.group("who4"))
            subj = m.group("subj")
            if subj and fold(subj) not in ("she", "he") and not _same_person(subj, person.name):
                continue  # "Anna married the architect B": someone else's marriage
            if looks_like_name(who) and len(who.split()) >= 2:
                self.add(person, "spouse", Mention("person", who), line)
        for m in MARRIED.finditer(sent):
            found = re.findall(PERSON, m.group("who"))
            if found:
                who = clean(found[-1])
                if looks_like_name(who) and len(who.split()) >= 2:
                    self.add(person, "spouse", Mention("person", who), line)
        self.births(person, sent, line)
        for m in STAGE_NAME.finditer(sent):
            alias = clean(m.group("name"))
            if fold(alias) != fold(person.name):
                self.add(person, "alias", Mention("person", alias, local=person.local), line)
        if "directed by" in sent:
            self._directed_by(sent, line)
        did = re.search(r"\b(?:directed|directing)\b(?!\s+by\b)", sent)
        other = _others_clause(sent, did.start(), person.name) if did else None
        if did and not KNOWN_FOR.search(sent) and other is None:
            # ("She starred in A (1954) and B (1957) before turning to directing with C
            # (1968)": the films she acted in come first, only what follows is hers to direct)
            acted = re.search(r"\b(?:starred|appeared|acted|played|featured|co-starred)\b", sent[:did.start()])
            self._roles_in(person, sent[did.start():] if acted else sent, line, "director", require_year=True)
        elif did and other:
            # (another's clause: "…; B photographed T and later directed the documentary U
            # (2001)": B's)
            self._did(Mention("person", other), "director", sent[did.end():], line)
        self._directed_list(person, sent, line)

    def full_name(self, name: str) -> str:
        """A surname alone ('written by Brodie and X') is the person of that surname the
        document has named in full ('directed by Alasdair Brodie'), when there is one."""
        if len(name.split()) > 2 or not name[:1].isupper():
            return name
        # (two words too: 'written by Van Damme', 'by Villaseñor Rivas and X')
        found = self._claimed_full_names(name)
        if not found and len(name.split()) == 1:
            found = self._named_in_text(name)
        return found.pop() if len(found) == 1 else name

    def _claimed_full_names(self, name: str) -> set[str]:
        """The people the claims so far name in full with `name` at the end."""
        return {o.name for c in self.ctx.claims for o in (c.subject, c.object)
                if isinstance(o, Mention) and o.kind == "person" and o.name.endswith(f" {name}")
                and len(o.name.split()) > len(name.split())}

    def _credited_surname(self, word: str) -> bool:
        """Whether a lone capitalised word is the surname of one person the claims so far
        name in full ("opposite Carrick in T (2005)" after "Imelda Carrick")."""
        return len(self._claimed_full_names(word)) == 1

    def _named_in_text(self, surname: str) -> set[str]:
        """The full names the document's text gives a surname ("du cinéaste Maurice Delaunoy"
        ... "Pour Delaunoy,"): a capitalised word before it that the text never writes in
        lower case (a forename; not "Pour", "Chez", "With")."""
        memo = self.ctx.memo.setdefault("prose.lower_words", {})
        text = self.ctx.doc.text
        if not memo:
            memo.update(dict.fromkeys(fold(w) for w in re.findall(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*", text)))
            memo["\0"] = None  # (computed)
        found = set()
        if fold(surname) in MONTHS or fold(surname) in _WEEKDAYS:
            return found  # ("Thursday's Orphans", a byline's "Thursday 11 April")
        for m in re.finditer(rf"(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[\s-][A-ZÀ-Þ][a-zà-ÿ'’-]+)?)\s+{re.escape(surname)}(?![\w'’-])",
                             text):
            first = m.group(1)
            if re.search(r"(?:^|\s)(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|le|la|bin|ibn|al)\s+$",
                         text[max(0, m.start() - 6):m.start()], re.I):
                return set()  # "Joaquim Vaz de Almeida Tavares": more of the name stands before

            if any(fold(w) in memo or fold(w) in NOT_NAMES for w in re.split(r"[\s-]", first)):
                continue
            full = f"{first} {surname}"
            if looks_like_name(full, "person") and _kind_of_name(full) == "person":
                found.add(full)
        return found

    def _credit(self, film: Mention, names: list[str], roles: list[str], line: int,
                body: bool = False) -> None:
        """Each name in each role; a body 'produced' the film as its production company."""
        for n in names:
            n = self.full_name(n)
            if fold(re.sub(r"^(?:The|A|An)\s+", "", n)) == fold(re.sub(r"^(?:The|A|An)\s+", "", film.name)):
                continue  # "Directed by A, The Glass Orchard (2006) follows": the title ends the list
            if re.search(r"['’]s?$", n):
                continue  # "produced by the studio X, A Name's melodrama": a possessive, no name
            for r in dict.fromkeys(roles):
                kind = "organization" if body else _kind_of_name(n)
                if r == "producer" and kind == "person" and len(n.split()) == 1 and n[:1].isupper():
                    kind = "organization"  # "Produit par Horyzont": one word, a known person's or a body's
                if r == "producer" and kind == "organization":
                    self.add(film, "production_company", Mention("organization", n), line)
                elif kind == "person":
                    self.add(film, r, Mention("person", n), line)

    @staticmethod
    def bare_title(title: str) -> str:
        """A title without the words a sentence put before it: 'his 1961 novel X was adapted
        into the film T' -> T; 'Après le court métrage T' -> T."""
        m = None
        for m in re.finditer(r"(?:\b(?:the|a|an|le|la|un|une|son|sa|his|her|their)|^[A-ZÀ-Þ][\w-]+['’]s)\s+"
                             r"(?:(?:first|second|last|debut|premier|dernier|new|nouveau)\s+)?(?:film|movie|short|documentary|"
                             r"feature|picture|court[- ]métrage|long[- ]métrage|moyen[- ]métrage|"
                             r"documentaire|téléfilm)\s+(?=[A-ZÀ-Þ0-9«\"“])", title):
            pass
        return title[m.end():] if m else title

    def director_year_entry(self, entry: re.Match, para: Paragraph) -> bool:
        """A paragraph that opens with a film, its director and year in brackets: the film,
        its director, the country and running time the bracket adds; the subject of what
        the paragraph goes on to say."""
        who, title = clean(entry.group("who")), clean(entry.group("title")).strip("«»\"“” ")
        if len(who.split()) < 2 or not looks_like_name(who, "person") or _kind_of_name(who) != "person" \
                or fold(who) in vocab.countries() or looks_like_name(title, "person") and not \
                re.match(r"(?:The|An?|Les?|La|Une?)\s|L['’]", title) or len(title.split()) > 10:
            return False  # "Jane Example (Paris, 1950)", "A Name (Another Name, 2019)"
        if BODY.search(who) or re.search(r"\b(?:[Tt]h[ée]â?tre|Theater|Opera|Op[ée]ra|Festival|Studios?)\b", who) \
                or re.search(r"\bdir\.|,", title) or para.line(entry.start("who")) != para.line(0) \
                or re.search(r"\b(?:directed\s+by|réalisée?\s+par|dir\.)\s", para.text):
            return False  # "KING LEAR, dir. A (National Theatre, 2011)": a stage's; "LOT 102 /
            # T (Studio Name, 1934) ... directed by A": the bracket names no director
        line = para.line(0)
        title = re.sub(r"^(?:No\.?|N°|Lot|#)\s*\d+\s+", "", title)  # "No. 12  The Title": a list's number
        film = self._film(title, int(entry.group("year")), line)
        self.add(film, "date", Value("year", entry.group("year")), line)
        self.add(film, "director", Mention("person", who), line)
        for part in re.split(r"\s*[,–—/]\s*|\s+-\s+", entry.group("rest")):
            hit = vocab.countries().get(fold(part))
            minutes = re.fullmatch(r"(\d{2,3})\s*(?:min|mn|minutes|['’])\.?", part)
            if hit:
                self.add(film, "country", Value("country", hit[1], hit[0]), line)
            elif minutes:
                self.add(film, "duration", Value("minutes", minutes.group(1)), line)
        self.subject = film
        for k in set(para.where):
            self.ctx.memo.setdefault("prose.films", {})[k] = film
            self.ctx.memo.setdefault("prose.entries", set()).add(k)
        return True

    def in_passing(self, sent: str, line: int) -> None:
        """Films a sentence names in passing with their year ('with whom he had made A
        (1979)', 'après B (2012)'): the film and its year, and nothing it does not say."""
        for m in IN_PASSING.finditer(sent):
            t = TITLE_YEAR.match(" " + m.group("rest"))
            if not t:
                continue
            if self.ctx.film is None and STAGE.search(sent[:m.start("rest")]):
                continue  # "Il fait ses débuts au Théâtre du Trident dans T (1972)": a play
            found = _listed_with(t, sent, m.start("rest") + t.end() - 1)
            listed = False
            for t in found:  # (the first one a film, the ones listed with it are films too)
                listed = self._passing_film(m, t, line, listed) or listed
        for m in DIRECTED_AFTER.finditer(sent):  # "in Sommerfuglen (2004), directed by A Name"
            t = TITLE_YEAR.match(" " + m.group("rest"))
            who = self.full_name(clean(m.group("who")))
            if t and looks_like_name(who) and len(who.split()) >= 2 and _kind_of_name(who) == "person":
                self._passing_film(m, t, line, True, who)

    def _passing_film(self, m: re.Match, t: re.Match, line: int, listed: bool = False,
                      who: str | None = None) -> bool:
        """One film of in_passing(): its title cleaned of the words before it."""
        title = self.bare_title(clean(t.group("title")).strip("«»\"“” "))
        title = _after_clause(title)
        # "tourné pour A Name dans T (2014)": the title after the name, and A directed T when
        # the sentence worked "for" A (not in English: "Quiet Hours in Lisbon" is a title)
        before = m.string[:m.start("rest")] if "rest" in m.re.groupindex else ""
        directed = re.search(r"\b(?:directed|dirigé|dirige)\s+$", before)  # "directed A Name in T (2005)"
        dans = re.match(rf"^(?P<who>{PERSON})\s+(?:dans|in)\s+(?=[A-ZÀ-Þ«\"“])" if directed else
                        rf"^(?P<who>{PERSON})\s+dans\s+(?=[A-ZÀ-Þ«\"“])", title)
        actor = None
        if dans and len(dans.group("who").split()) >= 2 and looks_like_name(dans.group("who"), "person") \
                and not re.match(r"(?:Le|La|Les|L['’]|The|Un|Une|A|An)\s", dans.group("who")):
            title = title[dans.end():].strip("«»\"“” ")
            if who is None and re.search(r"\bpour\s+$", before):
                who = self.full_name(clean(dans.group("who")))
            elif directed:
                actor = self.full_name(clean(dans.group("who")))
        # "LE CŒUR EN FRICHE de Bastien Roussel (2016)": a title in capitals, its director
        dm = re.match(r"^(?P<t>.+?)\s+(?:de|d['’]|by)\s*(?P<who>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ]"
                      r"[a-zà-ÿ'’-]+){1,2})$", title)
        if dm and dm.group("t").isupper() and len(dm.group("t")) >= 3:
            title, who = dm.group("t"), dm.group("who")
        elif dm and who is None and len(dm.group("who").split()) >= 2 and len(dm.group("t")) >= 3 \
                and looks_like_name(dm.group("who"), "person") and _kind_of_name(dm.group("who")) == "person" \
                and not looks_like_name(dm.group("t"), "person"):
            # "dans Un été sans phare de Clément Abgrall (2021)": a full name after the title
            title, who = dm.group("t"), self.full_name(dm.group("who"))
        else:
            title, who = self._known_director(title, who)
        # "Some Director's The Title", "A Studio's remake of The Title": the title alone
        title = re.sub(r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+(?:(?:remake|version|adaptation|"
                       r"sequel)\s+(?:of|to)\s+)?(?=(?:The|A|An|Le|La|Les|Un|Une|L['’])\b)", "", title)
        title, owner = _possessed(title)
        if owner is None:
            title, owner = _owned(title)
        possessed = owner is not None
        who = owner or who
        # (a title shaped like a name counts when the sentence says it is a film)
        # (a title that opens with an article is no person's name: "after The Half-Door")
        if title and len(title) <= 80 and (m.groupdict().get("noun") or listed or possessed
                                           or not looks_like_name(title, "person")
                                           or re.match(r"(?:The|An?|Les?|La|Une?|L['’])\s", title)) \
                or len(title.split()) >= 3:
            year = int(t.group("year"))
            film = self._film(title, year, line)
            if film is self.ctx.film and year not in self._years(film) and self._years(film):
                # "following ... The Island (1977)" in the 1996 film's lead: the other film
                film = Mention("film", title, year, local=f"{NAME}:{line}:{fold(title)}:{year}")
            self.add(film, "date", Value("year", t.group("year")), line)
            if who:
                self.add(film, "director", Mention("person", who), line)
            if actor and len(actor.split()) >= 2:
                self.add(film, "cast", Mention("person", actor), line)
            return True
        return False

    def _known_director(self, title: str, who: str | None) -> tuple[str, str | None]:
        """'L'Hiver à Dinard de Paul-Henri Lemarié (1988)': the title and its director, where
        the document says elsewhere that this person directed the film so titled (a
        filmography's line); without that, "de" and a name stay in the title ('Les Dimanches
        de Mathilde Roux')."""
        for m in re.finditer(r"\s+(?:de|d['’]|by)\s*(?=[A-ZÀ-Þ])", title):
            head, tail = title[:m.start()], title[m.end():]
            if len(head) < 3 or len(tail.split()) > 4:
                continue
            for c in self.ctx.claims:
                if c.prop == "director" and isinstance(c.object, Mention) and c.subject.kind == "film" \
                        and fold(c.object.name) == fold(tail) and fold(c.subject.name) == fold(head):
                    return head, c.object.name
        return title, who

    def _listed_films(self, person: Mention, rest: str, line: int) -> None:
        """A filmography run on in one sentence: '1996 T (A Name) ; 1999 U (id.) ; 2003 V':
        each film, its year and its director in brackets ('id.': the one before); the person's
        part the one their occupation gives (an actress plays in them)."""
        # ("T (2013, short), U (2016)": titles with no director named are the person's own
        # films, unless the person is said to act)
        role = self._occupation_role(person) or ("cast" if ";" in rest else "director")
        before = None
        items = re.split(r"\s*;\s*", rest.strip().rstrip(".")) if ";" in rest else \
            re.split(r"(?<=\))\s*,\s*", re.sub(r"\)\.$", ")", rest.strip()))
        for item in items:
            m = LISTED_FILM.fullmatch(item.strip())
            titled = TITLED_FILM.fullmatch(item.strip()) if not m else None
            if titled:
                # (a dictionary writes a title's article in small letters: "les Nuits de Gorée")
                title = clean(titled.group("title")).strip("«»\"“” ")
                film = Mention("film", title[:1].upper() + title[1:], int(titled.group("year")))
                self.add(film, "date", Value("year", titled.group("year")), line)
                self.add(film, role, person, line)
                kinds = {fold(k) for k in re.split(r"\s*,\s*", f"{titled.group('kinds')},{titled.group('after') or ''}")
                         if k.strip()}
                for said, k in (({"cm", "short", "court metrage", "court-metrage"}, "short"),
                                ({"doc", "doc.", "documentary", "documentaire"}, "documentary"),
                                ({"tv", "tvm", "tv movie", "telefilm"}, "tv film")):
                    if kinds & said:
                        self.add(film, "kind", Value("text", k), line)
                continue
            if not m:
                continue
            title = clean(m.group("title")).strip("«»\"“” ")
            film = Mention("film", title, int(m.group("year")))
            self.add(film, "date", Value("year", m.group("year")), line)
            self.add(film, role, person, line)
            who = clean(m.group("who") or "")
            if re.fullmatch(r"(?:id|idem|ibid)\.?", who, re.I):
                who = before or ""
            if who and looks_like_name(who) and len(who.split()) >= 2 and _kind_of_name(who) == "person":
                self.add(film, "director", Mention("person", who), line)
                before = who
            else:
                before = None

    def _years(self, film: Mention) -> set[int]:
        """The years the document gives its film so far."""
        out = {film.year} if film.year else set()
        for c in self.ctx.claims:
            if c.subject is film and c.prop == "date" and isinstance(c.object, Value):
                out.add(int(str(c.object.value)[:4]))
        return out

    def _director_own_films(self, sent: str, line: int) -> None:
        """In an article about a film, a sentence whose subject is its director ('Example
        read the novel after finishing her first feature, T (2013)') names the director's
        own films."""
        if not OWN_FILM.search(sent):
            return
        for c in self.ctx.claims:
            if c.subject == self.ctx.film and c.prop == "director" and isinstance(c.object, Mention):
                name = c.object.name
                # (after the headings a copied page runs into it: "Production Development Example read")
                if re.match(rf"(?:[A-Z][a-z]+\s+){{0,3}}?(?:{re.escape(name)}|{re.escape(name.split()[-1])})"
                            r"\s+[a-z]", sent):
                    for m in OWN_FILM.finditer(sent):
                        self._roles_in(c.object, m.group("rest"), line, "director")
                    return

    def _directors_films(self, sent: str, line: int) -> None:
        if "(" in sent and (" whose " in sent or " on " in sent or "'s " in sent or "’s " in sent):
            for m in OWNED_TITLES.finditer(sent):
                # "Sène-Thiaw's previous film, the documentary T (2017)", "A Name, whose T
                # (2014) played here", "assistant director to A Name on T (2008) and U (2011)"
                if OWNED_NOT.search(m.group("words")) or m.group("who") and (re.search(
                        r"\b(?:based|adapted|adaptation|version|remake)\b[^.]{0,30}$|\b(?:series|show|"
                        r"sitcom|programme|program|novel|book|play|musical|serial)\s+$", sent[:m.start()])
                        or re.match(r"(?:Doctor|Dr|Mr|Mrs|Miss|Captain|Professor|Detective|Officer|"
                                    r"Uncle|Aunt|Saint|St|King|Queen|Lady|Lord)\b", m.group("who"))):
                    continue  # "A's third collaboration after T", "based on A's novel T (1883)",
                    # "the series Doctor Yun's Clinic (2014)"
                who = clean(m.group("who") or m.group("who2") or m.group("who3"))
                owned = re.split(r"['’]s\s+", who, maxsplit=1)
                head = ""  # "Kunle Example's The Widow's Lantern (1997)": the title holds a possessive
                if len(owned) == 2 and m.group("who") and not m.group("words"):
                    who, head = owned[0], f"{owned[1]}{sent[m.end('who')]}s "
                role = "director"
                said = re.match(r"(?P<role>[A-Z][a-z]+)\s+(?=[A-Z])", who)
                if said and label_key(said.group("role")) in vocab.roles():
                    # "Producer A Name, whose credits included T (1979)": the producer's film
                    role, who = label_key(said.group("role")), who[said.end():]
                who = self.full_name(who)
                if not looks_like_name(who) or len(who.split()) < 2 or \
                        fold(who.split()[0]) in NOT_NAMES or _kind_of_name(who) != "person":
                    continue
                t = TITLE_YEAR.match(" " + sent[m.end():])
                if not t:
                    continue
                listed = _listed_with(t, sent, m.end() + t.end() - 1)
                if m.group("who") and not m.group("words"):
                    # "A Name's T (2006), U (2011) and V (2014)": the possessive is T's alone
                    listed = list(listed)[:1]
                for t in listed:
                    title = self.bare_title(clean(head + t.group("title")).strip("«»\"“” "))
                    # ("A Name's Anglo-Danish drama The T (2019)": what the film is, not its title)
                    title = DESCRIBED.sub("", title) if title and DESCRIBED.sub("", title) else title
                    # ("… A's debut Glass T (1990) and Karen Holst in his U (1994)": a part, then his film)
                    title = re.sub(r"^(?:[A-ZÀ-Þ][\w'’-]*\s+){1,4}in\s+(?:his|her|their)\s+(?=[A-ZÀ-Þ])", "", title) \
                        if not head else title
                    head = ""
                    if title and len(title) <= 80 and title[:1].isupper():
                        film = self._film(title, int(t.group("year")), line)
                        self.add(film, role, Mention("person", who), line)
                        if m.group("who3") and self.subject is not None and self.subject.kind == "person":
                            self.add(film, "assistant_director", self.subject, line)
        if "'s " not in sent and "’s " not in sent:
            return  # (no possessive, no "X's 1958 film T": spare the pattern)
        for m in DIRECTORS_FILM.finditer(sent):  # "a remake of Ian Example's 1958 film The Title"
            who, title = clean(m.group("who")), clean(m.group("title"))
            if looks_like_name(who) and len(who.split()) >= 2 and 0 < len(title.split()) <= 8:
                film = self._film(title, int(m.group("year")), line)
                self.add(film, "date", Value("year", m.group("year")), line)
                self.add(film, "director", Mention("person", who), line)

    def vital_rows(self, para) -> bool:
        """A profile's rows under a name heading: 'Born 3 May 1961, Kaunas, Lithuania',
        'Died 2 June 2019, London'; whether there was one (the name goes on down the page)."""
        found = False
        for n in sorted(set(para.where)):
            m = VITAL_ROW.match(self.ctx.doc.lines[n - 1].strip())
            d = parse_date(m.group("date")) if m else None
            if d and (d[0] == "year" or valid_date(d[1])):
                prop = "death_date" if m.group("what")[0] in "DdM" else "birth_date"
                self.add(self.subject, prop, Value(*d), n)
                found = True
        return found

    def births(self, person: Mention | None, sent: str, line: int) -> None:
        """'She was born in Place in 1980', 'Born in 1981 in Place, Name studied',
        'Née à Place en 1987, Name ...', 'Name was born on 3 May 1950': the birth of the
        paragraph's person, when the sentence's subject is that person (a pronoun, the
        name, or the name after an opening 'Born ...' clause); 'Other Name (born 1946 in
        Place)' gives that other person's."""
        m = PLACE_YEAR.match(sent) if "(" in sent else None
        if m and not vocab.countries().get(fold(m.group("place"))):
            # a catalogue's biography: "Jane Example (Temuco, 1986) studied ..."
            name = clean(m.group("who"))
            if looks_like_name(name) and len(name.split()) >= 2 and _kind_of_name(name) == "person":
                target = person if person and _same_person(name, person.name) else Mention("person", name)
                self.add(target, "birth_date", Value("year", m.group("year")), line)
        for m in SPAN.finditer(sent):  # "the director Cemal Example (1922–1985)"
            who = re.search(rf"({PERSON})\s*$", sent[:m.start()])
            if who and who.group(1).isupper():  # "HOMMAGE À RAPHAËL EXEMPLE (1941-2023)": the name after "À"
                who = re.search(rf"({PERSON})\s*$", re.split(r"\s(?:À|A|AU|AUX|TO|FOR|POUR)\s", who.group(1))[-1])
            if who and looks_like_name(clean(who.group(1))) and len(who.group(1).split()) >= 2:
                name = _once(clean(who.group(1)))
                name = name_case(name) if name.isupper() else name
                target = person if person and _same_person(name, person.name) \
                    else self.known_as.get(fold(name)) or Mention("person", name)
                for prop, d in life_span(m.group(0)):
                    self.add(target, prop, Value(*d), line)
        for m in BIRTH.finditer(sent):
            d = parse_date(m.group("date"))
            if not d or (d[0] == "date" and not valid_date(d[1])):
                continue
            before = sent[:m.start()].strip()
            if m.group("paren"):
                who = re.search(rf"({PERSON})\s*$", before)
                if who and looks_like_name(clean(who.group(1))) and len(who.group(1).split()) >= 2:
                    name = clean(who.group(1))
                    target = person if person and _same_person(name, person.name) \
                        else Mention("person", name)
                    self.add(target, "birth_date", Value(*d), line)
                continue
            if (person is None or not _same_person(before, person.name)) and \
                    re.fullmatch(rf"{PERSON}", before) and len(before.split()) >= 2 and \
                    looks_like_name(before) and fold(before.split()[0]) not in NOT_NAMES:
                # "Sreyneang Chhim est née à Phnom Penh en 1997": whoever the paragraph is about
                self.add(Mention("person", clean(before)), "birth_date", Value(*d), line)
                continue
            if person is None:
                continue
            if before == "":  # "Born in 1981 in Place, Name studied": Name is the subject
                after = sent[m.end():]
                # ("Né le 8 juillet 1938 à X, fils d'un tonnelier, il monte à Paris": the
                # pronoun, in a paragraph about the person)
                if not any(_same_person(clean(w.group("who")), person.name) for w in
                           re.finditer(rf",\s*(?P<who>{PERSON})", after[:160])) and \
                        not re.search(r",\s*(?:il|elle|he|she)\s+[a-zà-ÿ]", after[:200]):
                    continue
            elif not (re.fullmatch(r"(?:She|He|They|Elle|Il)", before)
                      or _same_person(before, person.name)):
                continue
            self.add(person, "birth_date", Value(*d), line)
        for m in DEATH.finditer(sent) if person is not None else ():
            who = clean(m.group("who"))
            d = parse_date(m.group("date"))
            if d and (d[0] != "date" or valid_date(d[1])) and \
                    (re.fullmatch(r"(?:She|He|Elle|Il)", who) or _same_person(who, person.name)):
                self.add(person, "death_date", Value(*d), line)

    def _bio_credits(self, person: Mention, sent: str, line: int) -> None:
        """In a press kit's biography: 'Her producing credits include A (2013)', 'He
        produced B (2009)', 'edited C and D' (titles in capitals need no year there)."""
        for m in CREDITS_INCLUDE.finditer(sent):
            kinds = " ".join(re.findall(r"producing|directing|writing|editing|acting", m.group(0)))
            role = {"producing": "producer", "directing": "director", "writing": "screenwriter",
                    "editing": "editor", "acting": "cast"}.get(kinds) or \
                ("composer" if "scores" in m.group("what") else self.bio_roles[0] if self.bio_roles else None)
            if role:
                self._titles_in(person, m.group("rest"), line, role)
        if not self.bio_roles and self.ctx.film is not None:
            self.bio_roles = tuple(self._credited(person.name))
        if not self.bio_roles:
            return
        if "director" in self.bio_roles:  # "her thesis short T (2008)", "Her first feature, T (2011)"
            for m in OWN_FILM.finditer(sent):
                self._roles_in(person, m.group("rest"), line, "director")
                w = re.match(rf"\s*,?\s*which\s+(?:she|he|they)\s+(?P<co>co-)?wrote(?:\s+with\s+(?P<who>{PERSON}))?",
                             sent[m.end():])
                if w:  # ", which she co-wrote with B"
                    self._roles_in(person, m.group("rest"), line, "screenwriter")
                    if w.group("who") and looks_like_name(w.group("who")):
                        self._roles_in(Mention("person", clean(w.group("who"))), m.group("rest"), line,
                                       "screenwriter")
        for m in DID.finditer(sent):
            before = sent[:m.start()]
            head = BIO_HEAD.match(sent)
            if not (re.search(r"\b(?:He|She|he|she|They|they)\s*(?:also\s+|later\s+)?$", before)
                    or head and head.start("verb") == m.start()):
                continue  # (someone else's doing)
            self._titles_in(person, m.group("rest"), line, DID_ROLE[m.group("verb")])

    def _titles_in(self, person: Mention, text: str, line: int, role: str) -> None:
        """Films a biography lists: 'A (2013) and B (2015)', or 'A and B' in capitals."""
        text = text.split(";")[0]
        if TITLE_YEAR.search(text):
            self._roles_in(person, text, line, role)
            return
        text = re.sub(r"\([^)]*\)", "", text)
        for run in re.findall(rf"[{UPPER}0-9][{UPPER}0-9'’:!?&-]*(?:\s+[{UPPER}0-9][{UPPER}0-9'’:!?&-]*)*", text):
            run = run.strip()
            if len(run) < 3 or not any(c.isalpha() for c in run) or fold(run) == fold(person.name):
                continue
            if self.ctx.film is not None and fold(run) == fold(self.ctx.film.name):
                film = self.ctx.film
            else:
                film = Mention("film", run)
            self.add(film, role, person, line)

    def _owned_title_of(self, m: re.Match) -> tuple[str, str | None]:
        """_title_of(), with a director named before the title in any case ("A Name's T")."""
        title, owner = self._title_of(m)
        if not title or owner is not None or self.directors_said:
            # (where brackets name each film's director, "Saint Jude's Ferry (A Name, 2016)"
            # is a title, not Saint Jude's film)
            return title, owner
        title, owner = _owned(title)
        bare = re.match(r"^(?P<who>[A-ZÀ-Þ][a-zà-ÿ-]+)['’]s\s+(?P<t>[A-ZÀ-Þ0-9].*)$", title) if not owner else None
        if bare and fold(bare.group("who")) not in NOT_NAMES:
            # "Fairleigh's Brass Monkeys (1988)": a surname the document gave in full
            who = self.full_name(bare.group("who"))
            if len(who.split()) >= 2 and _kind_of_name(who) == "person":
                return bare.group("t"), who
        return title, owner or None

    def _title_of(self, m: re.Match) -> tuple[str, str | None]:
        """The title (and its possessor: "X's drama T") a TITLE_YEAR match names."""
        title = _after_clause(CLAUSE.sub("", m.group("title").strip()))
        title = clean(re.sub(r"^(?:and|in|for|the films?|films?)\s+", "", title,
                             flags=re.I)).strip("«»\"“” ")
        # "Après Les Enfants de la dune (2004), son premier long métrage": the title after it
        title = re.sub(r"^(?:Après|Avant|Depuis|After|Before|Since)\s+(?=[A-ZÀ-Þ«\"“])", "", title).strip("«»\"“” ")
        # "Révélé par A Name dans T (1996)": the title after "dans"
        # "reunited with Rusk for T (2014)", "opposite Carrick in T (2005)": a surname the
        # document gave in full, then the title
        known = re.match(r"^(?P<who>[A-ZÀ-Þ][a-zà-ÿ'’-]+)\s+(?:for|in|opposite|with)\s+(?=[A-ZÀ-Þ«\"“])", title)
        if known and fold(known.group("who")) not in NOT_NAMES and self._credited_surname(known.group("who")):
            title = title[known.end():]
        by = re.match(rf"^(?P<who>{PERSON})\s+(?:dans|sur)\s+(?=[A-ZÀ-Þ«\"“])", title)
        if by and len(by.group("who").split()) >= 2 and looks_like_name(by.group("who"), "person") \
                and not re.match(r"(?:Le|La|Les|The|Un|Une|A|An)\s", by.group("who")):  # ("La Neige sur Outremont")
            title = title[by.end():]
        # "Best Supporting Actress in T (1998)": the award's category is not the title
        title = re.sub(r"^Best\s+(?:[A-Z][\w'’-]*\s+)*?(?:in|for)\s+", "", title)
        # "Elle a réalisé les courts métrages T (2012)", "the documentary T": the title after its kind
        kind = re.match(r"^(?:.*[\s'’])?(?:(?:les|le|la|l['’]|des|un|une|ses|son|sa|the|a|an|her|his|their|its)\s+)?"
                        r"(?:" + KINDS + r"[\s-]+)+(?=[A-ZÀ-ÖØ-Þ0-9«\"“])", title)
        kind_owner = None
        if kind and re.search(r"['’]s\s", kind.group(0)):  # "A Name's debut T": A Name's film T
            who = re.search(rf"(?:^|\s)(?P<who>[{UPPER}][\w.-]*(?:\s+(?:{PARTICLE}\s+)*[{UPPER}][\w.-]*){{1,4}})['’]s\s+"
                            r"(?:" + KINDS + r"[\s-]+)+$", kind.group(0))
            if who and looks_like_name(who.group("who"), "person") and fold(who.group("who").split()[0]) not in NOT_NAMES:
                title, kind_owner = title[kind.end():], who.group("who")
        elif kind:
            title = title[kind.end():]
        # "the British-Danish co-production T", "the Danish drama T": the title after what it is
        title = DESCRIBED.sub("", title)

        if re.match(r"^(?:He|She|His|Her|They|Their|It|Its|This|That)\s", title):
            # "Her last film under the Perlas contract was T", "He also co-starred with A in
            # the comedy T": the title is what follows the sentence's last connective
            title = re.split(r"\b(?:was|were|is|in|into|of|on|as|by|with|under|from)\s+(?:the\s+|a\s+|an\s+)?"
                             r"(?:[a-z-]+\s+){0,4}(?=[A-ZÀ-Þ0-9])", title)[-1]
            if re.match(r"^(?:He|She|His|Her|They|Their|It|Its|This|That)\s", title):
                return "", None
        if DOER_DID.match(title):  # "Quennell wrote and directed the short film T (2010)"
            title = re.split(r"\b(?:wrote|directed|produced|made|shot|edited|scored|starred|appeared|played|"
                             r"in|as|with)\s+(?:[a-z-]+\s+){0,6}(?=[A-ZÀ-Þ0-9])", title)[-1]
        # "the César Award for Best Original Screenplay for T (2019)": the film after the prize
        prize = re.match(r"^(?:[A-ZÀ-Þ][\w'’-]*\s+){0,3}(?:Award|Prize|Prix|Medal)\b.*\s(?:for|in|pour)\s+"
                         r"(?P<t>[A-ZÀ-Þ0-9«].*)$", title)
        if prize:
            title = prize.group("t")
        title, owner = _possessed(self.bare_title(title))
        if not title or len(title) > 80 or re.match(r"^(?:and|in|for)$", title, re.I):
            return "", None
        return title, owner or kind_owner

    def _directed_by(self, sent: str, line: int) -> None:
        """'... the film T (1965), directed by A Person': the film and its director."""
        for m in TITLE_YEAR.finditer(sent):
            after = re.match(rf",?\s+directed\s+by\s+{KIN}?(?P<who>{PERSON})", sent[m.end():])
            if not after:
                continue
            title, _ = self._title_of(m)
            who = clean(after.group("who"))
            if title and looks_like_name(who) and len(who.split()) >= 2:
                self.add(Mention("film", title, int(m.group("year"))), "director", Mention("person", who), line)

    def _occupations(self, person: Mention) -> list[str]:
        return [c.object.value.lower() for c in self.ctx.claims if c.prop == "occupation"
                and c.subject == person and isinstance(c.object, Value)]

    def _occupation_role(self, person: Mention) -> str | None:
        """The part a person's stated occupation gives in the films named as theirs."""
        said = self._occupations(person)
        for word, role in OCCUPATION_ROLE:
            if any(word in o for o in said):
                return role
        return None

    def _did(self, person: Mention, role: str, rest: str, line: int) -> None:
        """`role` for the person in each film `rest` lists with its year, and the director
        the list names ('every film directed by A Name since T (1987), including U')."""
        rest = ALT_YEAR.sub(lambda a: f"({a.group('year')})", rest)
        # (another verb ends the list: "photographed T and later directed U (2001)")
        rest = re.split(r"\s+(?:and|but)\s+(?:later\s+|then\s+|also\s+|afterwards\s+)?"
                        r"(?:directed|wrote|starred|appeared|acted)\b", rest)[0]
        d = DIRECTED_BY_IN.search(rest)
        director = clean(d.group("who")) if d else None
        # "since T", "and the Danish-Icelandic co-production T": the title after the words
        rest = re.sub(r"\bsince\s+|\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+(?=[A-ZÀ-Þ0-9«\"“])",
                      ", ", rest)
        if director and not (looks_like_name(director, "person") and len(director.split()) >= 2):
            director = None
        for m in TITLE_YEAR.finditer(rest):
            title, owner = self._owned_title_of(m)
            if not title:
                continue
            film = Mention("film", title, int(m.group("year")))
            self.add(film, role, person, line)
            who = owner or _director_after(rest, m.end(), person) or director
            if who and role != "director":
                self.add(film, "director", Mention("person", who), line)

    def _part(self, person: Mention, rest: str, char: str | None, line: int) -> None:
        """The person's part in the one film `rest` names ('T (1962)'), with the character
        when the words before end on a name ('the embittered foreman Walter Pryce')."""
        m = TITLE_YEAR.match(rest)
        title, owner = self._owned_title_of(m) if m else (None, None)
        if not title:
            return
        char = re.split(r"\s+(?:opposite|alongside|with|for|to)\s", char or "")[0]
        film = Mention("film", title, int(m.group("year")))
        named = re.search(rf"(?:{PERSON})$", clean(char or "")) if char else None
        who = clean(named.group(0)) if named else ""
        words = who.split()
        if words and fold(words[0]) in NOT_NAMES:
            who = " ".join(words[1:])
        quals = (("character", who),) if who and who[:1].isupper() and len(who) >= 3 else ()
        self.add(film, "cast", person, line, quals)
        if owner:
            self.add(film, "director", Mention("person", owner), line)

    def _part_no_year(self, person: Mention, sent: str, line: int) -> None:
        """A part in a film named without its year, the year being the sentence's only one
        ("In 1969 he starred in A Name's T, a folk-horror film")."""
        years = set(re.findall(r"\b(1[89]\d\d|20[0-4]\d)\b", sent))
        if len(years) != 1:
            return
        for m in PART_NO_YEAR.finditer(sent):
            title = m.group("title").strip()
            who = clean(m.group("who") or "")
            owned = bool(who) and looks_like_name(who) and len(who.split()) >= 2 and \
                _kind_of_name(who) == "person" and fold(who.split()[0]) not in NOT_NAMES
            kind = m.group("noun") or m.group("after").startswith(", a")
            if not (owned or kind) or len(title.split()) > 8 or fold(title) in NOT_NAMES or \
                    title in years or re.search(r"\s(?:of|the|a|an|in|on|at|and|to|for|from|with)$", title):
                continue
            film = Mention("film", title, int(next(iter(years))))
            self.add(film, "cast", person, line)
            if owned:
                self.add(film, "director", Mention("person", who), line)
            co = OPPOSITE.match(sent, m.end("title"))
            if co and looks_like_name(clean(co.group("co")), "person") and len(co.group("co").split()) >= 2:
                self.add(film, "cast", Mention("person", clean(co.group("co"))), line)

    def _directs(self, person: Mention) -> bool:
        """Whether the person is known to direct and not to act: a catalogue's note on its
        director, or a life whose stated occupations are a director's."""
        if "director" in self.bio_roles:
            return True
        said = " ".join(self._occupations(person))
        return bool(re.search(r"director|réalisat|filmmaker|cinéaste", said)) and \
            not re.search(r"act(?:or|ress|eur|rice)|comédien", said)

    def _directed_list(self, person: Mention, sent: str, line: int) -> None:
        """The films a sentence lists after a verb of the person's directing: 'Elle a réalisé
        les courts métrages T (2012) et U (2016), ainsi que le documentaire V (2018)', 'A Name
        (Place, 1974) has directed the features T (2008), U (Original, 2013)', 'He made the
        short T (2011) and the feature U (2015)' (this last, and 'Her short films T', 'elle
        débute avec T', only of one known to direct)."""
        cues = list(DIRECTING.finditer(sent))
        if self._directs(person):
            cues += DIRECTOR_CUE.finditer(sent)
        surname = person.name.split()[-1]
        for cue in cues:
            # the verb is the person's: a pronoun or their name opens its clause
            clause = re.split(r"[,;:]|\b(?:et|and|but|mais)\b", re.sub(r"\([^()]*\)", "", sent[:cue.start()]))[-1]
            if clause.strip() and not re.search(rf"\b(?:[Ii]l|[Ee]lle|[Hh]e|[Ss]he|{re.escape(surname)})\b", clause):
                continue
            rest = sent[cue.end():]
            stop = LIST_STOP.search(rest)
            rest = rest[:stop.start()] if stop else rest
            rest = KIND_RUN.sub(", ", ALT_YEAR.sub(lambda a: f"({a.group('year')})", rest))
            end = 0
            for m in TITLE_YEAR.finditer(rest):
                if end and len(re.findall(r"[\w'’-]+", rest[end:m.start("title")])) > 3:
                    break  # (the list has ended: "T (2011), a box-office hit in Nigeria, ...")
                end = m.end()
                title, owner = self._title_of(m)
                if not title or owner or BY_AFTER_YEAR.match(rest, m.end()) or len(title.split()) > 10:
                    continue
                self.add(Mention("film", title, int(m.group("year"))), "director", person, line)

    def _roles_in(self, person: Mention, text: str, line: int, role: str,
                  require_year: bool = True) -> None:
        if role == "cast":  # "She starred in A (1954) before turning to directing with B (1968)"
            turn = _TURNS_TO_DIRECTING.search(text)
            text = text[:turn.start()] if turn else text
        for m in TITLE_YEAR.finditer(text):
            title, owner = self._owned_title_of(m)  # ("starred in A Name's T (1985)")
            if not title:
                continue
            if role == "director" and BY_AFTER_YEAR.match(text, m.end()):
                continue  # "Il écrit aussi T (1976), réalisé par A": A directed it, not the person
            film = Mention("film", title, int(m.group("year")))
            self.add(film, role, person, line)
            if owner:
                self.add(film, "director", Mention("person", owner), line)
            who = _director_after(text, m.end(), person)
            if who:  # "dont T (1951) de Raymond X, U (1957) d'André Y"
                self.add(film, "director", Mention("person", who), line)

    def org_facts(self, org: Mention, sent: str, line: int) -> None:
        for m in ESTABLISHED.finditer(sent):
            self.add(org, "founded", Value("year", m.group("year")), line)
            if m.group("parent"):
                self.add(org, "parent", Mention("organization", clean(m.group("parent"))), line)

    def synopsis(self, sent: str, line: int) -> None:
        """'... the singer, Anna Sample, played by An Actress' in the document's film."""
        film = self.ctx.film or next((c.subject for c in self.ctx.claims if c.evidence.extractor == "billing"
                                      and c.subject.kind == "film"), None)
        if film is None:
            return
        if "(" in sent:  # "Detective Moon Seok-ho (Han Do-kyung)": a character, its actor in the cast
            if self._cast_of[0] != len(self.ctx.claims):
                self._cast_of = (len(self.ctx.claims), {
                    fold(c.object.name): c.object for c in self.ctx.claims
                    if c.prop == "cast" and c.subject == film and isinstance(c.object, Mention)})
            cast = self._cast_of[1]
            if not cast and self.ctx.film is not None:
                self._named_in_brackets(film, sent, line)
            for m in IN_BRACKETS.finditer(sent) if cast else ():
                actor = cast.get(fold(m.group("actor")))
                char = re.search(rf"(?:{PERSON})$", sent[:m.start()].rstrip()) if actor else None
                if char and fold(char.group(0)) != fold(actor.name) and \
                        fold(char.group(0).split()[0]) not in NOT_NAMES:
                    self.add(film, "cast", actor, line, (("character", clean(char.group(0))),))
                    continue
                # "When an English heiress (A Name) arrives": a part the synopsis describes
                part = re.search(r"(?:^|\s)(?:an?|the)\s+(?P<p>(?:[A-Z][a-z]+\s+)?[a-z]+(?:\s+[a-z]+)?)$",
                                 sent[:m.start()].rstrip()) if actor else None
                if part and not re.search(r"\b(?:film|director|actor|actress|role|part|cast|title|who|and|or|of)\b",
                                          part.group("p")):
                    self.add(film, "cast", actor, line, (("character", part.group("p")),))
        for m in re.finditer(r"(?P<char>" + PERSON + r"),?\s+(?:played|portrayed)\s+by\s+(?P<actor>"
                             + PERSON + ")", sent):
            char, actor = clean(m.group("char")), clean(m.group("actor"))
            if looks_like_name(actor) and len(actor.split()) >= 2:
                self.add(film, "cast", Mention("person", actor), line, (("character", char),))

    _HONORIFICS = {"monsieur", "madame", "mademoiselle", "m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr",
                   "docteur", "doctor", "capitan", "captain", "capitaine", "coronel", "colonel", "dona", "don",
                   "quai", "rue", "place", "avenue", "boulevard", "street", "sir", "lady", "lord", "pere", "mere",
                   "maitre", "abbe", "saint", "sainte", "st"}

    def _part_in_brackets(self, film: Mention, sent: str, line: int) -> None:
        """A sentence that says who acts names an actor in brackets after the part it
        describes: 'y interprète la mère d'un jeune couvreur (Lucas Termignon)', 'plays the
        mother of a young roofer (A Name)'."""
        if not ACTING_VERB.search(sent):
            return
        for m in PART_IN_BRACKETS.finditer(sent):
            actor = clean(m.group("actor"))
            if 2 <= len(actor.split()) <= 4 and looks_like_name(actor, "person") and \
                    _kind_of_name(actor) == "person" and fold(actor.split()[0]) not in NOT_NAMES and \
                    not vocab.countries().get(fold(actor)):
                self.add(film, "cast", Mention("person", actor), line)

    def _named_in_brackets(self, film: Mention, sent: str, line: int) -> None:
        """A film note with no cast list names each actor in brackets after the part's first
        name: 'Nives (Lucia Ferrantelli), couturière à Trieste, attend ... Bruno (Aldo Merisi)'.
        Only in a note whose film has its director, and never the director."""
        crew = {fold(c.object.name) for c in self.ctx.claims if c.subject == film and
                isinstance(c.object, Mention) and c.prop != "cast"}
        if not any(c.subject == film and c.prop == "director" for c in self.ctx.claims):
            return
        for m in re.finditer(r"(?:^|[\s,;:])(?P<char>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)\s+\((?P<actor>"
                             + PERSON + r")\)", sent):
            actor, char = clean(m.group("actor")), m.group("char")
            before = sent[:m.start("char")].rstrip(" ,;:")
            if re.search(r"[A-ZÀ-Þ][\w'’.-]*$", before) or fold(actor.split()[0]) in NOT_NAMES or fold(actor.split()[0]) in self._HONORIFICS:
                continue  # "Madeleine Corbière (Yvonne Le Goff)": the actor, then the part
            if 2 <= len(actor.split()) <= 4 and looks_like_name(actor, "person") and \
                    _kind_of_name(actor) == "person" and fold(actor) not in crew and \
                    fold(char) not in NOT_NAMES and not vocab.countries().get(fold(char)) and \
                    fold(char) not in {fold(w) for w in actor.split()}:
                self.add(film, "cast", Mention("person", actor), line, (("character", char),))

    # ------------------------------------------------------------ descriptions
    def _nationality(self, subject: Mention, text: str, line: int) -> None:
        """English capitalises nationalities (American-French); French does not (franco-belge)."""
        pattern = r"\b[A-Z][a-zé]+(?:-[A-Z][a-zé]+)*\b" if text != text.lower() else \
            r"\b[a-zéèç]+(?:-[a-zéèç]+)+\b|\b(?:français|française|américain|américaine|belge|" \
            r"suisse|canadien|canadienne|italien|italienne|allemand|allemande|britannique|" \
            r"espagnol|espagnole|québécois|québécoise)\b"
        words = re.findall(pattern, text)
        if text == text.lower():  # "un film portugais", "une comédie néerlandaise" (not "en langue portugaise")
            words += [w for w in re.findall(r"(?<!langue\s)(?<!en\s)\b[a-zéèçë]{4,}\b", text)
                      if w not in words and vocab.countries().get(fold(w))]
        for word in words:
            for part in word.split("-"):
                hit = vocab.countries().get(fold(part))
                if hit:
                    self.add(subject, "country", Value("country", hit[1], hit[0]), line)

    def _film_kind(self, film: Mention, text: str, line: int) -> None:
        low = text.lower()
        if re.search(r"\bshort\b", low):
            self.add(film, "kind", Value("text", "short"), line)
        if re.search(r"\bdocumentary\b", low):
            self.add(film, "kind", Value("text", "documentary"), line)
        if re.search(r"\btelevision film\b|\btv film\b|\bmade-for-television\b", low):
            self.add(film, "kind", Value("text", "tv film"), line)

    def _person_desc(self, person: Mention, text: str, line: int, g: Grammar = EN) -> None:
        life = LIFE.search(text)
        span = life_span(text)
        if span:
            for prop, d in span:
                self.add(person, prop, Value(*d), line)
        elif life:
            if life.group("born"):
                d = parse_date(life.group("born"))
                if d:
                    self.add(person, "birth_date", Value(*d), line)
            else:
                self.add(person, "birth_date", Value("year", life.group("b")), line)
                self.add(person, "death_date", Value("year", life.group("d")), line)
        if g is FR:
            for pattern, prop in ((fr.BORN, "birth_date"), (fr.DIED, "death_date")):
                m = pattern.search(text)
                d = parse_date(m.group("date")) if m else None
                if d and (d[0] == "year" or valid_date(d[1])):
                    self.add(person, prop, Value(*d), line)
        low = text.lower()
        words = g.occupations
        for o in words:
            if o in low and _word(o).search(low) and not any(
                    o != x and o in x and x in low and _word(x).search(low) for x in words):
                self.add(person, "occupation", Value("text", words[o]), line)
        if g is FR:  # "une actrice française", "un réalisateur franco-belge"
            nat = _NATIONALITY_AFTER.search(low)
        else:
            nat = _NATIONALITY_BEFORE.search(text)
        if nat:
            for part in nat.group("nat").split("-"):
                hit = vocab.countries().get(fold(part))
                if hit:
                    self.add(person, "nationality", Value("country", hit[1], hit[0]), line)

    # ------------------------------------------------------------ French facts
    def film_facts_fr(self, film: Mention, sent: str, line: int) -> None:
        self.money(film, sent, line)
        # 'le Zespół Filmowy « Wisła »': the quoted word is part of the body's name
        sent = re.sub(rf"(\b[{UPPER}][\w-]{{1,20}}\s)«\s*([{UPPER}][^»]{{0,30}}?)\s*»", r"\1\2", sent)
        self._part_in_brackets(film, sent, line)
        lowered = sent[:1].lower() + sent[1:]  # "Réalisé par X, le film ..."
        cowriters: set[str] = set()
        for m in fr.VERB_RUN.finditer(lowered):
            verbs = m.group("verbs")
            other = re.search(r"(?:\b(?:du|des|de|le|la|les)\s+|\b[dl]['’])(?P<t>[A-ZÀ-Þ][^,.;:()«»]{1,60}?),\s*$",
                              lowered[:m.start()])
            if other and not re.search(r"\s(?:est|était|fut|a|avait|sort|sortie?|[a-zà-ÿ]+é)\s", other.group("t")) \
                    and _bare_fold(other.group("t")) != _bare_fold(film.name):
                continue  # "il signe le scénario du Testament de X, réalisé par A": that film's
            roles = [r for v, r in fr.VERBS.items() if re.search(rf"\b{v}", verbs)]
            # ("Produit par Les Films Boréal": a body keeps its capital article)
            # ("Réalisé par A, Le Pont des Ardoisiers est un drame": the film is no second name)
            self._credit(film, [n for n in _names(m.group("list"), french=True, bodies="produit" in verbs)
                                if _bare_fold(n) != _bare_fold(film.name)], roles, line)
            w = re.match(rf"\s+avec\s+(?P<list>{fr.LIST})", lowered[m.end():])
            if w and "screenwriter" in roles:  # "coécrit et réalisé par A avec B": B co-wrote
                for n in _names(w.group("list"), french=True):
                    cowriters.add(n)
                    self.add(film, "screenwriter", Mention("person", self.full_name(n)), line)
        for m in fr.PART_PLAYED_BY.finditer(sent):  # "Karim, un jeune ouvrier joué par A"
            char, actor = clean(m.group("char")), clean(m.group("actor"))
            if _bare_fold(char) != _bare_fold(film.name) and looks_like_name(actor) and len(actor.split()) >= 2 \
                    and _kind_of_name(actor) == "person" and fold(char.split()[0]) not in fr.NOT_PARTS:
                self.add(film, "cast", Mention("person", actor), line, (("character", char),))
        for m in fr.WRITTEN_BY_DIRECTOR_WITH.finditer(sent):  # "Écrit par la réalisatrice avec B"
            for n in _names(m.group("list"), french=True):
                cowriters.add(n)
                self.add(film, "screenwriter", Mention("person", self.full_name(n)), line)
        for pattern in (fr.PRODUCED_FOR, fr.PRODUCER_COMPANY):  # "produit par A pour Les Films X"
            for m in pattern.finditer(sent):
                for n in _names(m.group("list"), french=True, bodies=True):
                    if pattern is fr.PRODUCED_FOR or _kind_of_name(n) == "organization":
                        self.add(film, "production_company", Mention("organization", n), line)
        for m in fr.COWRITTEN_WITH.finditer(sent):  # "Le scénario est coécrit avec X"
            for n in _names(m.group("list"), french=True):
                self.add(film, "screenwriter", Mention("person", self.full_name(n)), line)
            for d in {c.object.name for c in self.ctx.claims if c.subject is film and c.prop == "director"}:
                self.add(film, "screenwriter", Mention("person", d), line)  # and the director
        if fr.BY_THE_DIRECTOR.search(sent):  # "Le scénario est coécrit par la réalisatrice et B"
            for d in {c.object.name for c in self.ctx.claims if c.subject is film and c.prop == "director"}:
                self.add(film, "screenwriter", Mention("person", d), line)
        for pattern in (fr.SCREENPLAY_BY, fr.ON_SCRIPT):
            for m in pattern.finditer(sent):
                for n in _names(m.group("list"), french=True):
                    self.add(film, "screenwriter", Mention("person", self.full_name(n)), line)
        for m in fr.DISTRIBUTED_BY.finditer(sent):
            for n in _names(m.group("list"), french=True, bodies=True):
                if _kind_of_name(n) == "organization" or len(n.split()) == 1 and n[:1].isupper():
                    self.add(film, "distributor", Mention("organization", n), line)
        for m in fr.STARS_OF_IT.finditer(sent):
            for n in _names(m.group("list") or m.group("list2") or m.group("list3"), french=True):
                if looks_like_name(n) and len(n.split()) >= 2 and _kind_of_name(n) == "person":
                    self.add(film, "cast", Mention("person", n), line)
        plays = False
        for m in fr.PLAYS_IN_IT.finditer(sent):
            plays = True
            n = self.full_name(clean(m.group("list") or m.group("list2")))  # "Daurignac y interprète"
            char = clean(m.group("char") or "") or None
            if looks_like_name(n) and len(n.split()) >= 2 and _kind_of_name(n) == "person":
                self.add(film, "cast", Mention("person", n), line, (("character", char),) if char else ())
        if plays:  # "A y interprète un inspecteur, face à B et C"
            for m in fr.OPPOSITE.finditer(sent):
                for actor, char in cast_items(sent[m.end():], french=True):
                    if len(actor.split()) >= 2:  # ("face à A dans le rôle de son patron, Tito")
                        self.add(film, "cast", Mention("person", actor), line,
                                 (("character", char),) if char else ())
        for m in fr.PHOTOGRAPHY.finditer(sent):
            for n in _names(m.group("list"), french=True):
                if _kind_of_name(n) == "person":
                    self.add(film, "cinematographer", Mention("person", self.full_name(n)), line)
        for m in fr.AND_CRAFT.finditer(sent):
            key = label_key(m.group("role"))
            who = self.full_name(clean(m.group("list")))
            if key and _kind_of_name(who) == "person" and len(who.split()) >= 2:
                self.add(film, key, Mention("person", who), line)
        for m in fr.STAGES.finditer(sent):
            for actor, char in cast_items(sent[m.end():], french=True):
                self.add(film, "cast", Mention("person", actor), line,
                         (("character", char),) if char else ())
        for pattern in (fr.IN_LANGUAGE, fr.SHOT_IN):
            for m in pattern.finditer(sent):
                for g in ("lang", "lang2"):
                    if g in m.re.groupindex and m.group(g):
                        self._language(film, m.group(g), line)
        for m in fr.ADAPTED.finditer(sent):  # "Tsukioka a adapté lui-même un roman"
            for n in _names(m.group("list"), french=True):
                if _kind_of_name(n) == "person":
                    self.add(film, "screenwriter", Mention("person", self.full_name(n)), line)
        for m in fr.FILM_BY.finditer(lowered):  # "une comédie française de X" ("Comédie française de X (1957).")
            if fr.FESTIVAL_OF.search(sent[:m.start("list")]):
                continue  # "au Festival du film de Port-Example": a place, no director
            for n in _names(m.group("list"), french=True):
                n = self.full_name(n)  # "le premier long métrage de Thériault"
                if _kind_of_name(n) == "person":
                    self.add(film, "director", Mention("person", n), line)
        for m in fr.CAST_START.finditer(sent):
            for actor, char in cast_items(sent[m.end():], french=True):
                if actor in cowriters:
                    continue
                self.add(film, "cast", Mention("person", actor), line,
                         (("character", char),) if char else ())
        for m in fr.MUSIC.finditer(lowered):
            for n in _names(m.group("list"), french=True):
                self.add(film, "composer", Mention("person", n), line)
        for m in fr.BASED_ON.finditer(sent):
            title = clean(m.group("title") or "").strip("«»\"“” ")
            if title:
                work = Mention("work", title, local=f"{NAME}:{line}:work")
                self.add(film, "based_on", work, line)
                for n in _names(m.group("list"), french=True):
                    self.add(work, "author", Mention("person", n), line)
        for m in fr.RELEASED.finditer(sent):
            d = parse_date(m.group("date"))
            if d and (d[0] == "year" or valid_date(d[1])):
                self.add(film, "date", Value(*d), line)
        for m in fr.DURATION.finditer(sent):
            minutes = m.group("min") or str(int(m.group("h")) * 60 + int(m.group("m") or 0))
            self.add(film, "duration", Value("minutes", minutes), line)
        self.labelled_segments(film, sent, line)

    def _language(self, film: Mention, word: str, line: int) -> None:
        """'bretonne', 'corse', 'Breton': a language by its name or adjective."""
        hit = vocab.language(word)
        if hit:
            self.add(film, "language", Value("language", hit[1], hit[0]), line)

    def labelled_segments(self, film: Mention, sent: str, line: int) -> None:
        """Credits a sentence lists as labels: "Image : A ; montage : B ; musique originale
        d'C" (a French lead's technical credits)."""
        if sent.count(":") < 1 or ";" not in sent:
            return
        for seg in re.split(r"\s*;\s*", sent.rstrip(". ")):
            m = re.match(r"^\s*(?P<label>[^\W\d_][\w' ’-]{1,30}?)\s*:\s*(?P<value>[^:]+)$", seg) or \
                re.match(r"^\s*(?P<label>musique(?:\s+originale)?|image|montage|décors|scénario)\s+"
                         r"(?:de|d['’])\s*(?P<value>[A-ZÀ-Þ][^:]*)$", seg, re.I)
            if not m:
                continue
            key = label_key(m.group("label"))
            if key in vocab.roles():
                add_labelled(self.ctx, film, key, m.group("value"), line, NAME)

    def _assisted(self, person: Mention, sent: str, line: int) -> str:
        """'Assistant de A sur T (1963)', 'assistant director to A on T (1963)': A directed T,
        the person assisted; the sentence without those words, so that a verb after them
        ('il réalise ...') does not take T for the person's own film."""
        for m in ASSISTED.finditer(sent):
            who, title = self.full_name(clean(m.group("who"))), clean(m.group("title")).strip("«»\"“” ")
            if not (looks_like_name(who) and len(who.split()) >= 2 and _kind_of_name(who) == "person") \
                    or _same_person(who, person.name) or not title:
                continue
            film = Mention("film", title, int(m.group("year")))
            self.add(film, "date", Value("year", m.group("year")), line)
            self.add(film, "director", Mention("person", who), line)
            said = " ".join(self._occupations(person))
            if not said or re.search(r"director|réalisat|cinéaste|filmmaker", said):
                self.add(film, "assistant_director", person, line)  # (a cinematographer assists another)
            sent = sent[:m.start()] + " " * (m.end() - m.start()) + sent[m.end():]
        return sent

    def _actor(self, person: Mention) -> bool:
        """Whether the person is an actor and no director: stated, or an obituary's
        headline or standfirst says so ("l'acteur est mort vendredi")."""
        said = " ".join(self._occupations(person))
        if said:
            return bool(re.search(r"act(?:or|ress|eur|rice)|comédien", said)) and \
                not re.search(r"director|réalisat|cinéaste|filmmaker", said)
        who = obituary_person(self.ctx)
        return who is not None and fold(who) == fold(person.name) and _life_part(self.ctx, who) == "cast"

    def _parts_fr(self, person: Mention, sent: str, line: int) -> None:
        """An actor's films in a sentence of their life: "X lui confie un petit rôle dans T",
        "Y en fait le contrebandier Lucien de T (1965)", "il est le commissaire Bastide du T
        (1974), de Z", "on le voit chez W dans T (1995)", "il partage l'affiche d'T, de Z,
        avec B" (not the stage's or television's: "Au théâtre, il est Alceste dans T")."""
        if fr.PART_NOT_FILM.search(sent) and not re.search(r"\(\d{4}\)", sent):
            return
        for m in fr.PART_FILM.finditer(sent):
            title = clean(m.group("title")).strip("«»\"“” ")
            year = m.group("year")
            by = fr.PART_BY.match(sent, m.end())
            before = sent[:m.start()]
            clause = re.split(r"[.;:]\s|,\s+(?:puis|et)\s", before)[-1]
            run = re.search(r"(?:^|\s)((?:[A-ZÀ-Þ][\w'’-]*\s+)+)$", before)
            if run and (re.search(r"(?:^|\s)(?:Le|La|Les|L['’]|Un|Une|The)\b", run.group(1)) or
                        re.search(r"\b(?:au|aux|du|des)\s*$", before[:run.start(1)]) or
                        not re.search(r"[a-zà-ÿ]\s+$", before[:run.start(1)])):
                # a title's own "de": "Le Passeur de Chalonnes (1996)", "au Pont des Arches",
                # ", Rue des Trois-Frères (1981)" (not "le contrebandier Lucien de T")
                continue
            if not year:
                dated = list(re.finditer(r"\b[Ee]n\s+((?:1[89]|20)\d\d)\b", before))
                if not dated or not (by and m.group("prep") != "dans" or m.group("prep") == "dans" and (
                        fr.PART_CHEZ.search(before) or fr.PART_MAKES.search(clause))):
                    continue
                year = dated[-1].group(1)
            if fr.PART_NOT_FILM.search(clause[-60:]) or not title or len(title.split()) > 10 or \
                    _same_person(title, person.name) or fold(title) in NOT_NAMES:
                continue
            article = {"du": "Le ", "des": "Les "}.get(fold(m.group("prep")), "")
            film = Mention("film", article + title, int(year))
            char = fr.PART_CHAR.search(before) if m.group("prep") != "dans" else None
            named = list(fr.PART_NAMED.finditer(clause))
            char = clean(char.group("char")) if char else clean(named[-1].group("char")) if named else None
            if char and (_same_person(char, person.name) or fold(char) in NOT_NAMES):
                char = None
            self.add(film, "cast", person, line, (("character", char),) if char else ())
            self.add(film, "date", Value("year", year), line)
            who = by.group("who") if by else None
            for pattern in (fr.PART_CHEZ, fr.PART_MAKES):
                w = pattern.search(clause if pattern is fr.PART_MAKES else before)
                who = who or (w.group("who") if w else None)
            if who and looks_like_name(clean(who), "person") and len(who.split()) >= 2 \
                    and not _same_person(clean(who), person.name):
                self.add(film, "director", Mention("person", clean(who)), line)
            rest = sent[by.end():] if by else sent[m.end():]
            w = fr.PART_WITH.match(rest)
            if w and looks_like_name(clean(w.group("who")), "person") and len(w.group("who").split()) >= 2:
                self.add(film, "cast", Mention("person", clean(w.group("who"))), line)

    def person_facts_fr(self, person: Mention, sent: str, line: int) -> None:
        self.births(person, sent, line)
        for pattern in (fr.KNOWN_FOR, fr.PLAYED_IN):
            for m in pattern.finditer(sent):
                rest = m.group("rest") if "rest2" not in pattern.groupindex else \
                    m.group("rest") or m.group("rest2")
                self._roles_in(person, rest, line, "cast")
        for m in fr.ROLE_IN.finditer(sent):
            self._part(person, m.group("rest") or m.group("rest2"), m.group("char") or
                       (m.group("char2") or "").split(",")[-1], line)
        for m in fr.DIRECTS_HER.finditer(sent):
            who = clean(m.group("who"))
            if looks_like_name(who, "person") and len(who.split()) >= 2 and not _same_person(who, person.name):
                self._roles_in(person, m.group("rest"), line, "cast")
                self._roles_in(Mention("person", who), m.group("rest"), line, "director")
        if self._actor(person):
            self._parts_fr(person, sent, line)
        for m in fr.WEDS.finditer(sent):
            who = clean(m.group("who") or m.group("who2"))
            if m.group("named") and not _same_person(clean(m.group("named")), person.name):
                continue  # (another person's marriage)
            if looks_like_name(who) and len(who.split()) >= 2:
                self.add(person, "spouse", Mention("person", who), line)
        for m in fr.WEDDED.finditer(sent):
            who = clean(m.group("who"))
            if looks_like_name(who, "person") and len(who.split()) >= 2 and not _same_person(who, person.name):
                self.add(person, "spouse", Mention("person", who), line)
        for m in fr.MARRIED.finditer(sent):
            found = re.findall(fr.PERSON, m.group("who"))
            if found:
                who = clean(found[-1])
                if looks_like_name(who) and len(who.split()) >= 2:
                    self.add(person, "spouse", Mention("person", who), line)
        if re.search(r"\b(?:réalisé|réalise|a\s+réalisé)\b", sent):
            self._roles_in(person, sent, line, "director")
        self._directed_list(person, sent, line)
        for m in fr.FIRST_FILM.finditer(sent):
            title = clean(m.group("title")).strip("«»\"“” ")
            year = m.group("year") or m.group("year2") or m.group("year3")
            if not title or re.match(r"^(?:en|à|au|avec|puis|qui|dont|pour)\b", title, re.I):
                continue
            film = Mention("film", title, int(year) if year else None)
            self.add(film, "director", person, line)
            if year:
                self.add(film, "date", Value("year", year), line)
            kind = fold(m.group("kind2") or m.group("kind"))
            if "court" in kind or "documentaire" in kind:
                self.add(film, "kind", Value("text", "short" if "court" in kind else "documentary"), line)
            w = re.match(rf"\s*,\s*avec\s+(?P<list>{fr.LIST})", sent[m.end():])
            if w:  # "..., en 1958, avec A et B": who plays in it
                for n in _names(w.group("list"), french=True):
                    if looks_like_name(n) and len(n.split()) >= 2 and _kind_of_name(n) == "person":
                        self.add(film, "cast", Mention("person", n), line)
        turns = list(fr.DIRECTOR_TURNS.finditer(sent))  # "Il tourne ensuite T (1963) et U (1971)"
        occupations = " ".join(self._occupations(person)) if turns else ""
        if re.search(r"director|réalisat", occupations) and \
                not re.search(r"act(?:or|ress|eur|rice)|comédien", occupations):
            for m in turns:
                self._roles_in(person, m.group("rest"), line, "director")
                if fr.WROTE_THEM.search(m.group("rest")):  # ", dont il signe aussi les scénarios"
                    self._roles_in(person, m.group("rest"), line, "screenwriter")
        for m in fr.BOTH_BY.finditer(sent):  # "A (2003) et B (2010), tous deux réalisés par X"
            who = self.full_name(clean(m.group("who")))
            if looks_like_name(who) and len(who.split()) >= 2 and _kind_of_name(who) == "person":
                start = max(sent.rfind(";", 0, m.start()), sent.rfind(". ", 0, m.start()), 0)
                listed = sent[start:m.start()]
                # the list starts after the words that lead to it ("connue pour ses rôles dans")
                lead = list(re.finditer(r"\b(?:dans|sur|pour|avec|notamment|comme)\s+(?=[A-ZÀ-Þ«\"“])",
                                        listed[:max(listed.find("("), 0)]))
                if lead:
                    listed = listed[lead[-1].end():]
                for t in TITLE_YEAR.finditer(" " + listed + " "):
                    title, _ = self._title_of(t)
                    if title:
                        self.add(Mention("film", title, int(t.group("year"))), "director",
                                 Mention("person", who), line)
        for m in fr.DID_FOR.finditer(sent):
            role = next(k for k in ("composer", "cinematographer", "editor", "screenwriter") if m.group(k))
            rest = m.group("rest")
            swallowed = re.search(r"\b(des|du|aux|au)\s*$", m.group(role))
            if swallowed:  # "les scénarios des Dimanches de Mâcon": the article is the title's
                rest = f"{swallowed.group(1)} {rest.lstrip()}"
            for pattern, article in fr.CONTRACTED:
                rest = pattern.sub(f", {article} ", rest)
            # "de T (1984) de A, de U (1992) d'B": the titles after their "de"; "à U", "ainsi qu'U"
            # ("à" after a film's year only: "Nuit blanche à Bamako (2015)" keeps its "à")
            rest = re.sub(r"(?:^|,|\bet)\s*(?:de|d['’])\s*(?=[A-ZÀ-Þ0-9«\"“])|(?:(?<=[)»])|(?<=[)»],))\s*à\s*(?=[A-ZÀ-Þ0-9«\"“])|\s(?:puis|ainsi\s+que?['’]?)\s*"
                          r"(?=[A-ZÀ-Þ0-9«\"“])", ", ", rest)
            self._did(person, role, rest, line)
            whose = fr.FOR_WHOM.search(sent[:m.start()])
            if whose:  # "Pour A, B compose la musique des T (1969), ...": A directed them
                who = self.full_name(clean(whose.group("who")))
                if looks_like_name(who, "person") and len(who.split()) >= 2 and not _same_person(who, person.name):
                    self._roles_in(Mention("person", who), rest, line, "director")
            if m.group("cowriter"):  # "coécrit avec A les scénarios de T (1974)": A wrote them too
                co = Mention("person", self.full_name(clean(m.group("cowriter"))))
                if looks_like_name(co.name) and len(co.name.split()) >= 2:
                    self._did(co, role, rest, line)


# a dictionary's notice heading: "SURNAME (Forename)", "SURNAME (Forename), née Birth Name"
# a filmography run on in one sentence: "Filmographie : 1996 T (A Name) ; 1999 U (id.)"
LISTED_FILMS = rx.compile(r"^(?:Filmographie|Filmography|Films)(?:\s+\([^()]{1,30}\))?\s*:\s*(?P<rest>(?:1[89]|20)\d\d\s.*;.*|"
                          r"[^;()]{2,100}\((?:[^();]*,\s*)?(?:1[89]|20)\d\d\)\s*;.*|"
                          # (or by commas, a kind after the year: "T (1963, cm), U (1966), V (1970).")
                          r"[^;()]{2,100}\((?:1[89]|20)\d\d(?:,\s*[^();]{1,20})?\)\s*,\s*[^;]*\)\.?)$", re.I)
# the same, each title before its year, after what kind of film it is: "T (CM, DOC, 1959) ; U (1964)"
TITLED_FILM = rx.compile(r"(?P<title>[^()]{1,100}?)\s*\((?P<kinds>(?:[^(),]{1,20},\s*)*)(?P<year>(?:1[89]|20)\d\d)"
                         r"(?:,\s*(?P<after>[^(),]{1,20}))?\)")
LISTED_FILM = rx.compile(r"(?P<year>(?:1[89]|20)\d\d)\s+(?P<title>[^()]{1,100}?)(?:\s*\((?P<who>[^()]{2,60})\))?")
# what a notice says first: "Actrice française.", "Née le 3 mai 1940 à Lyon" (not "INGRID
# EXAMPLE (Maren)" / "Born in Tromsø in 1971, Ingrid Example is ...": an actor and the part)
NOTICE_START = rx.compile(r"^(?:(?:Née?|Born)\s+(?:le\s+|on\s+)?\d|(?:Actrice|Acteur|Comédienne|Comédien|Réalisatrice|"
                          r"Réalisateur|Cinéaste|Scénariste|Productrice|Producteur|Compositrice|Compositeur|"
                          r"Directrice|Directeur|Monteuse|Monteur|Actress|Actor|Director|Filmmaker|Screenwriter|"
                          r"Producer|Composer|Cinematographer|Editor)\b[^.]{0,60}\.)")
NOTICE_FRAGMENT = rx.compile(r"^(?:Née?|Morte?|Born|Died)\s")
DICTIONARY_HEAD = rx.compile(r"^(?P<last>[A-ZÀ-Þ][A-ZÀ-Þ'’ -]*[A-ZÀ-Þ])\s+\((?P<first>[A-ZÀ-Þ][\w'’ -]{1,40})\)"
                             r"(?:\s*,\s*(?:née?|born)\s+(?P<born>[A-ZÀ-Þ][\w'’ -]{2,60}))?\s*$")
# a notice run on in its paragraph: "SURNAME (Forename), cinéaste français (Place, 12 avril
# 1932 – Place, 3 mars 2004). Fils d'un ..."; the occupation says what the person is
DICTIONARY_INLINE = rx.compile(r"^(?P<last>[A-ZÀ-Þ][A-ZÀ-Þ'’ -]*[A-ZÀ-Þ])\s+\((?P<first>[A-ZÀ-Þ][\w'’ -]{1,40})\)\s*,\s+"
                               r"(?P<desc>[^().]{0,80}?\b" + _OCCUPATION + r"(?:[^().]|\([^()]{0,40}\)(?!\s*[.;])){0,120}"
                               r"(?:\([^()]{0,120}\))?)[.;]")  # ("né à Sétif (Algérie) le 8 octobre 1955.")
BYLINE = rx.compile(r"^(?:By|Par)\s", re.I)  # an article's author ("Par A Name"), no heading


# a related article's line: "• T — drame de A Name (2011), avec B, C et D", "• T — film de A
# sorti le 4 novembre 2015, avec B ; musique de C ; 1 h 38", "• T — a 2004 drama by A, starring B"
SEE_ALSO = rx.compile(r"^\s*[•*·]\s*(?P<t>[^—–•]{2,80}?)\s+[—–]\s+(?P<d>.+)$")
SEE_ALSO_KIND = rx.compile(r"^(?:(?:an?|the)\s+)?(?:(?P<y1>(?:1[89]|20)\d\d)\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?P<kind>film|long[- ]métrage|court[- ]métrage|documentaire|drame|comédie|thriller|"
                           r"western|mélodrame|polar|movie|drama|comedy|documentary|short|feature)s?\b"
                           r"(?:\s+[\w-]+){0,3}?\s+(?:de|d['’]|by)\s*(?P<who>" + PERSON + r")"
                           r"(?:\s*\((?P<y2>(?:1[89]|20)\d\d)\))?")
SEE_ALSO_ON = rx.compile(r"\b(?:sorti|released)\s+(?:le\s+|on\s+)?(?P<date>\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}|"
                         r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
# a navigation box: "Films de A Name" / "Longs métrages<TAB>T (2006) · U (2011) · V (2020, documentaire)"
NAVBOX_HEAD = rx.compile(r"^(?:Films?\s+(?:de|d['’])\s*|Films?\s+directed\s+by\s+)(?P<who>" + PERSON + r")\s*$")
NAVBOX_ITEM = rx.compile(r"^(?P<t>[^()]{1,100}?)\s*\((?P<y>(?:1[89]|20)\d\d)(?:,\s*(?P<k>[^()]{1,30}))?\)$")


def _see_also(ctx: Context) -> None:
    """Related articles, one film a line: its director, year, cast, composer, producer."""
    for n, text in enumerate(ctx.doc.lines, 1):
        m = SEE_ALSO.match(text)
        k = SEE_ALSO_KIND.match(m.group("d")) if m else None
        who = clean(k.group("who")) if k else ""
        if not k or not (2 <= len(who.split()) <= 4 and looks_like_name(who, "person")) or \
                _kind_of_name(who) != "person":
            continue
        year = k.group("y1") or k.group("y2")
        on = SEE_ALSO_ON.search(m.group("d"))
        d = parse_date(on.group("date")) if on else None
        year = year or (d[1][:4] if d else None)
        film = Mention("film", clean(m.group("t")), int(year) if year else None, local=f"{NAME}:{n}")
        ctx.add(film, "director", Mention("person", who), n, NAME)
        if d and d[0] != "year" and valid_date(d[1]):
            ctx.add(film, "date", Value(*d), n, NAME)
        elif year:
            ctx.add(film, "date", Value("year", year), n, NAME)
        if fold(k.group("kind")) in ("documentaire", "documentary"):
            ctx.add(film, "kind", Value("text", "documentary"), n, NAME)
        rest = m.group("d")[k.end():]
        for part in re.split(r"\s*;\s*", rest):
            avec = re.search(r"(?:^|,\s*|\s)(?:avec|with|starring)\s+(?P<list>.+)$", part)
            if avec:
                for a in _names(avec.group("list"), french=ctx.french):
                    if 2 <= len(a.split()) <= 4 and looks_like_name(a, "person") and _kind_of_name(a) == "person":
                        ctx.add(film, "cast", Mention("person", a), n, NAME)
            music = re.match(r"^(?:musique\s+(?:de|d['’])\s*|music\s+by\s+)(?P<who>" + PERSON + r")", part)
            if music:
                ctx.add(film, "composer", Mention("person", clean(music.group("who"))), n, NAME)
            by = re.search(r"\b(?:produit\s+par|produced\s+by)\s+(?P<who>.+?)\.?$", part)
            if by:
                for b in _names(by.group("who"), french=ctx.french, bodies=True):
                    kind = "organization" if _kind_of_name(b) != "person" else "person"
                    ctx.add(film, "production_company" if kind == "organization" else "producer",
                            Mention(kind, b), n, NAME)
            rt = re.search(r"\b\d\s*h\s*\d\d\b|\b\d{2,3}\s*(?:min|minutes)\b", part)
            minutes = parse_minutes(rt.group(0)) if rt else None
            if minutes:  # "; 1 h 38"
                ctx.add(film, "duration", Value("minutes", minutes), n, NAME)


def _navbox(ctx: Context) -> None:
    """A navigation box of a director's films: each film that person's, with its year."""
    lines = ctx.doc.lines
    for i, text in enumerate(lines):
        head = NAVBOX_HEAD.match(text.strip())
        who = clean(head.group("who")) if head else ""
        if not head or not (2 <= len(who.split()) <= 4 and looks_like_name(who, "person")):
            continue
        for n in range(i + 2, min(len(lines), i + 8) + 1):
            row = lines[n - 1]
            if "\t" not in row or not NAVBOX_ITEM.match(re.split(r"\s+·\s+", row.split("\t", 1)[1].strip())[0]):
                break
            label, items = row.split("\t", 1)
            short = re.search(r"\bcourts?[- ]m[ée]trages?\b|\bshorts?\b", label, re.I)
            for item in re.split(r"\s+·\s+", items.strip()):
                m = NAVBOX_ITEM.match(item.strip())
                if not m:
                    continue
                film = Mention("film", clean(m.group("t")), int(m.group("y")))
                ctx.add(film, "director", Mention("person", who), n, NAME)
                ctx.add(film, "date", Value("year", m.group("y")), n, NAME)
                said = fold(m.group("k") or "")
                if short:
                    ctx.add(film, "kind", Value("text", "short"), n, NAME)
                if said in ("documentaire", "documentary", "doc"):
                    ctx.add(film, "kind", Value("text", "documentary"), n, NAME)


def read(ctx: Context) -> None:
    _dates_box(ctx)
    _see_also(ctx)
    _navbox(ctx)
    _life_footer(ctx)
    _died_aged(ctx)
    _obituary_films(ctx)
    _quoted_by(ctx)
    _wedded_pairs(ctx)
    _quiz_answers(ctx)
    _members(ctx)
    _director_index(ctx)
    r = _Reader(ctx)
    in_block = False
    paras = paragraphs(ctx)
    for k, para in enumerate(paras):
        if r.header(para):
            in_block = True
            continue
        # "JANE EXAMPLE – Writer / Director": the name before a dash
        # or the name with its role on the next line ("JANE EXAMPLE\nDirector and writer")
        rows = [ctx.doc.lines[n - 1].strip() for n in sorted(set(para.where))]
        dated = len(rows) == 2 and bool(DATELINE.search(rows[1]))  # a byline: "A Name" / "Thursday 18 August 2022"
        if len(rows) == 2 and len(rows[1]) <= 60 and not re.search(r"[.,;:]\s*$", rows[1]):
            rows = rows[:1]
        head = re.split(r"\s+[–—]\s+", rows[0], maxsplit=1)[0]
        entry = DICTIONARY_HEAD.match(rows[0]) if len(rows) == 1 else None
        if entry and k + 1 < len(paras) and NOTICE_START.match(paras[k + 1].text) and looks_like_name(f"{entry.group('first')} {name_case(entry.group('last'))}"):
            # a dictionary's notice: "AUBRY-VASSEUR (Clémence)", "LAVALLIÈRE (Ginette), née
            # Georgette Lambusier": the paragraphs under it are about that person
            r.subject = Mention("person", f"{clean(entry.group('first'))} {name_case(clean(entry.group('last')))}",
                                local=f"{NAME}:{para.line(0)}")
            r.notice = r.subject
            if entry.group("born"):
                r.add(r.subject, "alias", Mention("person", clean(entry.group("born"))), para.line(0))
            in_block = True
            continue
        inline = DICTIONARY_INLINE.match(para.text)
        if inline and looks_like_name(f"{inline.group('first')} {name_case(inline.group('last'))}", "person"):
            # a dictionary's notice on one paragraph: its heading, what the person is, then
            # the life, told of "il" / "elle" and in the person's surname
            r.subject = Mention("person", f"{clean(inline.group('first'))} {name_case(clean(inline.group('last')))}",
                                local=f"{NAME}:{para.line(0)}")
            r.notice = r.subject
            r._person_desc(r.subject, inline.group("desc"), para.line(0), FR if is_french(para.text) else EN)
            for prop, d in _placed_span(inline.group("desc")):
                r.add(r.subject, prop, Value(*d), para.line(0))
            r.paragraph(para, True)
            in_block = True
            continue
        named = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<paren>[^()]{2,60})\)", rows[0]) if len(rows) == 1 else None
        if named and named.group("name").isupper() and name_heading(named.group("name")) and k + 1 < len(paras) \
                and _is_prose(paras[k + 1].text) and ctx.film is not None:
            # "EVERETT EXAMPLE (Walter)" over his biography: the part he plays in the film,
            # and the paragraph under it is about him
            person = r._bio_person(named.group("name"), named.group("paren"), para.line(0))
            if person is not None:
                r.subject, r.heading_roles = person, True
                in_block = True
                continue
        if len(rows) == 1 and name_heading(head) and not dated and not (
                ctx.film and fold(head) == fold(ctx.film.name)) and not BYLINE.match(head):
            # a press kit's name heading: the paragraph under it is about that person
            name = clean(head)
            r.subject = Mention("person", name_case(name) if name.isupper() else name,
                                local=f"{NAME}:{para.line(0)}")
            in_block = True
            continue
        described = FILM_DESCRIBED.match(paras[k + 1].text) if len(rows) == 1 and k + 1 < len(paras) else None
        if described and _title_heading(rows[0]) and not fold(paras[k + 1].text).startswith(fold(rows[0])):
            # a related article's title over a paragraph that describes its film without
            # naming it: "Monsieur Brun et ses filles" / "Comédie française de A (1957)."
            year = re.search(r"\((?:1[89]|20)\d\d\)|\b(?:sortie?|released)\s+(?:le\s+|en\s+|in\s+|on\s+)?"
                             r"[^.;()]{0,20}?\b(?:1[89]|20)\d\d\b", paras[k + 1].text)
            year = int(re.search(r"\d{4}", year.group(0)).group(0)) if year else None
            r.subject = r._film(clean(rows[0]), year, para.line(0))
            if year:
                r.add(r.subject, "date", Value("year", str(year)), paras[k + 1].line(0))
            for n in set(paras[k + 1].where):
                ctx.memo.setdefault("prose.films", {})[n] = r.subject
            in_block = True
            continue
        entry = DIRECTOR_YEAR_ENTRY.match(para.text)
        if entry and r.director_year_entry(entry, para):
            # "L'Estran (A Name, 1979 – Suisse, 112 min) : restauration ...": an entry about
            # that film; what the paragraph goes on to say is said of it
            r.paragraph(para, True)
            r.subject = None
            in_block = False
            continue
        if _is_prose(para.text):
            r.paragraph(para, in_block)
        elif in_block and r.subject is not None and r.subject.kind == "person" and \
                r.vital_rows(para):  # "Born 3 May 1961, Kaunas, Lithuania" under the name
            continue
        else:
            r.subject = None
        in_block = False


# an obituary's box of dates under the article: "A Name en quelques dates" (or "in dates"),
# then "1978 « A Title »" lines, one a work: the person's, in the part the headline gives
# them ("A Name, cinéaste des marges urbaines"); the dates of a life ("11 juin 1936
# Naissance à X") name no title
DATES_HEADING = rx.compile(r"^(?P<name>[^,:;«»()]+?)\s*(?:,\s*)?(?:en\s+quelques\s+dates|en\s+dates|in\s+dates|"
                           r"en\s+\d+\s+dates|in\s+\d+\s+dates)\s*:?\s*$", re.I)
DATED_TITLE = rx.compile(r"^(?P<year>1[89]\d\d|20\d\d)\s*[:–—-]?\s*(?:[«\"“]\s*(?P<title>[^«»\"“”]+?)\s*[»\"”]|"
                         r"(?P<bare>[A-ZÀ-Þ0-9][^«»\"“”,;:]{0,80}?))\s*(?:,\s*(?P<kind>[^,]{1,40}))?\s*$")
DATED_LABEL = rx.compile(r"^(?P<year>1[89]\d\d|20\d\d)\s+[A-ZÀ-Þ][^:]{0,30}\b(?:production|film|réalisation|"
                         r"long[- ]métrage|rôle|movie|picture)\s*:\s*", re.I)
LIFE_EVENT = rx.compile(r"^(?:Fonde|Crée|Cofonde|Épouse|Se\s+marie|Rejoint|Quitte|Devient|Reçoit|Obtient|Entre|"
                        r"Rencontre|Prend|Part|Divorce|Founds|Co-founds|Creates|Marries|Joins|Leaves|Becomes|"
                        r"Receives|Wins|Moves|Retires|Meets|Divorces|Is\s+awarded)\b")
# "1964  Épouse A Name", "1960  Marries A Name": the person's spouse
_WEDS = rx.compile(r"^(?:Épouse|Se\s+marie\s+avec|Marries|Married)\s+(?P<who>" + PERSON + r")\s*\.?$")
LIFE_DATE = rx.compile(r"^(?P<date>(?:\d{1,2}(?:er)?\s+[a-zéû]+\s+)?\d{4})\s*[:–—-]?\s*"
                       r"(?P<what>[Nn]aissance|[Nn]ée?|[Mm]orte?|[Dd]écès|[Bb]orn|[Bb]irth|[Dd]ied|[Dd]eath)\b")
HEADLINE_PART = {"director": "director", "filmmaker": "director", "actress": "cast", "actor": "cast",
                 "screenwriter": "screenwriter", "producer": "producer", "composer": "composer",
                 "cinematographer": "cinematographer", "editor": "editor"}


def _life_part(ctx: Context, name: str) -> str | None:
    """The part an obituary gives its person: its headline's, or its standfirst's ("Figure
    du cinéma français, l'acteur est mort vendredi", "The actor, who died on Monday")."""
    if "life_part" not in ctx.memo:
        part = _headline_part(ctx, name)
        if part is None:
            top = fold(" ".join(ctx.doc.lines[:16]))
            said = re.findall(r"\b(?:l |le |la |the )(acteur|actrice|comedien|comedienne|actor|actress|"
                              r"cineaste|realisateur|realisatrice|director|filmmaker)\b", top)
            parts = {"director" if w in ("cineaste", "realisateur", "realisatrice", "director", "filmmaker")
                     else "cast" for w in said}
            part = parts.pop() if len(parts) == 1 else None
        ctx.memo["life_part"] = part
    return ctx.memo["life_part"]


def _headline_part(ctx: Context, name: str) -> str | None:
    """The part an obituary's headline gives its person: "Mort de A Name, cinéaste des
    ...", "A Name, 84, Director Whose Films ..., Dies" (None when it gives none)."""
    at = next((k for k, t in enumerate(ctx.doc.lines[:12]) if fold(name) in fold(t)), None)
    headline = ctx.doc.lines[at].strip() if at is not None else ""
    described = fold(headline)[fold(headline).find(fold(name)) + len(fold(name)):]
    words = {**{fold(w): o for w, o in fr.OCCUPATIONS.items()}, **{fold(o): o for o in OCCUPATIONS}}
    ordered = sorted(words.items(), key=lambda wo: (-len(wo[0]), wo[0]))
    part = next((HEADLINE_PART[o] for w, o in ordered
                 if o in HEADLINE_PART and re.search(rf"\b{re.escape(w)}\b", described)), None)
    if part is None and at is not None and re.fullmatch(r"\s*obituary\s*", described):
        # "A Name obituary" over its standfirst, "Director whose quiet dramas ...": the
        # standfirst's first words give the part
        stand = next((fold(t.strip()) for t in ctx.doc.lines[at + 1:at + 4] if t.strip()), "")
        part = next((HEADLINE_PART[o] for w, o in ordered
                     if o in HEADLINE_PART and re.match(rf"(?:[a-z-]+\s+)?{re.escape(w)}\b", stand)), None)
    return part


# an obituary's running prose names the person's works with their years: '"Blue Days"
# (1967)', 'Son premier film, Les Goémoniers (1961)', 'Suivent Une saison chez X (1986)'
QUOTED_YEAR = rx.compile(r"[«\"“]\s*(?P<title>[A-ZÀ-Þ0-9][^«»\"“”]{0,80}?)[,.]?\s*[»\"”]\s*"
                         r"\((?P<year>1[89]\d\d|20\d\d)\)")
BARE_YEAR = rx.compile(r"(?P<title>[^,;:.!?()«»\"“”|]{1,100}?)\s*\((?P<year>1[89]\d\d|20\d\d)\)")
# (not the person's film: another's ("A Name's road movie"), or no film ("the series", "novel"))
WORK_NOT_FILM = rx.compile(r"\b(?:novel|play|book|series|serial|show|sitcom|song|album|episodes?|opera|musical|"
                           r"roman|pièce|livre|série|feuilleton|chanson|épisodes?|opéra|essai|recueil)\s*[«\"“]?\s*$",
                           re.I)
OTHERS_WORK = rx.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,4}|\b(?:film|movie|documentar(?:y|ie)|long[- ]métrage|court[- ]métrage)"
                         r"\s+(?:de|d['’]|by)\s*[A-ZÀ-Þ][^,;.]*(?:,\s*)?)[«\"“]?\s*$")
# (nor a film the person worked on in another part: "où il travaille notamment sur T (1949)")
WORKED_ON = rx.compile(r"\b(?:travaill\w*|worked|working)\s+(?:notamment\s+|also\s+|aussi\s+)?(?:sur|on)\s+[^,;.]*$")
TITLE_ARTICLE = rx.compile(r"^(?:Le|La|Les|L['’]\S+|Un|Une|Des|Du|The|A|An)$")
LEADING_WORDS = rx.compile(r"^(?:(?:Avec|Et|Puis|Dans|Après|Avant|Depuis|Enfin|Alors|Ensuite|With|And|Then|In|"
                           r"After|Before|Since|Finally|But|Yet)\s+)+")


TITLE_TAIL = rx.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:of|in|the|and|on|at|to|de|du|des|la|le|les|à|et|en)\s+)*"
                        r"[A-ZÀ-Þ][\w'’-]*)*$")


def _bare_title(chunk: str) -> str | None:
    """The title that ends a clause before its year: from its article ('reste Les X',
    'Suivent Une saison chez Y'), or the clause's capitalised words ('Avec Septembre à X')."""
    words = chunk.split()
    starts = [i for i, w in enumerate(words) if TITLE_ARTICLE.match(w)]
    if starts:
        title = " ".join(words[starts[-1]:])
    else:
        title = LEADING_WORDS.sub("", chunk.strip())  # ("Avec Septembre à X": no "Avec")
        if not title[:1].isupper():
            # "turned to the border country with Dunmore Road": the capitalised words that
            # end the clause
            tail = TITLE_TAIL.search(title)
            if tail is None or not re.search(r"(?:\b(?:with|avec|in|dans|en)|(?:^|\s)(?:the|le|la|les)\s+"
                                             r"(?:[a-zà-ÿ-]+\s+){0,2})\s*$", title[:tail.start()]):
                return None
            title = tail.group(0)
    return title if 1 <= len(title.split()) <= 10 and title[:1].isupper() else None


# what follows a film and its year in an obituary: "T (1991), avec A et B", "T (1976),
# coécrit avec le romancier C", "T (1980), starring D and E", "T (1975), co-written with F"
AFTER_FILM = rx.compile(r"\s*,\s*(?:(?P<with>avec|with|starring)|(?:coécrit|co-écrit|écrit|co-?written|written)\s+(?:avec|with))\s+"
                        r"(?:(?:le|la|l['’]|les|the|a|an|un|une)\s*(?:[a-zà-ÿ-]+\s+){0,2})?"
                        rf"(?:(?=[^,.;]*\bet\b)(?P<flist>{fr.LIST})|(?P<list>{LIST}))")


# "Ms. Thistlewood", "Mme Sorel": a name the obituary gave in full before, not a full name
HONORIFIC = rx.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mlle|M|Sir|Dame)\.?\s", re.I)


def _obituary_films(ctx: Context) -> None:
    """In an obituary of a director, the works its prose names with their years are the
    person's films, but for another's ("A Name's road movie 'T' (1963)") and what is no
    film ("the series 'T' (1982)", "novel")."""
    name = obituary_person(ctx)
    part = _headline_part(ctx, name) if name else None
    if part not in ("director", "producer"):  # (a producer's obituary names the films produced)
        return
    person = Mention("person", name)
    for para in paragraphs(ctx):
        if not _is_prose(para.text):
            continue
        text = para.text
        found = [(m, m.group("title")) for m in QUOTED_YEAR.finditer(text)]
        # (not the film the person assisted on: "Assistant de A sur T (1958)", the reader's)
        taken = [range(m.start(), m.end()) for m, _ in found] + \
            [range(a.start(), a.end()) for a in ASSISTED.finditer(text)]
        for m in BARE_YEAR.finditer(text):
            if not any(m.start("year") in r for r in taken):
                found.append((m, _bare_title(m.group("title"))))
        for m, title in sorted(found, key=lambda mt: mt[0].start()):
            if not title:
                continue
            # what stands before the title: the clause's words before a bare one, up to 80
            # characters before a quoted one
            start = m.end("title") - len(title) if m.re is BARE_YEAR else m.start()
            before = text[max(0, m.start() - 80):start]
            if WORK_NOT_FILM.search(before) or OTHERS_WORK.search(before) or WORKED_ON.search(before):
                continue
            title = clean(title).rstrip(",.")
            if fold(name) in fold(title) or fold(title) in NOT_NAMES or len(title) < 2:
                continue
            film = Mention("film", title, int(m.group("year")))
            ctx.add(film, part, person, para.line(m.start("title")), NAME)
            # "T (1991), avec A et B": its cast; "T (1976), coécrit avec le romancier C": its
            # writers, the person and C
            after = AFTER_FILM.match(text, m.end())
            if after:
                french = after.group("flist") is not None
                for n in _names(after.group("list") or after.group("flist"), french):
                    if _kind_of_name(n) == "person" and len(n.split()) >= 2 and not HONORIFIC.match(n):
                        key = "cast" if after.group("with") else "screenwriter"
                        ctx.add(film, key, Mention("person", n), para.line(m.end()), NAME)
                        if key == "screenwriter" and part == "director":
                            ctx.add(film, key, person, para.line(m.end()), NAME)


# a film named in guillemets with its director, in French running prose: "à la projection de
# « Ce qui reste de l'été » de Nicolas X, avec A et B", "qu'« Un hiver à Tulle » de Lionel Y"
QUOTED_BY = rx.compile(r"«\s*(?P<title>[A-ZÀ-Þ0-9][^«»]{0,80}?)\s*»\s+(?:de|d['’])\s*(?P<who>" + PERSON + r")")


_TRADE = (r"(?:comédien(?:ne)?|acteur|actrice|réalisat(?:eur|rice)|cinéaste|scénariste|product(?:eur|rice)|"
          r"chanteu(?:r|se)|danseu(?:r|se)|monteu(?:r|se)|compositeur|compositrice|directeur\s+de\s+la\s+photographie|"
          r"costumière|costumier)")
# "la comédienne A et le comédien B se sont mariés": a couple wed, each named with their trade
WED_PAIR_FR = rx.compile(rf"(?:\b(?P<da>[Ll][ae])\s+{_TRADE}\s+)?(?P<a>{PERSON})\s+et\s+"
                         rf"(?:(?P<db>l[ae])\s+{_TRADE}\s+)?(?P<b>{PERSON})\s+se\s+sont\s+"
                         r"(?:mariés|mariées|unis|unies|épousés|dit\s+oui)\b")
_TRADE_EN = r"(?:the\s+)?(?:actor|actress|director|film-?maker|screenwriter|producer|singer|editor|composer|cinematographer)"
WED_PAIR_EN = rx.compile(rf"(?:\b{_TRADE_EN}\s+)?(?P<a>{PERSON})\s+and\s+(?:{_TRADE_EN}\s+)?(?P<b>{PERSON})\s+"
                         r"(?:were\s+married|got\s+married|married\s+(?:on|in|at)|wed\s+(?:on|in|at))\b")
# "La mariée, née en 1990 à Quimper", "le marié, né en 1986 à Clermont-Ferrand"
BRIDE_BORN = rx.compile(r"\b(?P<who>[Ll]a\s+mariée|[Ll]e\s+marié)\s*,\s*née?\s+(?:le\s+|en\s+)?(?P<date>(?:\d{1,2}(?:er)?\s+\w+\s+)?"
                        r"(?:1[89]|20)\d\d)\b")


# a quiz's answer sheet: "3.  Who composed the score for THE TITLE (2017)?" over
# "    ANSWER: A Name", or "... THE TITLE?   ANSWER: 112" on one line
QUIZ_QUESTION = rx.compile(r"^\s*\d{1,3}[.)]\s+(?P<q>\S.*?[?.])(?:\s{2,}(?:ANSWER|Answer|RÉPONSE|Réponse)\s*:\s*(?P<a>\S.*))?$")
QUIZ_ANSWER = rx.compile(r"^\s*(?:ANSWER|Answer|RÉPONSE|Réponse|Rép\.|Ans\.)\s*:\s*(?P<a>\S.*)$")
QUIZ_TITLE = rx.compile(r"(?<![\w'’])(?P<t>(?:[A-Z0-9À-Þ][A-Z0-9À-Þ'’&\-]*\.?)(?:\s+[A-Z0-9À-Þ][A-Z0-9À-Þ'’&\-]*\.?)*)"
                        r"(?:\s+\((?P<y>(?:18|19|20)\d\d)\))?(?![\w'’])")
QUIZ_ASKS = (  # what a question asks, by its words: the role its answer plays in the film
    ("director", r"\bdirect(?:ed|s)\b|\bdirector\s+of\b|\bréalis[ée]"),
    ("composer", r"\bcompos(?:ed|es)\b|\bscore\b|\bcompositeur\b|\bmusique\b"),
    ("editor", r"\bedit(?:ed|s)\b|\beditor\s+of\b|\bmont[ée]\b"),
    ("cinematographer", r"\bphotograph(?:ed)\b|\bcinematographer\b|\bdirector\s+of\s+photography\b"),
    ("producer", r"\bproduc(?:ed|er\s+of)\b"),
    ("screenwriter", r"\bwr(?:ote|itten)\s+the\s+(?:screenplay|script)\b|\bscripted\b|\bscénario\b"),
    ("distributor", r"\bcompany\s+(?:released|distributed)\b|\bdistribut(?:ed|or)\b"),
    ("cast", r"\bplay(?:ed|s)\b|\bstarred\b|\bjou(?:é|e|ait)\b|\binterprét"),
    ("duration", r"\brunning\s+time\b|\bhow\s+long\b|\bminutes\s+long\b|\bdurée\b"),
    ("budget", r"\bbudget\b"),
    ("box_office", r"\bgross\b|\bbox[- ]office\b|\brecettes\b"),
)


# a members' directory: "KERVADEC Élise" (the surname first, in capitals), a line about the
# member ("Membre active depuis 2006 · née en 1975"), then the works, a kind's abbreviation
# before the first of a kind: "LM  Le Fil d'Exemple (réal. A Name, 2024)" / "    T (réal. B, 2017)"
MEMBER_HEAD = rx.compile(rf"^(?:[†✝]\s*)?(?P<last>[{UPPER}][{UPPER}'’-]+(?:\s+[{UPPER}][{UPPER}'’-]+)?)\s+"
                         r"(?P<first>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)(?:\s+(?P<part>de|du|des|van|von|da|di))?"
                         r"(?:\s+\((?P<born>(?:18|19|20)\d\d)\s*[-–]\s*(?P<died>(?:19|20)\d\d)?\))?\s*$")
MEMBER_WORK = rx.compile(r"^(?:(?P<kind>LM|CM|MM|DOC|TV|FF|SF)\s+|\s{2,})(?P<t>[^()\s][^()]*?)\s*"
                         r"\((?:réal\.|dir\.|directed\s+by)\s*(?P<who>[^,()]+?),\s*(?P<y>(?:19|20)\d\d)\)"
                         r"\s*(?P<note>\([^()]*\))?\s*$")
# what the directory's members do, as its title says: "Association des chefs opérateurs"
MEMBERS_CRAFT = (("cinematographer", r"chefs?\s+opérat(?:eurs|rices)|directeurs?\s+de\s+la\s+photographie|cinematographers"),
                 ("editor", r"monteurs|monteuses|film\s+editors"), ("composer", r"compositeurs|compositrices|composers"))


def _members(ctx: Context) -> None:
    """The works of a members' directory's entries: each film, its kind, year and director,
    and the member's craft in it when the directory's title names its members' craft (not
    where a note says the member only assisted: "(cadre)", "(2e éq.)")."""
    lines = ctx.doc.lines
    if not any(MEMBER_WORK.match(t) and t[:1] != " " for t in lines):
        return
    top = " ".join(lines[:8])
    craft = next((k for k, pattern in MEMBERS_CRAFT if re.search(pattern, top, re.I)), None)
    member, kind = None, None
    for n, text in enumerate(lines, 1):
        head = MEMBER_HEAD.match(text)
        if head:
            first = f"{head.group('first')} {head.group('part')}" if head.group("part") else head.group("first")
            name = f"{first} {name_case(head.group('last'))}"
            member = Mention("person", name) if looks_like_name(name, "person") else None
            kind = None
            if member is not None and head.group("born"):
                # an honorary member's "† EXEMPLE Armand (1911-1994)": born and died
                ctx.add(member, "birth_date", Value("year", head.group("born")), n, NAME)
                if head.group("died"):
                    ctx.add(member, "death_date", Value("year", head.group("died")), n, NAME)
            continue
        if member is None:
            continue
        if not text.strip():
            continue
        born = re.search(r"\bnée?\s+en\s+((?:19|20)\d\d)\b", text) if n >= 2 and MEMBER_HEAD.match(lines[n - 2]) else None
        if born:
            ctx.add(member, "birth_date", Value("year", born.group(1)), n, NAME)
            continue
        work = MEMBER_WORK.match(text)
        if not work:
            continue
        kind = work.group("kind") or kind
        if kind == "TV":
            continue  # (a series: no film)
        title, alt = clean(work.group("t")), None
        if " / " in title:
            title, alt = (clean(t) for t in title.split(" / ", 1))  # "T / Original title"
        film = Mention("film", title, int(work.group("y")), local=f"{NAME}:{n}")
        ctx.add(film, "date", Value("year", work.group("y")), n, NAME)
        if alt:
            ctx.add(film, "alias", Mention("film", alt, int(work.group("y")), local=film.local), n, NAME)
        if kind in ("CM", "DOC"):
            ctx.add(film, "kind", Value("text", "short" if kind == "CM" else "documentary"), n, NAME)
        who = clean(work.group("who"))
        if not re.match(r"^[A-ZÀ-Þ]\.", who) and looks_like_name(who, "person"):
            ctx.add(film, "director", Mention("person", who), n, NAME)  # (not "S. Exemple": whose initial?)
        helped = label_key(work.group("note")[1:-1].strip()) if work.group("note") else None
        if craft and not work.group("note"):
            ctx.add(film, craft, member, n, NAME)
        elif helped in vocab.roles() and vocab.role(helped).object == "person":
            ctx.add(film, helped, member, n, NAME)  # "(cadre)": the member operated the camera


# an index's line: "Exemple-Morel, Jonas ......... Une saison chez les Modèle", "Sample, Ann  p. 12"
INDEX_LINE = rx.compile(r"^\s*(?P<last>[A-ZÀ-Þ][^,.]{1,40}?),\s+(?P<first>[A-ZÀ-Þ][^,.]{1,40}?)\s*"
                        r"(?:\.{3,}|…+|·{3,}|\s{3,}|\t+)\s*(?P<titles>\S.*?)\s*$")


def _director_index(ctx: Context) -> None:
    """A catalogue's index of its directors ("INDEX DES RÉALISATEURS" over "Last, First
    ..... Title"): each person directed the titles beside their name, films the catalogue
    names (a page number is no title)."""
    lines = ctx.doc.lines
    heads = [k for k, t in enumerate(lines) if DIRECTOR_INDEX.match(t)]
    if not heads:
        return
    for k in heads:
        for n in range(k + 2, min(len(lines), k + 400) + 1):
            text = lines[n - 1]
            if not text.strip() or re.fullmatch(r"[\s─━═—–_=-]+", text):
                if n > k + 3 and not text.strip() and not (n < len(lines) and INDEX_LINE.match(lines[n])):
                    break
                continue
            m = INDEX_LINE.match(text)
            if not m:
                break
            name = f"{clean(m.group('first'))} {clean(m.group('last'))}"
            if not looks_like_name(name, "person"):
                continue
            for title in re.split(r"\s*[;,]\s+(?=[A-ZÀ-Þ0-9«\"])", m.group("titles")):
                title = clean(title)
                if not title or re.fullmatch(r"(?:p\.?\s*)?[\d\s,–-]+", title):
                    continue  # ("p. 12": a page)
                ctx.add(Mention("film", title), "director", Mention("person", name), n, NAME)


def _quiz_answers(ctx: Context) -> None:
    """A quiz's answer sheet: each question names a film in capitals and what it asks
    (who directed, composed, edited, played whom; its running time, budget, gross), the
    answer under it says who or how much. "...and who played X in it?" asks of the film
    the question above named."""
    lines = ctx.doc.lines
    if not any(QUIZ_ANSWER.match(t) for t in lines[:200]) and "ANSWER:" not in ctx.doc.text:
        return
    film: Mention | None = None
    for i, text in enumerate(lines):
        q = QUIZ_QUESTION.match(text)
        if not q:
            continue
        answer, n = q.group("a"), i + 1
        if answer is None:
            k = i + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            a = QUIZ_ANSWER.match(lines[k]) if k < len(lines) else None
            if not a:
                continue
            answer, n = a.group("a"), k + 1
        answer = re.split(r"\s{2,}|\s+\((?:½|accept|yes|not|or)\b", answer.strip())[0].strip()
        question = q.group("q")
        life = re.match(rf"^(?:In\s+)?what\s+year\s+(?:was|did)\s+(?P<who>{PERSON})\s+(?P<what>born|die)\?$", question, re.I)
        if life and re.fullmatch(r"(?:1[89]|20)\d\d", answer) and looks_like_name(clean(life.group("who"))):
            # "In what year did A Name die?" / "ANSWER: 2019"
            prop = "birth_date" if life.group("what").lower() == "born" else "death_date"
            ctx.add(Mention("person", clean(life.group("who"))), prop, Value("year", answer), n, NAME)
            continue
        titles = [m for m in QUIZ_TITLE.finditer(question) if len(m.group("t")) >= 3
                  and re.search(r"[A-ZÀ-Þ]{2}", m.group("t")) and fold(m.group("t")) not in ("who", "what")]
        follow = re.match(r"^(?:\.{2,}|…)?\s*and\b", question) and re.search(r"\b(?:in\s+it|his|her|their|its)\b", question)
        if not titles and not follow:
            film = None
            continue
        asks = [key for key, pattern in QUIZ_ASKS if re.search(pattern, question, re.I)]
        if re.search(r"\b(?:novel|book|play|song|roman)\b", question, re.I):
            asks = []  # "Who wrote the novel T, later filmed as ...": a book's author
        if titles and len(titles) > 1 and asks == ["director"]:
            targets = [Mention("film", title_case(m.group("t").rstrip(".")), int(m.group("y")) if m.group("y") else None)
                       for m in titles]  # "Who directed A (1998) and B (1994)?"
        elif titles:
            m = titles[0]
            year = m.group("y") or (re.search(r"\bthe\s+((?:18|19|20)\d\d)\s+(?:[a-z-]+\s+){0,3}$",
                                              question[:m.start()]) or [None, None])[1]
            targets = [Mention("film", title_case(m.group("t").rstrip(".")), int(year) if year else None)]
        else:
            targets = [film] if film is not None else []
        if not targets or len(asks) != 1:
            film = targets[0] if len(targets) == 1 else None
            continue
        film, key = targets[0], asks[0]
        for target in targets:
            if target.year:
                ctx.add(target, "date", Value("year", str(target.year)), i + 1, NAME)
            if key == "cast":
                who = clean(re.sub(r"\s*\(.*$", "", answer))
                if not (looks_like_name(who) and _kind_of_name(who) == "person" and len(who.split()) >= 2):
                    continue
                part = re.search(r"\bplay(?:ed|s)\s+(?P<c>.+?)(?:\s+in\s+(?:it|[A-Z].*))?\?$", question)
                named = re.findall(r"(?:[A-ZÀ-Þ][\w'’.-]*)(?:\s+[A-ZÀ-Þ][\w'’.-]*)*", part.group("c")) if part else []
                quals = (("character", named[-1]),) if named and not named[-1].isupper() else ()
                ctx.add(target, "cast", Mention("person", who), n, NAME, quals)
            elif key in ("duration", "budget", "box_office") and re.search(r"\d", answer):
                value = answer + (" min" if key == "duration" and re.fullmatch(r"\d{2,3}", answer) else "")
                add_labelled(ctx, target, key, value, n, NAME)
            elif key == "distributor":
                add_labelled(ctx, target, key, answer, n, NAME, bodies=True)
            elif looks_like_name(answer) and _kind_of_name(answer) == "person" and len(answer.split()) >= 2:
                ctx.add(target, key, Mention("person", answer), n, NAME)


def _wedded_pairs(ctx: Context) -> None:
    """A society column's wedding: "la comédienne A et le comédien B se sont mariés" ("A
    and B were married on ..."): each the other's spouse; then "la mariée, née en 1990",
    "le marié, né en 1986": the bride's and the groom's birth years, by the article each
    was named with."""
    paras = [p for p in paragraphs(ctx) if _is_prose(p.text)]
    for k, para in enumerate(paras):
        text = para.text
        for m in list(WED_PAIR_FR.finditer(text)) + list(WED_PAIR_EN.finditer(text)):
            a, b = clean(m.group("a")), clean(m.group("b"))
            if not all(len(x.split()) >= 2 and looks_like_name(x) and _kind_of_name(x) == "person"
                       and not HONORIFIC.match(x) for x in (a, b)) or _same_person(a, b):
                continue
            pa, pb = Mention("person", a), Mention("person", b)
            n = para.line(m.start("a"))
            ctx.add(pa, "spouse", pb, n, NAME)
            ctx.add(pb, "spouse", pa, n, NAME)
            if "da" not in m.groupdict() or not m.group("da") or not m.group("db") \
                    or m.group("da").lower() == m.group("db").lower():
                continue
            by = {m.group("da").lower(): pa, m.group("db").lower(): pb}
            for later in paras[k:k + 3]:
                for born in BRIDE_BORN.finditer(later.text):
                    d = parse_date(born.group("date"))
                    who = by["la" if born.group("who").lower().startswith("la") else "le"]
                    if d and (d[0] != "date" or valid_date(d[1])):
                        ctx.add(who, "birth_date", Value(*d), later.line(born.start()), NAME)


def _quoted_by(ctx: Context) -> None:
    """In a French document about no one film, each film its prose names in guillemets
    with its director ('« T » de A Name'): the film, its director, and a cast after it."""
    if not ctx.french or ctx.film is not None:
        return
    for para in paragraphs(ctx):
        if not _is_prose(para.text):
            continue
        text = para.text
        for m in QUOTED_BY.finditer(text):
            who = clean(m.group("who"))
            if len(who.split()) < 2 or not looks_like_name(who) or _kind_of_name(who) != "person" \
                    or HONORIFIC.match(who) or WORK_NOT_FILM.search(text[max(0, m.start() - 40):m.start()]):
                continue  # ("le roman « T » de A": a book)
            if re.match(r"\s*\(\s*(?:1[89]|20)\d\d\b", text[m.end():]):
                continue  # "« T » de A (1991)": with its year, the film readers'
            film = Mention("film", clean(m.group("title")))
            ctx.add(film, "director", Mention("person", who), para.line(m.start("who")), NAME)
            after = AFTER_FILM.match(text, m.end())
            if after and after.group("with"):  # ", avec A et B": its cast
                for n in _names(after.group("list") or after.group("flist"), after.group("flist") is not None):
                    if _kind_of_name(n) == "person" and len(n.split()) >= 2 and not HONORIFIC.match(n):
                        ctx.add(film, "cast", Mention("person", n), para.line(m.end()), NAME)


def _dates_box(ctx: Context) -> None:
    name = obituary_person(ctx)
    if not name:
        return
    lines = ctx.doc.lines
    part = _headline_part(ctx, name)
    person = Mention("person", name)
    for n, text in enumerate(lines, 1):
        m = DATES_HEADING.match(text.strip())
        if not m or fold(m.group("name")) != fold(name):
            continue
        k = n
        while k < len(lines) and not lines[k].strip():
            k += 1
        while k < len(lines) and lines[k].strip():
            # "2006  Dernière production : T": the title after the label
            entry = DATED_TITLE.match(DATED_LABEL.sub(r"\g<year>  ", lines[k].strip()))
            if entry and LIFE_EVENT.match(entry.group("title") or entry.group("bare")):
                wed = _WEDS.match(entry.group("title") or entry.group("bare"))
                if wed and looks_like_name(clean(wed.group("who")), "person") and \
                        _kind_of_name(clean(wed.group("who"))) == "person":
                    ctx.add(person, "spouse", Mention("person", clean(wed.group("who"))), k + 1, NAME)
                entry = None  # "1953  Fonde Les Films du Quai", "1960  Épouse A": no film
            life = LIFE_DATE.match(lines[k].strip())
            if entry and part is not None:
                film = Mention("film", clean(entry.group("title") or entry.group("bare")), int(entry.group("year")))
                ctx.add(film, part, person, k + 1, NAME)
            elif life:  # "1er septembre 1941  Naissance à X", "4 février 2023  Mort à Paris"
                d = parse_date(life.group("date"))
                if d and (d[0] != "date" or valid_date(d[1])):
                    prop = "birth_date" if re.match(r"(?:naissance|née?|born|birth)$", fold(life.group("what"))) \
                        else "death_date"
                    ctx.add(person, prop, Value(*d), k + 1, NAME)
            k += 1
        return


# an obituary's last line: "Ann Name, actor, born 2 November 1938; died 7 March 2023",
# "Ann Name, comédienne, née le 3 avril 1940 à Lyon, morte le 5 mai 2020 à Paris"
LIFE_FOOTER = rx.compile(
    r"^(?P<name>" + PERSON + r"),\s+(?P<what>[^,;:()]{2,80}?),\s+(?:born|née?\s+(?:le\s+)?)\s*(?P<born>[^;,]+?)"
    r"(?:,?\s+(?:in|à|en)\s+[^;,]+?)?(?:\s*[;,]\s*(?:died|morte?\s+(?:le\s+)?)\s*(?P<died>[^;,.]+?)"
    r"(?:,?\s+(?:in|à|en)\s+[^;,.]+?)?)?\s*\.?$")


# "The Danish cinematographer A Name, who has died aged 74,": the year the obituary is dated
DIED_AGED = rx.compile(r"\bwho\s+has\s+died\s+(?:aged|at\s+the\s+age\s+of)\s+\d{1,3}\b")
# a story's date under its byline: "Thu 13 Jul 2023 14.02 BST", "Published 13 July 2023"
STORY_DATE = rx.compile(r"^(?:(?:published|updated|publi[ée]\s+le)\s+)?(?:[A-Z][a-z]{2,8},?\s+)?"
                        r"\d{1,2}(?:st|nd|rd|th|er)?\s+[A-Za-zéû]{3,9}\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def _died_aged(ctx: Context) -> None:
    """An obituary that says its person 'has died aged 74' under a dated byline: the year
    they died is the story's (their birth year is not: 74 may be 1948 or 1949)."""
    who = obituary_person(ctx)
    if not who:
        return
    lines = ctx.doc.lines
    dated = next((m for text in lines[:20] if (m := STORY_DATE.match(text.strip()))), None)
    if dated is None:
        return
    for n, text in enumerate(lines[:60], 1):
        m = DIED_AGED.search(text)
        if m is None:
            continue
        # (the name before it, perhaps on a line above: "The Danish cinematographer A Name,")
        before = " ".join(t.strip() for t in lines[max(0, n - 3):n - 1]) + " " + text[:m.start()]
        if fold(who) in fold(before[-200:]):
            ctx.add(Mention("person", who), "death_date", Value("year", dated.group("year")), n, NAME)
            return


def _life_footer(ctx: Context) -> None:
    """The dates under an obituary, for the person it is about (the footer may give the
    name in full: 'Ann Mary Name' under the headline's 'Ann Name')."""
    who = obituary_person(ctx)
    if not who:
        return
    for n, text in enumerate(ctx.doc.lines, 1):
        # (set apart by a bullet: "• Ann Mary Name, actor, born …; died …")
        m = LIFE_FOOTER.match(text.strip().lstrip("•·*–- ")) if ("born" in text or "né" in text) else None
        if not m:
            continue
        name = clean(m.group("name"))
        if not (fold(name) == fold(who) or _fuller_name(name, who)):
            continue
        person = Mention("person", who)
        if fold(name) != fold(who):
            ctx.add(person, "alias", Mention("person", name), n, NAME)
        for prop, g in (("birth_date", "born"), ("death_date", "died")):
            d = parse_date(m.group(g) or "")
            if d and (d[0] != "date" or valid_date(d[1])):
                ctx.add(person, prop, Value(*d), n, NAME)


def _is_prose(text: str) -> bool:
    """Sentences, not a credit list or a heading: several words and a sentence's verb."""
    words = len(text.split())
    return words >= 5 and bool(re.search(r"\b(?:is|was|are|were|has|had|stars|starring|directed|"
                                         r"est|a été|était|sont)\b", text)) or \
        words >= 8 and (text.rstrip().endswith(".") or re.search(r"[a-z]{4}[.!?]\s", text) is not None)
