"""Use cases, one module per capability. Each takes the acting Session, checks policy, does the
work in one transaction and writes its audit entry in that same transaction."""
