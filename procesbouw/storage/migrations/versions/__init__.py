"""One module per schema revision; revision ids are the schema version numbers ("0001")."""
