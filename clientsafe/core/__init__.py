"""Pure domain: entities, roles, rules, validators, errors. No Qt, no SQL, no I/O."""
