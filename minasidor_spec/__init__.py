"""The spec engine: runs the help page's features against a target (the embedded reference
stack or a deployment named by a profile) and writes the product owner's report.

A pytest plugin (`minasidor_spec.plugin`, entry point `pytest11`) and a command line
(`python -m minasidor_spec spec|report|bench|browser`)."""
