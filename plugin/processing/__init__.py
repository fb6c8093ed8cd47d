"""Processing provider and algorithms: the plugin's core without the dock."""
