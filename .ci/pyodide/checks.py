"""What chumchon must compute the same in Pyodide (xlwings Lite, JupyterLite) as in CPython.

Run by .ci/pyodide/run.sh in both; the script's last expression is a JSON text of every result, which the
job compares. The asserts check known values, so a wrong answer fails in either interpreter.
"""

import datetime
import doctest
import importlib
import json
import pkgutil
import sys

import chumchon
from chumchon import excel
from chumchon.cli import demo_text

# Worksheet functions with the values Excel sends (floats, serials, empty cells, 2-D ranges).
calls = {
    "bahttext": excel.chumchon_bahttext(1234.5),
    "thai_date": excel.chumchon_thai_date(46347.0, "full"),
    "parse_thai_date": excel.chumchon_parse_thai_date("๒๑ พ.ย. ๒๕๖๙").isoformat(),
    "be_year": excel.chumchon_be_year(46347.0),
    "fiscal_year": excel.chumchon_fiscal_year(46296.0, None),
    "pmt_begin": excel.chumchon_pmt(0.01, 12.0, 100000.0, 0.0, 1.0),
    "loan_schedule": excel.chumchon_loan_schedule(100000.0, 0.12, 12.0, 46037.0, None, None, "whole_baht_up"),
    "kkkj_schedule": excel.chumchon_kkkj_schedule(10000.0, 3.0, 46037.0),
    "dividend": excel.chumchon_dividend("opening_month_average", 0.057, 100000.0, [[1000.0] * 12]),
    "allocate_profit": excel.chumchon_allocate_profit(
        12345.67, [["welfare", "percent", 10.0], ["reserve", "residual", None]], "en"
    ),
    "assess": excel.chumchon_assess("ssg", [["written_bylaws", "par30_rate"], [True, 0.05]], "en"),
    "rate_slip": excel.chumchon_dividend("opening_month_average", 5.7, 100000.0, [[1000.0] * 12]),
    "xirr": excel.chumchon_xirr(
        [[-10000.0], [2750.0], [4250.0], [3250.0], [2750.0]],
        [[39448.0], [39508.0], [39751.0], [39859.0], [39904.0]],
    ),
}
assert abs(calls["xirr"] - 0.373362533518832) < 1e-12
assert calls["bahttext"] == "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"
assert abs(calls["pmt_begin"] - -8796.90977013284) < 1e-9
assert calls["dividend"] == 6013.5
assert calls["fiscal_year"] == 2570
assert "did you mean 5.7%?" in calls["rate_slip"]
assert [row[4] for row in calls["kkkj_schedule"][1:]] == [3333.0, 3333.0, 3334.0]

# The demo's calculations, in both languages.
demo = {language: demo_text(language) for language in ("th", "en")}
assert "บาท" in demo["th"]

# The package's doctests (docstring examples), module by module; plots needs matplotlib, which is optional.
failures = {}
for info in pkgutil.walk_packages(chumchon.__path__, "chumchon."):
    if info.name in ("chumchon.plots", "chumchon.__main__"):
        continue
    module = importlib.import_module(info.name)
    result = doctest.testmod(
        module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS, report=False
    )
    if result.failed:
        failures[info.name] = result.failed
assert not failures, failures


def _plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(repr(value))


json.dumps(
    {"python": sys.version_info[:2], "calls": calls, "demo": demo, "platform": sys.platform}, default=_plain
)
