"""The prose patterns of the Extraction issue, each on a small invented text of its own:
lead sentences, abstracts and related-article blocks, in English and in French.

Each case is data (a text, the claims it must give, the claims it must not give) fed to
one parametrized test. A claim is written (prop, subject, object) or, to pin the
qualifiers too, (prop, subject, object, {"character": ...}); the object is a name or a
literal value (dates as yyyy-mm-dd, durations in minutes, countries by English name).
A case the readers fail today is marked xfail(strict=True) with what they get wrong, so
that it turns red the day the reader is fixed and the mark can go.
"""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.model import Mention
from graph.read import from_text

from test_patterns_lists import assert_reads


def claims_of(text: str) -> set[tuple]:
    """(prop, subject name, object name or value, qualifiers) for every claim of `text`."""
    out = set()
    for c in extract(from_text(text)):
        o = c.object.name if isinstance(c.object, Mention) else c.object.value
        out.add((c.prop, c.subject.name, o, tuple(sorted(c.qualifiers))))
    return out


def case(id: str, text: str, want: list[tuple], absent: list[tuple] = (), xfail: str = ""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(want), list(absent), id=id, marks=marks)


CASES = [
    # ------------------------------------------------------------------ English leads
    case("lead-year-countries-director-starring", """Midnight Causeway

Midnight Causeway is a 1988 American-French neo-noir mystery thriller film directed by Hollis Marrow and starring Tomas Everand and Clara Bexley.
""", [
        ("date", "Midnight Causeway", "1988"),
        ("country", "Midnight Causeway", "United States"),
        ("country", "Midnight Causeway", "France"),
        ("director", "Midnight Causeway", "Hollis Marrow"),
        ("cast", "Midnight Causeway", "Tomas Everand"),
        ("cast", "Midnight Causeway", "Clara Bexley"),
    ], absent=[("director", "Midnight Causeway", "Tomas Everand")]),

    case("written-and-directed-by", """Happy Returns

Happy Returns is a 2004 French comedy drama film. The film is written and directed by Yannick Ferrol, produced by Odile Marchal, and starring Sabine Roux and Yannick Ferrol.
""", [
        ("director", "Happy Returns", "Yannick Ferrol"),
        ("screenwriter", "Happy Returns", "Yannick Ferrol"),
        ("producer", "Happy Returns", "Odile Marchal"),
        ("cast", "Happy Returns", "Sabine Roux"),
        ("cast", "Happy Returns", "Yannick Ferrol"),
    ], absent=[("director", "Happy Returns", "Odile Marchal")]),

    case("directed-produced-and-co-written-by", """The Ninth Mile

The Ninth Mile is a 1978 British war film directed, produced and co-written by Leslie Harrowgate.
""", [
        ("director", "The Ninth Mile", "Leslie Harrowgate"),
        ("producer", "The Ninth Mile", "Leslie Harrowgate"),
        ("screenwriter", "The Ninth Mile", "Leslie Harrowgate"),
        ("country", "The Ninth Mile", "United Kingdom"),
    ]),

    case("from-a-screenplay-by", """Paper Lanterns

Paper Lanterns is a 1962 American musical comedy film directed by Ned Calloway from a screenplay by Ruth Penrose.
""", [
        ("director", "Paper Lanterns", "Ned Calloway"),
        ("screenwriter", "Paper Lanterns", "Ruth Penrose"),
    ], absent=[("director", "Paper Lanterns", "Ruth Penrose")]),

    case("from-a-screenplay-she-co-wrote-with", """Winter Tides

Winter Tides is a 2008 drama film directed by Imogen Slade from a screenplay she co-wrote with Rufus Penhallow.
""", [
        ("director", "Winter Tides", "Imogen Slade"),
        ("screenwriter", "Winter Tides", "Imogen Slade"),
        ("screenwriter", "Winter Tides", "Rufus Penhallow"),
    ], absent=[("director", "Winter Tides", "Rufus Penhallow")]),

    case("produced-by-two-people", """Salt Road

Salt Road is a 1999 Canadian drama film directed by Mara Quillon and produced by Irving Stahl and Martin Kessel.
""", [
        ("producer", "Salt Road", "Irving Stahl"),
        ("producer", "Salt Road", "Martin Kessel"),
        ("director", "Salt Road", "Mara Quillon"),
        ("country", "Salt Road", "Canada"),
    ], absent=[("director", "Salt Road", "Irving Stahl")]),

    case("the-film-stars", """Cold Harbor Road

Cold Harbor Road is a 2015 American crime thriller film written and directed by Miles Okafor. The film stars Jenna Rourke, Dev Malhotra and Curtis Lamb.
""", [
        ("cast", "Cold Harbor Road", "Jenna Rourke"),
        ("cast", "Cold Harbor Road", "Dev Malhotra"),
        ("cast", "Cold Harbor Road", "Curtis Lamb"),
        ("director", "Cold Harbor Road", "Miles Okafor"),
        ("screenwriter", "Cold Harbor Road", "Miles Okafor"),
    ]),

    case("composed-the-film-score", """Harbour Lights

Harbour Lights is a 1997 British drama film directed by Hollis Marrow. Anselm Brightwater composed the film score.
""", [
        ("composer", "Harbour Lights", "Anselm Brightwater"),
    ], absent=[("cast", "Harbour Lights", "Anselm Brightwater"),
               ("director", "Harbour Lights", "Anselm Brightwater")]),

    case("based-on-the-novel-by", """Winter Tides

Winter Tides is a 2008 drama film directed by Imogen Slade, based on the 2003 novel The Drowned Coast by Helena Marchbanks.
""", [
        ("based_on", "Winter Tides", "The Drowned Coast"),
        ("author", "The Drowned Coast", "Helena Marchbanks"),
    ], absent=[("screenwriter", "Winter Tides", "Helena Marchbanks"),
               ("director", "Winter Tides", "Helena Marchbanks")]),

    case("adapted-from-a-novelists-novel-the-author-before-the-work", """Winter Lamps

Winter Lamps is a 2011 drama film directed by Imogen Sample, adapted from Harriet Examplewood's 1998 novel The Keeper's Sample. It stars Tobias Model.

The novel was reissued after the film. Examplewood called it faithful.
""", [
        ("based_on", "Winter Lamps", "The Keeper's Sample"),
        ("author", "The Keeper's Sample", "Harriet Examplewood"),
    ], absent=[("cast", "Winter Lamps", "Harriet Examplewood"),
               ("director", "Winter Lamps", "Harriet Examplewood")]),

    case("release-paragraph-opens-with-the-title-where-it-was-the-opening-film", """The Lantern Samples

The Lantern Samples is a 2014 British drama film directed by Rosalind Example.

Release

The Lantern Samples had its world premiere at the Saltash Example Festival on 14 September 2014, where it was the opening film. It was released in cinemas in the United Kingdom and Ireland by Halcyon Model Releasing on 3 October 2014, and in the United States by Bramble Example Pictures in March 2015. The theatrical cut runs 108 minutes.
""", [
        ("duration", "The Lantern Samples", "108"),
        ("distributor", "The Lantern Samples", "Halcyon Model Releasing"),
        ("distributor", "The Lantern Samples", "Bramble Example Pictures"),
    ], absent=[("duration", "The Lantern Samples had its world premiere at the Saltash Example Festival on 14 "
                "September 2014, where it", "108")]),

    case("a-surname-owns-a-title-when-the-text-gave-it-in-full", """Edmund Example

Edmund Example is an English actor. He came to prominence in Desmond Specimen's The Coal Sample (1976) and went on to appear in Specimen's Brass Examples (1988) and Salt and Sample (2003).
""", [
        ("cast", "Brass Examples", "Edmund Example"),
        ("director", "Brass Examples", "Desmond Specimen"),
    ], absent=[("cast", "Specimen's Brass Examples", "Edmund Example")]),

    case("based-on-the-novel-by-without-a-title", """Paper Lanterns

Paper Lanterns is a 1962 American musical film directed by Ned Calloway, based on the novel by Agnes Whitlow.
""", [
        ("director", "Paper Lanterns", "Ned Calloway"),
    ], absent=[("screenwriter", "Paper Lanterns", "Agnes Whitlow"),
               ("director", "Paper Lanterns", "Agnes Whitlow"),
               ("cast", "Paper Lanterns", "Agnes Whitlow")]),

    case("released-on-a-date", """The Courage Game

The Courage Game is a comedy-drama film directed by Pierre Vallon released on 12 May 2006.
""", [
        ("date", "The Courage Game", "2006-05-12"),
        ("director", "The Courage Game", "Pierre Vallon"),
    ]),

    case("runs-for-minutes", """Perhaps Tomorrow

Perhaps Tomorrow is a 1999 French science fiction comedy film. Directed by Cédric Vautrin with a budget of 75 million franc, the film runs for 109 minutes.
""", [
        ("duration", "Perhaps Tomorrow", "109"),
        ("director", "Perhaps Tomorrow", "Cédric Vautrin"),
    ]),

    case("alternative-title-with-or", """Harvest of Stones

Harvest of Stones or La Moisson des pierres is a 1989 French-Irish comedy film, directed by Colm Garvey.
""", [
        ("alias", "Harvest of Stones", "La Moisson des pierres"),
        ("director", "Harvest of Stones", "Colm Garvey"),
        ("country", "Harvest of Stones", "Ireland"),
    ]),

    case("alternative-title-also-known-as", """The Ninth Mile

The Ninth Mile, also known as Mile Nine, is a 1978 British war film directed by Leslie Harrowgate.
""", [
        ("alias", "The Ninth Mile", "Mile Nine"),
        ("director", "The Ninth Mile", "Leslie Harrowgate"),
    ]),

    # ------------------------------------------------------------------ people
    case("actress-and-singer-married-known-for-nominated", """<span class="mw-page-title-main">Clara Bexley</span> English actress

Clara Bexley is a French actress and singer. She is known for her roles in The Quiet Acre (2007), Salt and Ashes (1999) and Night Tide (1988). She has been nominated for a César Award for Best Actress for Harbour Lights (2013). She has been married to Polish film director Fergus Lyle since 1989.
""", [
        ("occupation", "Clara Bexley", "actress"),
        ("occupation", "Clara Bexley", "singer"),
        ("nationality", "Clara Bexley", "France"),
        ("cast", "The Quiet Acre", "Clara Bexley"),
        ("cast", "Salt and Ashes", "Clara Bexley"),
        ("cast", "Night Tide", "Clara Bexley"),
        ("cast", "Harbour Lights", "Clara Bexley"),
        ("nominated", "Clara Bexley", "César Award for Best Actress"),
        ("spouse", "Clara Bexley", "Fergus Lyle"),
    ], absent=[("spouse", "Clara Bexley", "Polish")]),

    case("born-year-in-a-related-article-header", """Related Research Articles

<span class="mw-page-title-main">Orla Fennimore</span> French actress (born 1968)

Orla Fennimore is a French actress.
""", [
        ("birth_date", "Orla Fennimore", "1968"),
        ("occupation", "Orla Fennimore", "actress"),
    ]),

    case("life-years-and-stage-name", """<span class="mw-page-title-main">Josie Marlowe</span> Belgian actress and singer (1928–2020)

Hélène Marie, Baroness Vandamme, also known by her stage name Josie Marlowe, was a Belgian actress and singer. She appeared in more than 50 films from 1954.
""", [
        ("birth_date", "Josie Marlowe", "1928"),
        ("death_date", "Josie Marlowe", "2020"),
        ("occupation", "Josie Marlowe", "singer"),
    ], absent=[("birth_date", "Josie Marlowe", "1954")]),

    # ------------------------------------------------------------------ bodies
    case("record-label-established-as-an-affiliate", """<span class="mw-page-title-main">QN (record label)</span>

QN is a French record label established in 2004 as an affiliate of Polyphon Music Group with a long list of artists signed.
""", [
        ("founded", "QN", "2004"),
        ("parent", "QN", "Polyphon Music Group"),
    ]),

    case("film-production-company-is-not-a-film", """<span class="mw-page-title-main">Greyfriars Pictures</span>

Greyfriars Pictures is a British film production company established in 1988 as a subsidiary of Halloway Media Group.
""", [
        ("founded", "Greyfriars Pictures", "1988"),
        ("parent", "Greyfriars Pictures", "Halloway Media Group"),
    ], absent=[("date", "Greyfriars Pictures", "1988"),
               ("country", "Greyfriars Pictures", "United Kingdom")]),

    # ------------------------------------------------------------------ related-article blocks
    case("related-article-blocks-are-entities-of-their-own", """Harbour Lights (1997 film)

Harbour Lights is a 1997 British drama film directed by Hollis Marrow.

Related Research Articles

<i>Salt and Ashes</i> (film) 1994 film by Hollis Marrow

Salt and Ashes is a 1994 British-French romantic drama film directed by Hollis Marrow and starring Clara Bexley and Jean-Rémy Falconet.

<i>The Quiet Acre</i> 2001 British film by Fergus Lyle

The Quiet Acre is a 2001 British drama film written and directed by Fergus Lyle. It runs for 98 minutes.

<span class="mw-page-title-main">Wendell Price</span> Welsh actor (1931–2009)

Wendell Price was a Welsh actor.
""", [
        ("director", "Harbour Lights", "Hollis Marrow"),
        ("director", "Salt and Ashes", "Hollis Marrow"),
        ("cast", "Salt and Ashes", "Clara Bexley"),
        ("cast", "Salt and Ashes", "Jean-Rémy Falconet"),
        ("country", "Salt and Ashes", "France"),
        ("director", "The Quiet Acre", "Fergus Lyle"),
        ("screenwriter", "The Quiet Acre", "Fergus Lyle"),
        ("duration", "The Quiet Acre", "98"),
        ("birth_date", "Wendell Price", "1931"),
        ("death_date", "Wendell Price", "2009"),
    ], absent=[("cast", "Harbour Lights", "Clara Bexley"),
               ("duration", "Salt and Ashes", "98"),
               ("director", "Harbour Lights", "Fergus Lyle")]),

    # ------------------------------------------------------------------ French leads
    case("fr-film-francais-realise-par-sorti-en", """Le Silence des digues

Le Silence des digues est un film français réalisé par Agathe Morvan, sorti en 1997.
""", [
        ("director", "Le Silence des digues", "Agathe Morvan"),
        ("date", "Le Silence des digues", "1997"),
        ("country", "Le Silence des digues", "France"),
    ]),

    case("fr-coecrit-et-realise-par-sorti-le-dure", """Un hiver à Sète

Un hiver à Sète est un film franco-belge coécrit et réalisé par Nadège Villon, sorti le 4 mars 2009. Il dure 97 minutes.
""", [
        ("director", "Un hiver à Sète", "Nadège Villon"),
        ("screenwriter", "Un hiver à Sète", "Nadège Villon"),
        ("date", "Un hiver à Sète", "2009-03-04"),
        ("duration", "Un hiver à Sète", "97"),
        ("country", "Un hiver à Sète", "France"),
        ("country", "Un hiver à Sète", "Belgium"),
    ]),

    case("fr-produit-par", """Un hiver à Sète

Un hiver à Sète est un film français réalisé par Nadège Villon. Le film est produit par Lionel Faure et Sabine Dewaele.
""", [
        ("producer", "Un hiver à Sète", "Lionel Faure"),
        ("producer", "Un hiver à Sète", "Sabine Dewaele"),
    ]),

    case("fr-produit-par-pour-une-societe", """Un hiver à Sète

Un hiver à Sète est un film français réalisé par Nadège Villon. Le film est produit par Lionel Faure pour Les Productions du Môle.
""", [
        ("producer", "Un hiver à Sète", "Lionel Faure"),
        ("production_company", "Un hiver à Sète", "Les Productions du Môle"),
    ]),

    case("fr-scenario-coecrit-avec", """Un hiver à Sète

Un hiver à Sète est un film français coécrit et réalisé par Nadège Villon. Le scénario est coécrit avec Bruno Sarda.
""", [
        ("screenwriter", "Un hiver à Sète", "Nadège Villon"),
        ("screenwriter", "Un hiver à Sète", "Bruno Sarda"),
    ]),

    case("fr-comedie-de-avec-dans-le-role-de", """Le Mariage de tonton Gaston

Le Mariage de tonton Gaston est une comédie française de Jean-Claude Rivette, sortie en 1985, avec Fernand Ducrot dans le rôle de Gaston, Josiane Varenne et Maurice Delpech.
""", [
        ("cast", "Le Mariage de tonton Gaston", "Fernand Ducrot", {"character": "Gaston"}),
        ("cast", "Le Mariage de tonton Gaston", "Josiane Varenne"),
        ("cast", "Le Mariage de tonton Gaston", "Maurice Delpech"),
        ("date", "Le Mariage de tonton Gaston", "1985"),
        ("director", "Le Mariage de tonton Gaston", "Jean-Claude Rivette"),
    ]),

    case("fr-titre-international", """Le Mariage de tonton Gaston

Le Mariage de tonton Gaston (titre international : Uncle Gaston's Wedding) est une comédie française sortie en 1985.
""", [
        ("alias", "Le Mariage de tonton Gaston", "Uncle Gaston's Wedding"),
        ("date", "Le Mariage de tonton Gaston", "1985"),
    ]),

    case("fr-interpretes-principaux-musique-signee", """Les Vendanges de Marthe

Les Vendanges de Marthe est un film français réalisé par Pierre-Yves Largeau, sorti en 2003. Il a pour interprètes principaux Claire Monestier, Rémi Galland et Yvette Dorgelès. La musique du film est signée Antoine Sérac.
""", [
        ("director", "Les Vendanges de Marthe", "Pierre-Yves Largeau"),
        ("cast", "Les Vendanges de Marthe", "Claire Monestier"),
        ("cast", "Les Vendanges de Marthe", "Rémi Galland"),
        ("cast", "Les Vendanges de Marthe", "Yvette Dorgelès"),
        ("composer", "Les Vendanges de Marthe", "Antoine Sérac"),
    ]),

    case("fr-actrice-et-chanteuse-nee-en", """<span class="mw-page-title-main">Léa Fontanel</span> actrice française (née en 1971)

Léa Fontanel est une actrice et chanteuse française. Elle est mariée depuis 1999 au réalisateur Paul Méheut.
""", [
        ("occupation", "Léa Fontanel", "actress"),
        ("occupation", "Léa Fontanel", "singer"),
        ("birth_date", "Léa Fontanel", "1971"),
        ("nationality", "Léa Fontanel", "France"),
        ("spouse", "Léa Fontanel", "Paul Méheut"),
    ]),
]


