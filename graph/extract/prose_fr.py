"""The French patterns of the prose reader (prose.py applies them to French paragraphs).

    X est un film franco-belge réalisé par A, sorti en 2005, avec B, C et D.
    Écrit et réalisé par A ; produit par B et C ; musique de D ; d'après le roman de E.
    sorti le 16 novembre 2005 ; d'une durée de 109 minutes
    P est une actrice et chanteuse française, née le 22 juin 1966 à Paris.
    mariée au réalisateur Q depuis 1989 ; connue pour ses rôles dans T (2007), U (1999)
"""
from __future__ import annotations

import re

from .. import rx
from ..text import UPPER

PARTICLE = r"(?:de|da|del|della|di|du|des|van|von|der|den|le|la|d'|d’)"
CAP = r"(?:(?:[A-Z]\.){2,3}|[" + UPPER + r"][\w'’\-\u0300-\u036f]*\.?|[A-Z]\.)"
PERSON = rf"{CAP}(?:\s+(?:{PARTICLE}\s*)*{CAP}){{0,4}}"
LIST = rf"{PERSON}(?:\s*,\s*(?!et\b){PERSON})*(?:\s*,?\s+(?:et|&)\s+{PERSON})?"

LEAD = rx.compile(r"^(?P<subject>.+?)\s+(?:\((?P<paren>[^)]*)\)\s*,?\s+)?(?:est|était|fut)\s+"
                  r"(?P<desc>(?:un|une|le|la|l['’])\s*[^.]*)")
HEAD_END = rx.compile(r"\b(?:réalisé|réalisée|écrit|écrite|produit|produite|avec|sorti|sortie|qui|"
                      r"dont|d['’]après|adapté|adaptée|mis\s+en\s+scène|née?|sur)\b")
FILM_NOUNS = (r"film|long[- ]métrage|court[- ]métrage|moyen[- ]métrage|documentaire|téléfilm|"
              r"comédie|drame|thriller|western|mélodrame|dessin animé|film d'animation")
NOT_FILM = rx.compile(r"\b(?:série|feuilleton|pièce|roman|album|chanson|jeu vidéo|personnage|"
                      r"festival|prix|livre|bande dessinée)\b")
OCCUPATIONS = {
    "actrice": "actress", "acteur": "actor", "comédienne": "actress", "comédien": "actor",
    "réalisatrice": "director", "réalisateur": "director", "cinéaste": "filmmaker",
    "scénariste": "screenwriter", "productrice": "producer", "producteur": "producer",
    "compositrice": "composer", "compositeur": "composer", "chanteuse": "singer",
    "chanteur": "singer", "metteur en scène": "director", "metteuse en scène": "director",
    "romancière": "novelist", "romancier": "novelist", "écrivaine": "writer",
    "écrivain": "writer", "danseuse": "dancer", "danseur": "dancer", "mannequin": "model",
    "humoriste": "comedian", "directrice de la photographie": "cinematographer",
    "directeur de la photographie": "cinematographer", "monteuse": "editor", "monteur": "editor",
}
ORG_NOUNS = ("société de production", "société", "label", "maison de disques", "distributeur",
             "studio", "chaîne", "festival", "fonds", "entreprise", "groupe")
VERBS = {"réalisé": "director", "coréalisé": "director", "co-réalisé": "director",
         "écrit": "screenwriter", "coécrit": "screenwriter", "co-écrit": "screenwriter",
         "scénarisé": "screenwriter", "produit": "producer", "coproduit": "producer",
         "monté": "editor", "mis en scène": "director", "interprété": "cast"}
_VERB = (r"(?:co-?)?(?:réalis|écri|scénaris|produi|mont|interprét)(?:é|it|t)e?s?|mise?s?\s+en\s+scène")
VERB_RUN = rx.compile(
    rf"\b(?P<verbs>(?:{_VERB})(?:\s*,\s*|\s+et\s+|\s*,\s*et\s+)?(?:(?:{_VERB})(?:\s*,\s*|\s+et\s+)?)*)"
    rf"(?:\s+en\s+\d{{4}})?\s+par\s+(?:(?:le|la|les|l['’])\s*(?:[a-zé]+\s+){{0,2}})?(?P<list>{LIST})")
