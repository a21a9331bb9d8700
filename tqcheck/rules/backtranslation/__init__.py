"""The back-translation rules (TQ9xx), one module each; each module's
docstring is the rule's documentation (What it does / Why / Example / Use
instead). Examples are ``sentence => what the model returned`` lines: the
sentence, then the round trip (TQ901-903) or back-translation (TQ904).

They are registered with every other rule in rules/__init__.py and read
the back-translation stage's round trips through ``ctx.backtranslation``
(rules.kinds.round_trip); without back-translation they find nothing.
"""
