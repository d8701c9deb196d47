"""The repository's own tooling around the features (make bench, make soak, make mutants):
not part of the pytest plugin, which never imports it."""