# what the fourth blind set showed (stop 10), each on an invented text
CASES += [
    case("released-internationally-as-and-a-nickname-and-a-particle", """Mga Bituin sa Ilog (lit. 'Stars in the River'), released internationally as River Stars, is a 2016 Filipino drama film directed by Danilo "Danny" dela Cruz. Produced by Rosario Lim-Abad under Tala Pictures, it stars Ana Villareal and Kiko "K-Boy" Santos. It earned ₱150 million at the box office.
""", [
        ("alias", "Mga Bituin sa Ilog", "River Stars"),
        ("director", "Mga Bituin sa Ilog", "Danilo dela Cruz"),
        ("production_company", "Mga Bituin sa Ilog", "Tala Pictures"),
        ("cast", "Mga Bituin sa Ilog", "Kiko Santos"),
        ("box_office", "Mga Bituin sa Ilog", "150000000"),
    ]),

    case("cinematography-editing-songs-and-a-surname-of-two-words", """Het Stille Water is a 2013 Belgian drama film directed by Pieter Van Acker and written by Van Acker and Els Maes. It was produced by Joris Wauters for Scheldefilm. Cinematography was by Tom Geerts and editing by Sanne Roels. The songs were written by Bram Dewulf. Running time is 97 minutes.
""", [
        ("screenwriter", "Het Stille Water", "Pieter Van Acker"),
        ("production_company", "Het Stille Water", "Scheldefilm"),
        ("cinematographer", "Het Stille Water", "Tom Geerts"),
        ("editor", "Het Stille Water", "Sanne Roels"),
        ("songwriter", "Het Stille Water", "Bram Dewulf"),
        ("duration", "Het Stille Water", "97"),
    ], absent=[("screenwriter", "Het Stille Water", "Van Acker"),
               ("screenwriter", "Het Stille Water", "Bram Dewulf")]),

    case("features-music-by-is-no-cast-and-a-film-unit-produces", """Zimowy most is a 1979 Polish drama film directed by Alina Sowa. It was produced by the film unit Zespół Filmowy Kadr and features music by Piotr Rudnicki. Running time is 88 minutes.
""", [
        ("production_company", "Zimowy most", "Zespół Filmowy Kadr"),
        ("composer", "Zimowy most", "Piotr Rudnicki"),
    ], absent=[("cast", "Zimowy most", "Piotr Rudnicki")]),

    case("a-directors-year-film-and-a-title-with-an-article", """Gold Creek Waltz is a 1997 Australian musical film directed by Dean Farrow, a loose remake of Ivy Tremayne's 1956 film The Copper Creek Waltz. It was Farrow's second feature, after The Back-Gate (1992). The screenplay, by Farrow and Nola Price, was adapted from a short story by Vern Coles.
""", [
        ("director", "The Copper Creek Waltz", "Ivy Tremayne"),
        ("date", "The Copper Creek Waltz", "1956"),
        ("date", "The Back-Gate", "1992"),
        ("screenwriter", "Gold Creek Waltz", "Dean Farrow"),
        ("screenwriter", "Gold Creek Waltz", "Nola Price"),
    ]),

    case("a-pronoun-is-never-a-film", """THE LONG TIDE

He was a boy in my short film HARBOUR BOYS, ten years ago.
""", [], absent=[("alias", "THE LONG TIDE", "He")]),

    case("fr-scenario-est-de-photographie-met-en-scene-langue", """Le Sentier des cerfs est un film québécois réalisé par Marc-Yves Trudel, sorti en 1976. Le scénario est de Trudel et Louise Béland-Roy. Premier film tourné en langue innue, il met en scène Réal Picard, Anne Gosselin et Paul Vachon. La photographie est signée Denis Grenon. D'une durée de 91 minutes.
""", [
        ("screenwriter", "Le Sentier des cerfs", "Marc-Yves Trudel"),
        ("screenwriter", "Le Sentier des cerfs", "Louise Béland-Roy"),
        ("cast", "Le Sentier des cerfs", "Réal Picard"),
        ("cast", "Le Sentier des cerfs", "Paul Vachon"),
        ("cinematographer", "Le Sentier des cerfs", "Denis Grenon"),
        ("duration", "Le Sentier des cerfs", "91"),
    ]),

    case("fr-coecrit-avec-produit-par-pour-and-a-company-in-brackets", """Le Bus de Mokolo est une comédie camerounaise réalisée par Samuel Ebongue Nkotto, sortie en 2014. Coécrit avec Rose Mbida, le film est interprété par Paul Ateba et Aline Ngo. Produit par Ebongue Nkotto pour Sanaga Pictures, il a coûté 30 millions de francs CFA. Produite par Anne Dufresne (Meuse Productions), la version belge dure 1 h 28.
""", [
        ("screenwriter", "Le Bus de Mokolo", "Rose Mbida"),
        ("screenwriter", "Le Bus de Mokolo", "Samuel Ebongue Nkotto"),
        ("production_company", "Le Bus de Mokolo", "Sanaga Pictures"),
        ("production_company", "Le Bus de Mokolo", "Meuse Productions"),
        ("budget", "Le Bus de Mokolo", "30000000"),
    ], absent=[("cast", "Le Bus de Mokolo", "Rose Mbida")]),

    case("fr-coecrit-et-realise-par-avec-and-a-company-with-its-article", """Les Toits de Carthage est un film tunisien coécrit et réalisé par Amel Ben Youssef avec Karim Sassi, sorti en 2011. Produit par Les Films du Golfe, il a pour interprètes principaux Mona Jaziri et Hedi Ferchichi. Musique de Nabil Trabelsi ; photographie d'Anis Gharbi.
""", [
        ("screenwriter", "Les Toits de Carthage", "Karim Sassi"),
        ("production_company", "Les Toits de Carthage", "Les Films du Golfe"),
        ("cinematographer", "Les Toits de Carthage", "Anis Gharbi"),
    ], absent=[("cast", "Les Toits de Carthage", "Karim Sassi")]),

    case("fr-in-passing-a-list-of-titles-and-a-title-by-its-director", """LES VERGERS

Un homme revient chez lui : LES VERGERS le suivent pendant un automne.

PAUL VERNET

Né à Lyon en 1962, Paul Vernet a tourné avec Anne Duclos, qui l'a dirigé dans LES HEURES PLEINES (2001) et MADAME NOVEMBRE (2008). On l'a vu plus récemment dans LA TERRE EN FRICHE de Bastien Royer (2015).
""", [
        ("date", "LES HEURES PLEINES", "2001"),
        ("date", "MADAME NOVEMBRE", "2008"),
        ("director", "LA TERRE EN FRICHE", "Bastien Royer"),
    ]),
]


