"""What every room of the engine uses: its settings (defaults, ports, exit codes), the values
that are never shown (secrets, passwords typed), the features' scenarios as pytest items."""
