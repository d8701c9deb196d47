"""pytest-bdd step definitions, in the customer's words (Swedish step texts)."""
