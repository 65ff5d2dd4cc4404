"""Check kinds: the Python behind the rules, one module per kind.

A module provides `check(doc, rule, ctx)`, yielding Findings (offset ranges into
`doc.text`, a message, optionally a safe fix), and may provide
`prepare(params)`, called once per run for each distinct set of parameters; what
it returns is `rule.state`. A bad parameter raises ValueError, which the engine
reports as a config error naming the rule file. Checks read `doc.masked` and the
Document's shared analyses; they never re-read the file.
"""