# "avec A, B et C" names a cast, unless it says who someone worked with (or which company:
# "en coproduction avec A")
CAST_START = rx.compile(
    r"(?<!écrit )(?<!coécrit )(?<!co-écrit )(?<!collaboration )(?<!réalisé )(?<!produit )"
    r"(?<!mariée )(?<!marié )(?<!scénario )(?<!script )(?<!dialogues )(?<!coproduction )(?<!association )(?<!partenariat )\b(?:[Aa]vec|met\s+en\s+vedette|[Pp]ortée?\s+par\s+(?=[A-ZÀ-Þ])|"
    # "le film réunit autour d'un repas A, B et C", "réunissait une dernière fois A et B"
    r"\bjouée?s?\s+par\s+(?=[A-ZÀ-Þ])|réuni(?:t|ssait)\s+(?:[a-zà-ÿ'’-]+\s+){0,8}?(?=[A-ZÀ-Þ])|rôles?\s+principaux\s+"
    r"(?:sont\s+)?(?:tenus|interprétés)\s+par|[Ii]nterprétée?\s+par|[Ii]ncarnée?\s+par\s+(?=[A-ZÀ-Þ])|a\s+pour\s+(?:interprètes|vedettes?)(?:\s+principa(?:ux|les))?\s*|"
    r"interprètes\s+principaux\s*(?:sont\s+|:\s*)?|(?:a\s+pour\s+)?acteurs\s+principaux\s*(?:sont\s+|:\s*)?|"
    # "aux côtés d'A et de B", "Les voix principales sont celles de A (Taupin), B (Violette)"
    r"aux\s+côtés\s+(?:de\s+|d['’]\s*)(?=[A-ZÀ-Þ])|\b(?:[Ii]l|[Ee]lle)\s+retrouve\s+(?=[A-ZÀ-Þ][^,.;]{0,50}\s+dans\s+le\s+rôle)|[Vv]oix\s+(?:principales\s+|originales\s+)?sont\s+celles\s+"
    r"(?:de\s+|d['’]\s*)(?=[A-ZÀ-Þ]))\s*")
MUSIC = rx.compile(rf"\bmusique\s+(?:(?:de|du|d['’])\s*[^.;]{{1,80}}?\s+est\s+(?:signée|composée\s+par|écrite\s+par)|"
                   rf"(?:du\s+film\s+|originale\s+)*(?:est\s+)?(?:composée\s+par|signée|"
                   rf"écrite\s+par|par|de\s+|d['’]\s*))\s*(?P<list>{LIST})")
# "Tsukioka a adapté lui-même un roman": who adapted it wrote the screenplay
ADAPTED = rx.compile(rf"(?P<list>{PERSON})\s+(?:a\s+adapté|adapte)\s+(?:lui-même|elle-même)?")
# "Tourné en wolof", "tourné intégralement en breton"
# ("Tourné en mooré et en français": both; "un film belge en néerlandais": the film's)
SHOT_IN = rx.compile(r"\b(?:[Tt]ourné\s+(?:intégralement\s+|entièrement\s+)?|(?<=\bfilm\s)(?:[a-zà-ÿ-]+\s+){0,2}|"
                     r"(?<=\s)(?=en\s+[a-zà-ÿ]+\s+(?:réalisé|tourné|sorti)))en\s+(?P<lang>[a-zà-ÿ]+)"
                     r"(?:\s+et\s+en\s+(?P<lang2>[a-zà-ÿ]+))?")
PRODUCED_FOR = rx.compile(rf"\b[Pp]roduite?\s+par\s+{LIST}\s+pour\s+(?:la\s+société\s+|sa\s+(?:propre\s+)?société"
                          rf"(?:\s+de\s+production)?\s*,?\s*|les\s+(?=Productions?\b|Films\b|Éditions\b))?"
                          # (a body's name runs to the punctuation: "Les Films de l'Estuaire")
                          rf"(?P<list>[A-ZÀ-Þ][^.;,()]{{0,60}}?)(?=\s*[.;,()]|\s+et\s+[a-zà-ÿ]|"
                          rf"\s+(?:en|le|à|au|dans|sur|depuis|qui|pour)\s|\s*$)")
