"""Training the re-ranker and measuring it on the CLEF CheckThat! 2020 task 2 files.

Offline tools (scikit-learn for training); workers never import this package.
"""
