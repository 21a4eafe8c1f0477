"""The command line: scripted checks, setup and demo data. Errors are one sentence on stderr."""
