"""The benchmark of the Scale issue: `make bench` (bench/run.py) over a generated corpus
(bench/corpus.py) or a folder of real documents. Not a test: see the README's Benchmark."""