# what the fifth blind set showed (stop 10)
CASES += [
    case("fr-interprete-par-a-pour-interpretes-musique-d-adapte-tourne-en", """Kiri no minato est un film japonais réalisé par Jirō Hamada, sorti le 2 avril 1961. Ce drame réunit Yumiko Sōda, Kenzō Ōkawa et Michiko Hino. Hamada a adapté lui-même un roman de Sei Arima ; la musique est d'Ichirō Kanda.

Las noches de Bernal est un film argentin réalisé par Marta Ledesma, sorti en 1987. Interprété par Graciela Funes, Osvaldo Reyes et le jeune Tomás Ibarra, il raconte une famille.

Sandhavet est un film danois écrit et réalisé par Mette Holm Lund, sorti en 2016. Il a pour interprètes Rasmus Bech, Signe Holt et Bodil Lund.

Xaritu Dëkk est un film sénégalais réalisé par Ababacar Ndiaye, sorti en 1977. Tourné en wolof à Joal, il a pour interprètes principaux Awa Seck et Modou Ndour. Avec l'actrice française Claire Lemarchal.
""", [
        ("cast", "Kiri no minato", "Kenzō Ōkawa"),
        ("screenwriter", "Kiri no minato", "Jirō Hamada"),
        ("composer", "Kiri no minato", "Ichirō Kanda"),
        ("cast", "Las noches de Bernal", "Tomás Ibarra"),
        ("cast", "Sandhavet", "Signe Holt"),
        ("language", "Xaritu Dëkk", "Wolof"),
        ("cast", "Xaritu Dëkk", "Claire Lemarchal"),
    ]),

    case("fr-a-body-named-with-a-quoted-word", """Jarzębiny nad Odrą est un film dramatique polonais réalisé par Zbigniew Nowak, sorti en 1964. Produit par le Zespół Filmowy « Wisła », il a été présenté à Venise.
""", [("production_company", "Jarzębiny nad Odrą", "Zespół Filmowy Wisła")],
        absent=[("producer", "Jarzębiny nad Odrą", "Zespół Filmowy")]),

    case("en-a-language-film-and-a-name-with-combining-marks", """Ọjà Oru is a 2013 Yoruba-language drama film directed by Adébáyọ̀ Okonjo-Ade.
""", [("language", "Ọjà Oru", "Yoruba"), ("director", "Ọjà Oru", "Adébáyọ̀ Okonjo-Ade")],
        absent=[("director", "Ọjà Oru", "Adébáy")]),
    # "tourné pour A dans T (2014)": the title after the name, and A its director
    case("fr-tourne-pour-a-dans-t", """Léon Carbonnel (1928-2017) est un acteur français. Il a joué dans La Saison des autres (1962). Il a aussi tourné pour Hélène Marchais dans Les Heures grises (2014), où il interprète le père Anselme.
""", [("director", "Les Heures grises", "Hélène Marchais"), ("cast", "Les Heures grises", "Léon Carbonnel")],
        absent=[("date", "Hélène Marchais dans Les Heures grises", "2014")]),
    # a film's sentence with a clause after its year: the film is the title before it, and
    # "qu'il écrit avec A" names its writers; "du Testament de X, réalisé par B" is X's director
    case("fr-t-year-qu-il-ecrit-avec-a-est-un-drame", """Gaspard Morvellec

Gaspard Morvellec (1931-2008) est un réalisateur français.

Les Noces d'étain (1969), qu'il écrit avec la romancière Odile Barjac, est un drame paysan tourné dans le Cantal avec Rémi Vasseur et Jacques Pradal. Le film est mal reçu, et Morvellec se consacre à l'écriture : il signe en 1971 le scénario du Testament de Baptistin, réalisé par Édouard Lafosse.

Gaspard Morvellec avait épousé en 1968 la chanteuse Martine Lhermite.
""", [("date", "Les Noces d'étain", "1969"), ("screenwriter", "Les Noces d'étain", "Odile Barjac"),
          ("screenwriter", "Les Noces d'étain", "Gaspard Morvellec"), ("cast", "Les Noces d'étain", "Rémi Vasseur"),
          ("spouse", "Gaspard Morvellec", "Martine Lhermite")],
        absent=[("director", "Les Noces d'étain", "Édouard Lafosse"),
                ("cast", "Les Noces d'étain, qu'il écrit avec la romancière Odile Barjac", "Rémi Vasseur")]),
    # "A Films et avec B", "bénéficie du soutien du Fonds X et du Fonds Y": bodies, whole
    case("fr-et-avec-b-and-beneficie-du-soutien-du", """Les Heures grises (film)

Les Heures grises est un film dramatique franco-belge réalisé par Hélène Marchais, sorti en 2014.

Le film est produit par Sophie Vernet pour Les Films du Loriot, en coproduction avec la société belge Meuse Films et avec Marine Télévision Cinéma. Il bénéficie du soutien du Fonds jurassien d'aide au cinéma et du Fonds bruxellois de l'image.
""", [("production_company", "Les Heures grises", "Meuse Films"),
          ("production_company", "Les Heures grises", "Marine Télévision Cinéma"),
          ("funder", "Les Heures grises", "Fonds jurassien d'aide au cinéma"),
          ("funder", "Les Heures grises", "Fonds bruxellois de l'image")],
        absent=[("production_company", "Les Heures grises", "Meuse Films et")]),
    # "distribué en France par A et en Belgique par B": two distributors, and no "A et"
    case("fr-distribue-en-france-par-a-et-en-belgique-par-b", """Un hiver à Knokke est un film belge réalisé par Lotte Exemplaar, sorti en
2004. Il met en scène Blanche Modèle. Le film est distribué en France par Héron Distribution
et en Belgique par Distributions Lemaître.
""", [("distributor", "Un hiver à Knokke", "Héron Distribution"),
          ("distributor", "Un hiver à Knokke", "Distributions Lemaître")],
        absent=[("distributor", "Un hiver à Knokke", "Héron Distribution et")]),
    # a distributor whose name has no company's word, released "by" it with only where between
    case("en-released-by-a-name-of-no-company-word", """Gulls of Penmarch is a 2007 British crime film directed by Tamsin Orrel and written by
Hugh Benbow. The film was produced by Quillet Bay Productions and released by Harrow Crossing on 9
March 2007.

Salt Ledger is a 2011 British drama film directed by Tamsin Orrel. It was released in the United Kingdom by Marten Vale.
""", [("distributor", "Gulls of Penmarch", "Harrow Crossing"), ("distributor", "Salt Ledger", "Marten Vale"),
          ("production_company", "Gulls of Penmarch", "Quillet Bay Productions")],
        absent=[("distributor", "Gulls of Penmarch", "Hugh Benbow"), ("distributor", "Salt Ledger", "Tamsin Orrel")]),
    # who the director is to the person, between "directed by" and the name
    case("en-directed-by-her-contemporary-a-name", """Wenna Tregear (born 2 May 1980) is an English actress. She had a small part in the short film Sunday at Porthleven (2005), directed by her drama-school contemporary Elwin Harcastle, and in Lamp Street (2007), directed by her brother Jory Tregear.
""", [("director", "Sunday at Porthleven", "Elwin Harcastle"), ("director", "Lamp Street", "Jory Tregear")],
        absent=[("director", "Sunday at Porthleven", "Her drama-school contemporary Elwin Harcastle")]),
    # a film's world takings, not one country's, when a sentence gives both
    case("en-grossed-in-one-country-and-worldwide", """The Quay Lamps (film)

The Quay Lamps is a 2014 British drama film directed by Morwen Ashby.

The film grossed £2.1 million in the United Kingdom and $7.4 million worldwide, against a production budget of £3.2 million.
""", [("box_office", "The Quay Lamps", "7400000"), ("budget", "The Quay Lamps", "3200000")],
        absent=[("box_office", "The Quay Lamps", "2100000")]),
    # "with additional financing from" names funders, and ends the co-producers' list before it
    case("en-co-production-with-then-financing-from", """The Quay Lamps (film)

The Quay Lamps is a 2014 British drama film directed by Morwen Ashby.

The film was produced by Delia Rusk for Ferncastle Pictures, in co-production with Southlight Films, with additional financing from the Kernow Screen Fund and the Albion Lottery Film Board.
""", [("production_company", "The Quay Lamps", "Southlight Films"), ("funder", "The Quay Lamps", "Kernow Screen Fund"),
          ("funder", "The Quay Lamps", "Albion Lottery Film Board")],
        absent=[("production_company", "The Quay Lamps", "Albion Lottery Film Board")]),
]