# "distribué par Gaumont", "distribué en France par Les Films X"
# (a body's name runs to the punctuation: "Les Films de l'Estran", unless a date or place follows)
# "distribué en France par A et en Belgique par B": both lists
DISTRIBUTED_BY = rx.compile(r"(?:\bdistribuée?\s+(?:(?:en|au|aux)\s+(?:[A-ZÀ-Þ][\w-]*|salles?)\s+)?|\bet\s+(?:en|au|aux)\s+(?:[A-ZÀ-Þ][\w-]*\s+){1,3})"
                            r"par\s+(?P<list>[A-ZÀ-Þ][^.;,()]{0,60}?)"
                            r"(?=\s*[.;,()]|\s+(?:et\s+)?(?:en|le|à|au|aux|dans|sur|depuis|qui|pour)\s|\s*$)")
# "A, B et C en sont les vedettes", "A et B en tiennent les rôles principaux"
STARS_OF_IT = rx.compile(rf"(?P<list>{LIST})\s+(?:en\s+|y\s+)?(?:sont|étaient|furent)\s+les\s+(?:vedettes|"
                         rf"(?:principaux\s+)?interprètes|têtes\s+d['’]affiche)\b|(?P<list2>{LIST})\s+(?:(?:en|y)\s+)?"
                         rf"(?:tiennent|tenaient)\s+les\s+(?:premiers\s+|principaux\s+)?rôles|"
                         # "A, B et C y incarnent trois frères"
                         rf"(?P<list3>{LIST})\s+y\s+(?:incarnent|interprètent|jouent|incarnaient|jouaient)\s")
# "A y interprète un inspecteur ..., face à B et C": who plays opposite in it
OPPOSITE = rx.compile(r"\bface\s+à\s+(?=[A-ZÀ-Þ])")
# "Produite par Anne Example (Sambre Productions)": the producer's company in brackets
PRODUCER_COMPANY = rx.compile(rf"\b[Pp]roduite?\s+par\s+{PERSON}\s*\((?P<list>[^()]+)\)")
# "Le scénario est de A et B", "Le scénario et les dialogues sont de C"
SCREENPLAY_BY = rx.compile(rf"\b[Ll]e\s+scénario(?:\s+et\s+les\s+dialogues)?\s+(?:est|sont)\s+"
                           rf"(?:signés?\s+(?:par\s+)?|(?:l['’]œuvre\s+)?(?:de|d['’])\s*)(?P<list>{LIST})")
# "sur un scénario de A", "sur un scénario original d'A"
ON_SCRIPT = rx.compile(rf"\bsur\s+un\s+scénario\s+(?:original\s+)?(?:de|d['’])\s*(?P<list>{LIST})")
# "A y incarne le cavalier", "A y tient le rôle de Rocío", "le rôle principal ... est tenu par A"
# (and whom: "A y incarne Réjean Lavoie, un camionneur", "B y interprète Mathilde, la fille du colonel")
PLAYS_IN_IT = rx.compile(rf"(?P<list>{PERSON})\s+y\s+(?:incarne|interprète|joue|tient\s+le\s+rôle)\b"
                         rf"(?:\s+(?:de\s+|d['’]\s*)?(?P<char>{PERSON})(?=\s*[,.;]|\s*$))?|"
                         rf"\b(?:est|sont)\s+(?:tenus?|interprétés?|joués?)\s+par\s+(?:le\s+[a-zé]+\s+)?(?P<list2>{PERSON})")
# "la photographie est signée X", "sa photographie est l'œuvre de X", "photographie d'X"
PHOTOGRAPHY = rx.compile(rf"\b(?:[Ll]a\s+|[Ss]a\s+)?(?:[Pp]hotographie|direction\s+de\s+la\s+photographie)\s+"
                         rf"(?:(?:est|a\s+été)\s+)?(?:signée\s+(?:par\s+)?|l['’]œuvre\s+(?:de\s+|d['’])|"
                         rf"assurée\s+par\s+|confiée\s+à\s+|de\s+|d['’])\s*(?P<list>{LIST})")
