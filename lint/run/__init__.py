"""The `copydesk check` pipeline: collect inputs, check them, report."""