# what the forty-fourth blind set showed (stop 52): a French lead's company after "pour les",
# a cast that "tiennent les rôles principaux", its length in a sentence, two languages, a
# film "en néerlandais", "incarné par"
CASES += [
    case("fr-pour-les-productions-tiennent-les-roles-sa-duree-en-neerlandais-incarne-par",
         """Les Modèles est un film québécois réalisé par Réjean Exemple, sorti en 1976. Cette comédie, produite par Monique Essai pour les Productions du Spécimen, suit trois sœurs. Marie-Andrée Modèle, Sylvie Exemple-Tremblay et Francine Spécimen tiennent les rôles principaux.

La Fleur d'essai (De Proefbloem) est un film belge en néerlandais réalisé par Koen Exemple en 1988. Sa durée est de 131 minutes.

Le Griot de Modèle est un film burkinabé réalisé par Adama Spécimen et sorti en 1995. Tourné en mooré et en français, il raconte la dernière saison d'un griot aveugle, incarné par Boureima Essai.
""", [("production_company", "Les Modèles", "Productions du Spécimen"), ("producer", "Les Modèles", "Monique Essai"),
      ("cast", "Les Modèles", "Sylvie Exemple-Tremblay"), ("cast", "Les Modèles", "Francine Spécimen"),
      ("language", "La Fleur d'essai", "Dutch"), ("duration", "La Fleur d'essai", "131"),
      ("language", "Le Griot de Modèle", "French"), ("cast", "Le Griot de Modèle", "Boureima Essai")]),
]