# "la photographie est signée A et le montage B": the second craft's verb left out
AND_CRAFT = rx.compile(rf"\b(?:est|sont)\s+(?:signée?s?|assurée?s?\s+par|confiée?s?\s+à|l['’]œuvre\s+d[e']['’]?)\s*[^;.]*?"
                       rf"\s+et\s+(?:le|la|les|l['’])\s*(?P<role>montage|musique|photographie|image|décors|costumes|son)\s+"
                       rf"(?:(?:est\s+|sont\s+)?(?:de\s+|d['’]|à\s+)\s*)?(?P<list>{PERSON})")
# "Le scénario est coécrit par la réalisatrice et B", "écrit par le réalisateur": the director wrote it
BY_THE_DIRECTOR = rx.compile(r"\b(?:scénario|script)\s+(?:est|a\s+été|fut)\s+(?:co-?)?écrit\s+par\s+"
                             r"(?:le\s+réalisateur|la\s+réalisatrice|le\s+cinéaste|la\s+cinéaste)\b")
# "il met en scène A, B et C", "Le film met en scène ...": who plays in it
STAGES = rx.compile(r"\b(?:[Ii]l|[Ee]lle|[Ll]e\s+film|[Ll]e\s+long[- ]métrage)\s+met\s+en\s+scène\s+")
# "film français en langue bretonne"
IN_LANGUAGE = rx.compile(r"\ben\s+langues?\s+(?P<lang>[a-zà-ÿ]+)")
COWRITTEN_WITH = rx.compile(rf"\b(?:(?:scénario|script),?\s+(?:est\s+|a\s+été\s+)?(?:co-?écrit|coécrit|"
                            rf"écrit)|^[Cc]o-?écrit|^[Cc]oécrit)\s+(?:avec|en\s+collaboration\s+avec)\s+"
                            rf"(?P<list>{LIST})")
# "il suit Karim, un jeune ouvrier du port joué par A, et sa voisine Yvonne, une veuve
# interprétée par B": the part named, described, then who played it
PART_PLAYED_BY = rx.compile(rf"(?<![\w'’-])(?P<char>{CAP}(?:\s+{CAP})?),\s+(?:(?:un|une|le|la|l['’]|son|sa|ses)\s*"
                            rf"[^,;.()«»]{{1,80}}?\s+)?(?:jouée?|interprétée?|incarnée?)\s+par\s+(?P<actor>{PERSON})")
# (words that open a clause, not a part's name: "En 1954, un film interprété par ...")
NOT_PARTS = {"en", "le", "la", "les", "l", "il", "elle", "ils", "elles", "on", "dans", "apres", "avant", "puis",
             "mais", "depuis", "son", "sa", "ses", "un", "une", "ce", "cette", "pour", "avec", "lors", "sous",
             "sur", "a", "au", "aux", "du", "des", "de", "et", "ou", "enfin", "ici", "film", "premier", "premiere"}
# "Écrit par la réalisatrice avec B": B co-wrote it (B is no actor of it)
WRITTEN_BY_DIRECTOR_WITH = rx.compile(rf"\b(?:[EeÉé]crit|[Cc]o-?écrit|[Cc]oécrit)\s+par\s+(?:le|la)\s+"
                                      rf"(?:réalisat(?:eur|rice)|cinéaste)\s+avec\s+(?P<list>{LIST})")
