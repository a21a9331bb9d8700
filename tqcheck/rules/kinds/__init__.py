"""Check kinds: the reusable shapes of a rule, in the spirit of Vale's
(existence, substitution, consistency...). A rule author starts here: most
rules are one kind with their own data or judgement.

- ``pattern.pattern_check`` (existence): flag every match of a pattern, or
  of a finder that merges several (TQ405).
- ``pattern.removal_finding`` (removal): text that must be deleted (a
  dateline, site boilerplate); the engine drops any finding inside it
  (TQ401-403).
- ``substitution.substitution_check`` (substitution table): flag every
  phrase of a TSV table and suggest its natural English; the table format
  is in rules.tables (TQ201, TQ203).
- ``quotes.scan`` (quote pairing): the document's quote marks with roles,
  paired per paragraph, shared through ``ctx.quotes`` (TQ101-110).
- ``pairs.lost_in_translation`` and ``pairs.omission_aware`` (pair,
  bilingual): compare each aligned source sentence with its translation
  (``ctx.pairs``), reporting a sentence once when TQ703 reports it as
  omitted (TQ701, TQ702, TQ707, TQ708).
- ``round_trip.flag_trips`` (round trip): judge each sentence's
  back-translation and round trip (``ctx.backtranslation``) (TQ901-904).

Every kind builds findings with ``rule.finding``; rules are registered in
rules/__init__.py. Import a kind from its module: this package imports
none of them, so a monolingual check never loads the pair kinds.
"""
