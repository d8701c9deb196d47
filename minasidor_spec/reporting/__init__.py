"""What a run leaves for people and machines: the HTML report, JUnit, the history of earlier
runs, the comparison of two runs and the merge of shards."""