FILM_BY = rx.compile(rf"^(?:[^,]*,\s+sortie?\s+[^,]{{3,30}},)?[^,]*?\b(?:film|comédie|drame|documentaire|long[- ]métrage|court[- ]métrage|"
                     rf"téléfilm|thriller|western|mélodrame)\s+(?:d['’][a-zé]+\s+)?(?:[a-zéèêàç-]+\s+){{0,3}}(?:\((?:1[89]|20)\d\d\)\s+)?(?:de|d['’]|"
                     # "le premier long métrage du réalisateur belge A", "de la cinéaste B"
                     rf"(?:du|de\s+la)\s+(?:réalisat(?:eur|rice)|cinéaste)\s+(?:(?!(?:après|avant|avec|dans|pour|depuis|sur)\s)"
                     rf"[a-zéèêàç-]+\s+){{0,2}}(?=[A-ZÀ-Þ])(?!(?:Les|Le|La|L['’]|Un|Une|Des)\b))\s*"
                     rf"(?P<list>{LIST})")
# "au Festival du film de X", "aux Rencontres du court métrage de Y": the festival's town
FESTIVAL_OF = rx.compile(r"\b(?:[Ff]estival|[Rr]encontres|[Ss]emaine|[Ff]ête|[Mm]ois|[Nn]uits?)\s+(?:international\s+)?"
                         r"du\s+(?:film|cinéma|court[- ]métrage|long[- ]métrage|documentaire)\s+"
                         r"(?:[a-zéèêàç-]+\s+){0,2}(?:de|d['’])\s*$")
BASED_ON = rx.compile(rf"\b(?:[Dd]['’]après|[Aa]daptée?\s+d[ue]|[Aa]daptation\s+d[ue])\s+(?:le|la|l['’])?\s*"
                      rf"(?P<what>roman|pièce|livre|nouvelle|bande dessinée|récit)\s+"
                      rf"(?:(?P<title>[A-ZÀ-Þ«\"“][^,.;]*?)\s+)?(?:de|d['’])\s*(?P<list>{LIST})")
RELEASED = rx.compile(r"\bsortie?\s+(?:en\s+salles?\s+|au\s+cinéma\s+)?(?:en\s+France\s+)?"
                      r"(?:le\s+|en\s+)(?P<date>(?:\d{1,2}(?:er)?\s+[a-zéû]+\s+)?\d{4})")
DURATION = rx.compile(r"(?:\b(?:[Dd]['’]une\s+durée\s+de|[Ss]a\s+durée\s+est\s+de|dure|(?<![\w’'])Durée\s*:)\s+|(?:^|(?<=[.;]\s))(?=\d{2,3}\s*minutes\s*(?:[.;]|$)))(?:(?P<min>\d{2,3})\s*(?:minutes|min)\b|"
                      r"(?P<h>\d)\s*h\s*(?P<m>\d{2})?\b)")
# (the place may come first: "née à Nevers le 3 juin 1938", "né à Sétif (Algérie) le 8 octobre 1955")
_AT = r"(?:à\s+[A-ZÀ-Þ][^,;.()]{1,40}?(?:\s*\([^()]{1,40}\))?\s+(?=le\s|en\s))?"
BORN = rx.compile(r"\b[Nn]ée?\s+" + _AT + r"(?:le\s+|en\s+)?(?P<date>(?:\d{1,2}(?:er)?\s+[a-zéû]+\s+)?\d{4})")
DIED = rx.compile(r"\b[Mm]orte?\s+" + _AT + r"(?:le\s+|en\s+)?(?P<date>(?:\d{1,2}(?:er)?\s+[a-zéû]+\s+)?\d{4})")
MARRIED = rx.compile(r"\b(?:[Mm]ariée?|[Éé]pouse|[Éé]poux|compagne|compagnon)\s+(?:depuis\s+\d{4}\s+)?(?:à|avec|de|du|au)\s+"
                     r"(?P<who>[^.;,]+?)(?:\s+depuis\s+\d{4}|\s+en\s+\d{4}|[.;,]|$)")
