"""The run inside pytest: fixtures (the browser, the target, its clients, the pre-flight), the
collector that watches each scenario, drift from the help page's words, privacy, accessibility,
progress and the rule gate."""