@pytest.mark.parametrize("text, want, absent", CASES)
def test_prose_pattern(text, want, absent):
    assert_reads(text, want, absent, read=claims_of)


MARKUP = """Harbour Lights (1997 film)

Harbour Lights is a 1997 British drama film directed by Hollis Marrow.

<span class="mw-page-title-main">Clara Bexley</span> English actress (born 1966)

Clara Bexley is an English actress. She is known for her roles in Salt and Ashes (1994).

<i>Salt and Ashes</i> (film) 1994 film by Hollis Marrow

Salt and Ashes is a 1994 British romantic drama film directed by Hollis Marrow.

<span class="mw-page-title-main">QN (record label)</span>

QN is a French record label established in 2004.
"""


def test_markup_of_related_article_headers_is_never_in_a_name():
    got = extract(from_text(MARKUP))
    names = {m.name for c in got for m in (c.subject, c.object) if isinstance(m, Mention)}
    assert {"Clara Bexley", "Salt and Ashes", "Hollis Marrow"} <= names
    assert not [n for n in names if any(x in n for x in ("<", ">", "span", "class=", "</i"))], names
    kinds = {(m.kind, m.name) for c in got for m in (c.subject, c.object) if isinstance(m, Mention)}
    assert ("person", "Clara Bexley") in kinds and ("film", "Salt and Ashes") in kinds
    assert not any(k == "film" and n.startswith("QN") for k, n in kinds)