# "Il épouse en 1980 l'actrice A", "Elle a épousé B", "Il se marie avec C en 1975", and
# "A Name avait épousé en 1968 la chanteuse B" (the sentence's subject by name)
WEDS = rx.compile(rf"(?:\b[Ii]l|\b[Ee]lle|^(?P<named>{PERSON}))\s+(?:épouse|a\s+épousé|avait\s+épousé|se\s+marie\s+avec|"
                  rf"s['’]est\s+mariée?\s+avec|s['’]était\s+mariée?\s+avec)\s+"
                  # ("Il avait épousé en secondes noces, en 1981, la costumière B")
                  rf"(?:en\s+(?:premières|secondes|troisièmes)\s+noces\s*,?\s*)?(?:,?\s*en\s+\d{{4}}\s*,?\s+)?(?:(?:l['’]|le\s+|la\s+)\s*(?:[a-zéèêàç-]+\s+){{1,2}}?)?(?P<who>{PERSON})"
                  rf"|\b[Ss](?:on|a)\s+(?:épouse|époux|mari|femme|veuve|compagne|compagnon)\s*,\s+"
                  rf"(?:(?:l['’]|le\s+|la\s+)\s*(?:[a-zéèêàç-]+\s+){{1,2}}?)?(?P<who2>{PERSON})")
# "avec la comédienne B Name, qu'il a épousée en 1962": the name before the clause
WEDDED = rx.compile(rf"(?P<who>{PERSON}),\s+qu['’](?:il|elle)\s+(?:a|avait|aura)\s+épousée?\b")
KNOWN_FOR = rx.compile(r"\b(?:[Cc]onnue?|[Cc]élèbre|[Rr]emarquée?)\s+(?:notamment\s+)?pour\s+(?:ses|son|sa)\s+"
                       r"(?:rôles?|interprétations?|films?)\s+dans\s+(?P<rest>[^.]+)")
PLAYED_IN = rx.compile(r"\b(?:(?:a|avait|aura|ont)\s+(?:[a-zé]+\s+)?tourné|(?:a\s+)?(?:joué|apparu|interprété\s+des\s+rôles|débute\s+au\s+cinéma(?:\s+en\s+\d{4})?|"
                       r"obtient\s+son\s+(?:premier\s+)?(?:grand\s+)?rôle))\s+(?:notamment\s+)?"
                       r"dans\s+(?P<rest>[^.]+)|\b[Rr]évélée?\s+(?:au\s+grand\s+public\s+)?(?:par|dans)\s+(?P<rest2>[^.]+)")
# a part in a life's story: "lui confie le rôle de Louise, fille de batelier, dans T (1955)",
# "Régine Azoulay en fait, dans T (1976), une concierge tragi-comique, Madame Pujol"
ROLE_IN = rx.compile(r"\brôle\s+(?:de|d['’])\s*(?P<char>[^,;()]{2,60}?)(?:\s*,[^,;()]{0,60})?,?\s+dans\s+"
                     r"(?P<rest>[A-ZÀ-Þ0-9«\"“][^,()]{0,80}?\s*\(\d{4}\))"
                     r"|\ben\s+fait,?\s+dans\s+(?P<rest2>[A-ZÀ-Þ0-9«\"“][^,()]{0,80}?\s*\(\d{4}\)),\s+"
                     r"(?P<char2>[^.;()]{2,80})")
# a director's casting of her: "A Name, qu'elle épouse en 1960, la dirige encore dans T (1962) et
# U (1966)", "Alain Kersaint lui offre dans T (1973) le rôle d'une mère"
DIRECTS_HER = rx.compile(r"(?:^|[:;]\s+|\b(?:de|d['’])\s*)(?P<who>" + PERSON + r")(?:\s*,[^,.;]{0,60},|,\s+qui)?\s+(?:la|le|l['’])?\s*(?:dirige|retrouve|"
                         r"fait\s+tourner|engage|lui\s+(?:offre|confie|donne|propose))\b"
                         r"[^.]{0,40}?\bdans\s+(?P<rest>[^.]+)")
