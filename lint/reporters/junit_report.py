"""JUnit XML for CI systems that show test results: one test case per checked
file, failing when the file has a diagnostic at or above --fail-on."""

from __future__ import annotations

from ..diagnostics import RANK


def render(report) -> str:
    import xml.etree.ElementTree as ET

    by_file: dict[str, list] = {path: [] for path in report.files}
    for d in report.diagnostics:
        by_file.setdefault(d.path or "-", []).append(d)
    failures = 0
    suite = ET.Element("testsuite", name="copydesk", tests=str(len(by_file)))
    for path, found in by_file.items():
        case = ET.SubElement(suite, "testcase", classname="copydesk", name=path)
        failing = [d for d in found if report.threshold is not None and RANK[d.severity] >= report.threshold]
        lines = [f"{d.path}:{d.line}:{d.column}: {d.severity} {d.rule} {d.message}" for d in found]
        if failing:
            failures += 1
            failure = ET.SubElement(case, "failure", type="copydesk",
                                    message=f"{len(failing)} problem{'s' if len(failing) != 1 else ''}")
            failure.text = "\n".join(lines)
        elif lines:
            ET.SubElement(case, "system-out").text = "\n".join(lines)
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suites = ET.Element("testsuites", name="copydesk", tests=suite.get("tests", "0"), failures=str(failures))
    suites.append(suite)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")
