"""Judging the help page's rules: each scenario's verdict and cause, the rules' states, why a
run stopped, and the run record the report and the history are written from."""