# what a person did for the films a sentence lists (a people's lead): "Il a notamment signé
# les partitions de T (1984) de A", "Elle a éclairé tous les films de A, des T (2008) à U
# (2017)", "Elle a monté T (1967)", "Il a écrit le scénario de T (1976)", "On lui doit les
# partitions du Mur (1978)"
DID_FOR = rx.compile(r"\b(?:(?P<composer>(?:(?:signé|signe|composé|compose|écrit)\s+|lui\s+doit\s+(?:notamment\s+|aussi\s+|également\s+)?)"
                     r"(?:les\s+|la\s+)?"
                     r"(?:partitions?|musiques?|bandes?\s+originales?)\s+(?:originales?\s+)?(?:des\b|du\b|de\b|d['’])"
                     r"|(?:met|mis|mettra)\s+en\s+musique\s+(?=[A-ZÀ-Þ«\"“]))"
                     r"|(?P<cinematographer>éclairé|éclaire|photographié|photographie\s+(?=[A-ZÀ-Þt])|"
                     r"signé\s+(?:l['’]image|la\s+photo(?:graphie)?)\s+(?:des\b|du\b|de\b|d['’]))"
                     r"|(?P<editor>(?:a|avait|ont)\s+(?:aussi\s+|également\s+|notamment\s+)?monté|monte\s+(?=[A-ZÀ-Þ]))"
                     r"|(?P<screenwriter>(?:co-?)?écrit\s+(?:aussi\s+|également\s+)?(?:avec\s+(?P<cowriter>" + PERSON + r")\s+)?"
                     r"(?:le\s+scénario|les\s+scénarios)\s+(?:des\b|du\b|de\b|d['’])|scénarise|a\s+scénarisé))"
                     # the list ends where the sentence goes on to what else the person did
                     r"(?P<rest>(?:(?!,?\s+(?:et|puis)\s+(?:a\s+|avait\s+)?(?:aussi\s+|également\s+)?(?:co-?)?"
                     r"(?:écrit|réalisé|produit|monté|signé|composé|joué|tourné|éclairé)\b)[^.])+)")
# whose the films are that a crew member's sentence lists: "Pour A, B compose la musique des
# T (1969), ...", "Il travaille aussi pour A, dont il met en musique T (1971)"
FOR_WHOM = rx.compile(r"\b[Pp]our\s+(?P<who>" + PERSON + r")\s*,\s*(?:dont\s+(?:il|elle)\s+|(?:il|elle)\s+|"
                      r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+)(?:[a-zà-ÿ]+\s+){0,2}$")
# "des Insoumis de T (2008) à U (2017)": the article a preposition swallowed, given back
# (only where an item of the list starts: "Rue des Trois-Frères" keeps its "des")
CONTRACTED = tuple((rx.compile(rf"(?:^\s*|,\s*|\s(?:et|à|puis)\s+){word}\s+(?=[A-ZÀ-Þ])"), article)
                   for word, article in (("des", "Les"), ("du", "Le"), ("aux", "Les"), ("au", "Le")))
ESTABLISHED = rx.compile(rf"\b(?:fondée?|créée?)\s+en\s+(?P<year>\d{{4}})")
ALSO_KNOWN = rx.compile(r"^(?P<title>.+?)\s*(?:,|\()\s*(?:aussi\s+|également\s+)?(?:connu|sorti|intitulé)e?\s+"
                        r"(?:sous\s+le\s+titre\s+|en\s+anglais\s+sous\s+le\s+titre\s+)?(?P<alt>[^,()]+?)\s*(?:,|\))\s*"
                        r"(?=(?:est|était)\b)")

# a film a life's story names without brackets: "il réalise son premier long métrage, T, en
# 1958, avec A et B", "Il réalise en 1962 un premier court métrage documentaire, T"
FIRST_FILM = rx.compile(r"\b(?:réalise|tourne|signe)\s+(?:en\s+(?P<year2>\d{4})\s+)?(?:son|sa|un|une)\s+"
                        r"(?:premier|première|deuxième|second|seconde|dernier|dernière)\s+"
                        r"(?P<kind>long[- ]métrage|film|court[- ]métrage|documentaire|moyen[- ]métrage)"
                        r"(?:\s+(?P<kind2>documentaire))?\s*,\s*(?P<title>[«\"“]?[A-ZÀ-Þ0-9][^,()«»\"“”]{0,80}?[»\"”]?)"
                        r"(?:\s*\((?P<year3>\d{4})\)|\s*,\s*en\s+(?P<year>\d{4}))?(?=\s*[,.;]|\s*$)")
