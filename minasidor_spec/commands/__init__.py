"""What the command line starts: a run of the features in a child pytest, its plan, and a run
for another process (the development tools)."""
