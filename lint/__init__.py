"""copydesk: an editorial quality linter for news drafts.

Library use (no file system involved)::

    import lint
    for d in lint.check_text(text, format="markdown", config={"rules": {...}}):
        print(d.line, d.column, d.rule, d.message)
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "check_text", "fix_text"]


def check_text(text, *, format="markdown", config=None, path=None):
    """Check one document and return its diagnostics (a list of
    lint.diagnostics.Diagnostic, sorted by position, with offsets).

    `format` is "markdown" or "text". `config` is None (defaults), a mapping
    with the keys of .copydesk.yaml (paths in it are relative to the current
    folder), or a lint.config.Config. `path` is only reported, and selects the
    config's per-path overrides.
    """
    from .api import check_text as _check_text

    return _check_text(text, format=format, config=config, path=path)


def fix_text(text, *, format="markdown", config=None, path=None, unsafe=False):
    """Apply the fixes copydesk is sure of and return (fixed text, remaining
    diagnostics). With `unsafe`, also the fixes that delete or reword text
    (a boilerplate block, a repeated paragraph, "former"). Fixes are applied
    and the text checked again until nothing changes; lint.fixes.FixLoop is
    raised when that does not settle. Other arguments as for check_text.
    """
    from .api import fix_text as _fix_text

    return _fix_text(text, format=format, config=config, path=path, unsafe=unsafe)
