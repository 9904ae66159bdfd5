"""filmgraph: film documents into a checked schema.org + Wikidata-style knowledge graph."""
import rdflib

# Keep literals as written. rdflib rewrites some lexical forms when it creates or parses a
# literal ("PT155M"^^xsd:duration becomes "PT2H35M"); vocabulary.md writes durations in
# minutes, and a graph read back from our own files must be the graph we wrote.
rdflib.NORMALIZE_LITERALS = False