# "A (2003) et B (2010), tous deux réalisés par X": the director of the films just listed
BOTH_BY = rx.compile(rf",\s+(?:tous\s+(?:deux|les\s+deux|trois)|toutes\s+(?:deux|les\s+deux|trois))\s+"
                     rf"(?:réalisée?s|signée?s|mise?s\s+en\s+scène)\s+par\s+(?P<who>{PERSON})")
# "Il tourne ensuite T (1963) et U (1971)": a director's next films
DIRECTOR_TURNS = rx.compile(r"\b(?:[Ii]l|[Ee]lle)\s+(?:tourne|enchaîne\s+avec|signe)\s+(?:ensuite|alors|encore|"
                            r"aussi|également|puis)\b(?P<rest>[^.;]+)")
# "..., dont il signe aussi les scénarios": the person wrote the films just listed
WROTE_THEM = rx.compile(r",\s+dont\s+(?:il|elle)\s+(?:signe|écrit|a\s+signé|a\s+écrit)\s+(?:aussi\s+|également\s+)?"
                        r"(?:le\s+scénario|les\s+scénarios)\b")
# an actor's parts in a life's story: a film after its preposition ("dans T", "du Témoin (1974)",
# "d'Un été sans Hélène"), with its year in brackets, or one the sentence dates ("En 1986, ...
# de L'Homme du cadastre, de A Name") where a director follows it or "dans" leads to it
PART_FILM = rx.compile(r"\b(?P<prep>dans|de\s+la|de\s+l['’]|des|du|de|d['’])\s*"
                       r"(?P<title>[A-ZÀ-Þ0-9«\"“](?:(?!\s(?:dans|avec|pour|par|chez|co-?écrit|écrit|réalisé|sur|et)\s)"
                       r"[^,;:()«»\"“”.])*?(?:\s*[»\"”])?)"
                       r"(?:\s*\((?P<year>(?:1[89]|20)\d\d)\)|(?=\s*,\s*(?:de|d['’])\s*[A-ZÀ-Þ])|(?=\s*[.;]|\s*$))")
# who directed it, after it: "T (1974), de A Name", "T (1978), comédie de B Name"
PART_BY = rx.compile(rf"\s*,\s*(?:(?:une?\s+)?(?:comédie|drame|film|polar|thriller|western|mélodrame|documentaire)"
                     rf"\s+(?:[a-zé]+\s+)?)?(?:de|d['’])\s*(?P<who>{PERSON})")
# who directed it, before it: "chez A dans T", "A en fait le contrebandier L de T", "A lui
# confie un petit rôle dans T"
PART_CHEZ = rx.compile(rf"\bchez\s+(?P<who>{PERSON})\s*$")  # (before "dans T")
PART_MAKES = rx.compile(rf"(?:^|[:;,]\s+|\s)(?P<who>{PERSON})\s+(?:en\s+fait|lui\s+(?:confie|offre|donne|propose))\b[^.;:]*$")
# the character, before it: "le contrebandier Lucien de", "l'inoubliable commissaire Bastide du"
PART_CHAR = rx.compile(r"\b(?:le|la|l['’]|un|une)\s*(?:[a-zà-ÿ-]+\s+){1,3}?(?P<char>[A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+)?)\s+$")
PART_NAMED = rx.compile(rf"\b(?:interprétation|rôle|celui|celle)\s+(?:de|d['’])\s*(?P<char>{PERSON})\s*,")
# another in it: "il partage l'affiche de T, de A, avec la comédienne B", "où il retrouve B"
PART_WITH = rx.compile(rf"^\s*,\s*(?:avec|où\s+(?:il|elle)\s+retrouve)\s+(?:(?:la|le|l['’]|sa|son)\s*"
                       rf"(?:comédienne|comédien|actrice|acteur|partenaire)\s+)?(?P<who>{PERSON})")
# what is not the screen: "sur scène", "Au théâtre", "À la télévision", "la série T"
PART_NOT_FILM = rx.compile(r"\b(?:scène|théâtre|télévision|série|feuilleton|vaudeville|pièce|opéra|roman|"
                           r"disque|album|chanson)\b", re.I)
