"""Page objects for Mina sidor: locators by what a user sees, intent methods, no assertions."""
