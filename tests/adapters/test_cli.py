"""The command line: through ``main([...])`` and through a real ``python -m chumchon`` process, on real files.

Each test checks what a user or a script relies on: the printed text, the parsed CSV/JSON, the exit code, and
that errors are one line on standard error without a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from chumchon.cli import EXIT_FILE_ERROR, EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, _iter_examples, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "chumchon", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def assert_clean_error(err: str) -> None:
    """One line, prefixed with the program name, Thai and English, and never a traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("chumchon")
    assert " / " in lines[0]


# --- bahttext --------------------------------------------------------------------------------------------


def test_bahttext_prints_only_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "bahttext", "1234.5")
    assert (code, out, err) == (EXIT_OK, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์\n", "")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["101"], "หนึ่งร้อยเอ็ดบาทถ้วน"),
        (["101", "--style", "ed_after_tens"], "หนึ่งร้อยหนึ่งบาทถ้วน"),
        (["๑,๒๓๔.๕๐"], "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
        (["-0.5"], "ลบห้าสิบสตางค์"),
        (["1000000.01"], "หนึ่งล้านบาทหนึ่งสตางค์"),
        (["0.125", "--rounding", "satang_down"], "สิบสองสตางค์"),
        (["1234.5", "--lang", "en"], "One Thousand Two Hundred Thirty-Four Baht and Fifty Satang"),
        (["--parse", "หนึ่งร้อยเอ็ดบาทถ้วน"], "101.00"),
    ],
)
def test_bahttext_options(capsys: pytest.CaptureFixture[str], argv: list[str], expected: str) -> None:
    code, out, _ = run(capsys, "bahttext", *argv)
    assert code == EXIT_OK
    assert out == expected + "\n"


def test_bahttext_bad_amount_is_an_input_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "bahttext", "twelve")
    assert code == EXIT_INPUT_ERROR
    assert out == ""
    assert_clean_error(err)
    assert "'twelve'" in err


# --- date ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["2026-11-21"], "21 พฤศจิกายน 2569"),
        (["๒๑ พ.ย. ๒๕๖๙"], "2026-11-21"),
        (["วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569"], "2026-11-21"),
        (["2026-11-21", "--style", "full"], "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569"),
        (["2026-11-21", "--style", "medium", "--era"], "21 พ.ย. พ.ศ. 2569"),
        (["2026-11-21", "--style", "short"], "21 พ.ย. 69"),
        (["2026-11-21", "--style", "numeric", "--digits", "thai"], "๒๑/๑๑/๒๕๖๙"),
        (["21/11/2569", "--style", "long"], "21 พฤศจิกายน 2569"),
        (["--fiscal-year", "2570"], "1 ตุลาคม 2569 ถึง 30 กันยายน 2570"),
        (["--fiscal-year", "2570", "--style", "iso"], "2026-10-01 2027-09-30"),
        (["--fiscal-year", "2570", "--lang", "en"], "2026-10-01 to 2027-09-30"),
    ],
)
def test_date_conversions(capsys: pytest.CaptureFixture[str], argv: list[str], expected: str) -> None:
    code, out, _ = run(capsys, "date", *argv)
    assert code == EXIT_OK
    assert out == expected + "\n"


def test_date_details_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "date", "2026-11-21", "--format", "json")
    assert code == EXIT_OK
    values = {row["key"]: row["value"] for row in json.loads(out)}
    assert values["be_year"] == "2569"
    assert values["fiscal_year"] == "2570"  # FY 2570 begins on 1 October 2569
    assert values["fiscal_quarter"] == "1"
    assert values["full"] == "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569"


def test_date_details_as_csv_with_a_bylaw_fiscal_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "date", "2026-03-15", "--format", "csv", "--fiscal-start-month", "1", "--lang", "en"
    )
    assert code == EXIT_OK
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["Key", "Item", "Value"]
    values = {row[0]: row[2] for row in rows[1:]}
    assert values["fiscal_year"] == "2569"  # a calendar-year fiscal year is named after its own year
    assert values["fiscal_quarter"] == "1"


def test_date_that_does_not_exist_is_an_input_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "date", "30 กุมภาพันธ์ 2569")
    assert code == EXIT_INPUT_ERROR
    assert out == ""
    assert_clean_error(err)
    assert "กุมภาพันธ์" in err


def test_date_without_a_value_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "date")
    assert code == EXIT_USAGE
    assert "Traceback" not in err


# --- demo ------------------------------------------------------------------------------------------------


def test_demo_reads_like_thai_documents(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo")
    assert (code, err) == (EXIT_OK, "")
    # A whole year of the training group, with figures and baht text as a document writes them.
    assert "กำไรสุทธิ 22,955.00 บาท (สองหมื่นสองพันเก้าร้อยห้าสิบห้าบาทถ้วน)" in out
    assert "เงินปันผล 4,206.00 บาท (สี่พันสองร้อยหกบาทถ้วน)" in out
    # The กข.คจ. request, its schedule and the late payment, with Thai dates.
    assert "วันที่ยื่นคำขอ    3 พฤศจิกายน 2568" in out
    assert "15,000.00 บาท (หนึ่งหมื่นห้าพันบาทถ้วน)" in out
    assert "31 พ.ค. 2569  5,000.00" in out
    assert "ณ วันที่ 10 มิถุนายน 2569 งวดที่ 1" in out
    assert "เกินกำหนด 10 วัน" in out
    assert "ช้ากว่ากำหนด 20 วัน" in out
    # The SSG assessment with its plan.
    assert "SSG ระดับ S (ฉบับชั่วคราว): ไม่ผ่าน" in out
    assert "1. S10" in out


def test_demo_in_english_and_thai_digits(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--lang", "en")
    assert code == EXIT_OK
    assert "net profit 22,955.00 baht (Twenty-Two Thousand Nine Hundred Fifty-Five Baht Only)" in out
    assert "On 10 June 2026 instalment 1" in out
    assert "กำไรสุทธิ" not in out
    code, out, _ = run(capsys, "demo", "--digits", "thai")
    assert code == EXIT_OK
    assert "กำไรสุทธิ ๒๒,๙๕๕.๐๐ บาท" in out
    assert not any(ch.isascii() and ch.isdigit() for ch in out)


def test_demo_through_python_dash_m() -> None:
    # The README's main-job command, as a fresh process.
    done = run_process("demo")
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stderr == ""
    assert "สองหมื่นสองพันเก้าร้อยห้าสิบห้าบาทถ้วน" in done.stdout
    assert "หนึ่งหมื่นห้าพันบาทถ้วน" in done.stdout


# --- usage and help ---------------------------------------------------------------------------------------


def test_help_shows_an_example_for_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == EXIT_OK
    for name in ("demo", "bahttext", "date", "schedule", "kkkj-schedule", "dividends", "assess"):
        assert f"chumchon {name}" in out
        sub_code, sub_out, _ = run(capsys, name, "--help")
        assert sub_code == EXIT_OK
        assert f"chumchon {name}" in sub_out.split("examples:")[1]


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "bahttext", "1", "--bogus")
    assert code == EXIT_USAGE
    assert out == ""
    assert "--bogus" in err
    assert "Traceback" not in err


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == EXIT_USAGE
    assert "usage" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == EXIT_OK
    assert out.startswith("chumchon ")


def test_every_help_example_parses() -> None:
    # The examples in --help must be real command lines (files aside): argparse accepts each one.
    from chumchon.cli import _parser

    parser = _parser()
    for _name, example in _iter_examples():
        import shlex

        argv = shlex.split(example)[1:]
        parser.parse_args(argv)


# --- schedule --------------------------------------------------------------------------------------------


def test_schedule_table_with_totals_and_the_legal_cap(capsys: pytest.CaptureFixture[str]) -> None:
    # Savings-group loan quoted "ร้อยละ 1 ต่อเดือน": 500,000 baht, 24 months; first interest 1% of 500,000.
    code, out, _ = run(
        capsys,
        "schedule",
        "--principal",
        "500000",
        "--monthly-percent",
        "1",
        "--installments",
        "24",
        "--disbursed",
        "15 ม.ค. 2569",
    )
    assert code == EXIT_OK
    assert "   1  15 ก.พ. 2569" in out
    assert "5,000.00  23,536.74" in out
    assert "ไม่เกินเพดาน 15.00% ต่อปี" in out


def test_schedule_csv_parses_and_adds_up(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "schedule",
        "--principal",
        "50000",
        "--rate",
        "0.12",
        "--installments",
        "๑๒",
        "--disbursed",
        "2026-01-15",
        "--method",
        "flat",
        "--rounding",
        "whole_baht",
        "--format",
        "csv",
        "--lang",
        "en",
    )
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 12
    assert sum(Decimal(r["Principal"]) for r in rows) == Decimal("50000")
    assert all(Decimal(r["Interest"]) == Decimal("500.00") for r in rows)  # flat: 1% of 50,000 a month
    assert rows[0]["Payment"] == "4667.00"
    assert rows[-1]["Balance"] == "0.00"


def test_schedule_flat_rate_over_the_cap_is_flagged(capsys: pytest.CaptureFixture[str]) -> None:
    # 1% a month flat is about 21% a year: over the CCC s.654 cap, which the footer must say.
    argv = [
        "--principal",
        "50000",
        "--monthly-percent",
        "1",
        "--installments",
        "12",
        "--disbursed",
        "2026-01-15",
    ]
    code, out, _ = run(capsys, "schedule", *argv, "--method", "flat")
    assert code == EXIT_OK
    assert "คำเตือน: อัตราดอกเบี้ยที่แท้จริง 21.46% ต่อปี เกินเพดาน" in out


def test_schedule_json_keys(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--principal", "1200", "--rate", "0", "--installments", "3", "--disbursed", "2026-01-31"]
    code, out, _ = run(capsys, "schedule", *argv, "--format", "json")
    assert code == EXIT_OK
    document = json.loads(out)
    assert document["schema"] == "chumchon.schedule" and document["principal"] == "1200.00"
    records = document["installments"]
    assert [r["due_date"] for r in records] == [
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
    ]  # no month-end drift
    assert {r["payment"] for r in records} == {"400.00"}


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["--rate", "0.12", "--monthly-percent", "1"], EXIT_USAGE),
        ([], EXIT_USAGE),
        (["--rate", "-0.12"], EXIT_INPUT_ERROR),
        (["--rate", "0.12", "--first-due", "2025-12-01"], EXIT_INPUT_ERROR),
        (["--rate", "zero"], EXIT_INPUT_ERROR),
    ],
)
def test_schedule_bad_terms(capsys: pytest.CaptureFixture[str], argv: list[str], code: int) -> None:
    base = ["schedule", "--principal", "1000", "--installments", "3", "--disbursed", "2026-01-15"]
    got, out, err = run(capsys, *base, *argv)
    assert got == code
    assert out == ""
    assert "Traceback" not in err
    if code == EXIT_INPUT_ERROR:
        assert_clean_error(err)


# --- kkkj-schedule ---------------------------------------------------------------------------------------


def test_kkkj_schedule_matches_the_training_case(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["15000", "--installments", "3", "--first-due", "2026-05-31", "--disbursed", "2025-11-14"]
    code, out, _ = run(capsys, "kkkj-schedule", *argv, "--frequency", "semi_annual")
    assert code == EXIT_OK
    assert "   1  31 พ.ค. 2569  5,000.00    0.00  5,000.00    10,000.00" in out
    assert "(หนึ่งหมื่นห้าพันบาทถ้วน)" in out


def test_kkkj_schedule_remainder_on_the_first_instalment(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["10000", "--installments", "3", "--first-due", "2026-05-31", "--disbursed", "2025-11-14"]
    code, out, _ = run(capsys, "kkkj-schedule", *argv, "--remainder-on", "first", "--format", "json")
    assert code == EXIT_OK
    # Exact decimals: the document keeps each amount as the library holds it (3333 and 3333.00 are equal).
    assert [Decimal(r["principal"]) for r in json.loads(out)["installments"]] == [3334, 3333, 3333]


def test_kkkj_schedule_from_contract_dates(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["15000", "--disbursed", "2025-11-14", "--due", "๓๑ พ.ค. ๒๕๖๙=3000", "--due", "2026-11-30=12,000"]
    code, out, _ = run(capsys, "kkkj-schedule", *argv, "--format", "csv")
    assert code == EXIT_OK
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] == "งวดที่"
    assert [r[1] for r in rows[1:]] == ["2026-05-31", "2026-11-30"]
    assert [r[-1] for r in rows[1:]] == ["12000.00", "0.00"]


@pytest.mark.parametrize(
    "argv",
    [
        ["15000", "--disbursed", "2025-11-14", "--due", "2026-05-31=3000", "--due", "2026-11-30=11000"],
        ["15000", "--disbursed", "2025-11-14", "--due", "2026-05-31"],
    ],
)
def test_kkkj_schedule_refusals_are_input_errors(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, "kkkj-schedule", *argv)
    assert code == EXIT_INPUT_ERROR
    assert out == ""
    assert_clean_error(err)


def test_kkkj_schedule_past_the_contract_rows_is_built_with_a_finding(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["15000", "--disbursed", "2025-11-14", "--installments", "8", "--first-due", "2026-01-31"]
    code, out, _ = run(capsys, "kkkj-schedule", *argv, "--lang", "en")
    assert code == EXIT_OK
    assert "more than the contract's 6" in out and "status: secondary" in out


def test_kkkj_schedule_needs_instalments_or_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "kkkj-schedule", "15000", "--disbursed", "2025-11-14")
    assert code == EXIT_USAGE
    assert "--first-due" in err


# --- dividends from a CSV as Excel writes it -------------------------------------------------------------

_THAI_HEADER = (
    "รหัสสมาชิก,ชื่อ,ประเภท,ยอดยกมา," + ",".join(f"เดือน{m}" for m in range(1, 13)) + ",ดอกเบี้ยที่ชำระ,ผิดนัด"
)


def write_members_csv(path: Path, *, encoding: str = "utf-8-sig") -> Path:
    """Excel's "CSV UTF-8": a BOM, CRLF line ends, quoted amounts with thousands separators, Thai digits."""
    rows = [
        _THAI_HEADER,
        # DOMAIN 5.2 worked example: B0 = 100,000, 1,000 every month, 5.70% → 6,013.50.
        'A01,นางสมศรี ใจดี,สามัญ,"๑๐๐,๐๐๐",'
        + ",".join(["๑,๐๐๐"] * 12).replace("๑,๐๐๐", '"๑,๐๐๐"')
        + ',"๕๐,๐๐๐",ไม่ใช่',
        # One payment of 1,000 in the first fiscal month; the other months blank.
        "B02,นายสมชาย รักถิ่น,สมทบ,0,1000" + "," * 11 + ",0,",
        "C03,พระครูใจดี,กิตติมศักดิ์,0" + "," * 12 + ",0,",
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode(encoding))
    return path


def test_dividends_from_an_excel_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    members = write_members_csv(tmp_path / "สมาชิก.csv")
    code, out, err = run(capsys, "dividends", str(members), "--rate", "0.057", "--format", "json")
    assert (code, err) == (EXIT_OK, "")
    document = json.loads(out)
    assert document["schema"] == "chumchon.dividend_result" and document["method"] == "opening_month_average"
    by_member = {r["member_id"]: r for r in document["lines"]}
    assert by_member["A01"]["amount"] == "6013.50"
    assert by_member["B02"]["amount"] == "52.25"  # 1,000 × 5.7% × 11/12 = 52.25
    assert by_member["C03"]["amount"] == "0.00"


def test_dividends_table_total_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    members = write_members_csv(tmp_path / "members.csv")
    code, out, _ = run(
        capsys, "dividends", str(members), "--rate", "0.057", "--eligible-types", "ordinary,สมทบ"
    )
    assert code == EXIT_OK
    assert "รวมเงินปันผล 6,065.75 บาท (หกพันหกสิบห้าบาทเจ็ดสิบห้าสตางค์)" in out


def test_dividends_pool_is_split_exactly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    members = write_members_csv(
        tmp_path / "members.csv", encoding="cp874"
    )  # Excel's plain CSV on Thai Windows
    argv = ["dividends", str(members), "--pool", "1000", "--format", "csv", "--lang", "en"]
    code, out, _ = run(capsys, *argv, "--eligible-types", "ordinary,associate")
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sum(Decimal(r["Dividend"]) for r in rows) == Decimal("1000.00")


def test_dividends_with_thai_digits_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    members = write_members_csv(tmp_path / "members.csv")
    code, out, _ = run(capsys, "dividends", str(members), "--rate", "0.057", "--digits", "thai")
    assert code == EXIT_OK
    assert "๖,๐๑๓.๕๐" in out


def test_dividends_missing_file_is_a_file_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "dividends", str(tmp_path / "missing.csv"), "--rate", "0.05")
    assert code == EXIT_FILE_ERROR
    assert out == ""
    assert_clean_error(err)
    assert "missing.csv" in err


def test_dividends_folder_is_a_file_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "dividends", str(tmp_path), "--rate", "0.05")
    assert code == EXIT_FILE_ERROR
    assert_clean_error(err)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("member_id,opening_balance,m13\nA,1,1\n", "m13"),
        ("member_id,name\nA,x\n", "opening_balance"),
        ("member_id,opening_balance,m1\nA,100,-200\n", "row 2"),
        ("member_id,opening_balance\nA,abc\n", "row 2"),
        ("member_id,opening_balance,missed_installment\nA,1,maybe\n", "missed_installment"),
        ("", "no rows"),
    ],
)
def test_dividends_bad_csv_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, needle: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "dividends", str(path), "--rate", "0.05")
    assert code == EXIT_INPUT_ERROR
    assert out == ""
    assert_clean_error(err)
    assert needle in err


def test_dividends_unknown_member_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    members = write_members_csv(tmp_path / "members.csv")
    code, _, err = run(
        capsys, "dividends", str(members), "--rate", "0.05", "--eligible-types", "ordinary,vip"
    )
    assert code == EXIT_INPUT_ERROR
    assert_clean_error(err)
    assert "'vip'" in err


def test_dividends_help_documents_the_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dividends", "--help")
    assert code == EXIT_OK
    for column in ("member_id", "opening_balance", "m12", "เดือน12", "interest_paid", "missed_installment"):
        assert column in out


def test_dividends_rate_and_pool_exclude_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = write_members_csv(tmp_path / "members.csv")
    code, _, _ = run(capsys, "dividends", str(members), "--rate", "0.05", "--pool", "100")
    assert code == EXIT_USAGE


# --- assess from JSON facts and a rubric file ------------------------------------------------------------

_FACTS = {
    "written_bylaws": True,
    "committee_elected": True,
    "committee_meetings": 12,
    "general_meeting_held": True,
    "books_up_to_date": True,
    "statement_presented": True,
    "profit_allocated_per_bylaws": True,
    "bank_account_in_group_name": True,
    "members": 40,
    "members_paid_every_month": 35,
    "par30_principal": 6000.5,
    "loans_outstanding": 80000,
}


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_assess_ssg_from_json_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = write_json(tmp_path / "facts.json", _FACTS)
    code, out, _ = run(capsys, "assess", str(facts))
    assert code == EXIT_OK
    assert "SSG ระดับ S (ฉบับชั่วคราว): ผ่าน" in out
    assert "คะแนน 10/10" in out
    code, out, _ = run(capsys, "assess", str(facts), "--format", "json", "--lang", "en")
    records = {r["criterion"]["code"]: r for r in json.loads(out)["results"]}
    assert records["S5"]["value"] == "0.875"  # 35 of 40 members paid every month
    assert {r["outcome"] for r in records.values()} == {"passed"}


def test_assess_with_a_district_rubric_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from chumchon.assessment import ssg

    data = ssg.RUBRIC.to_mapping()
    data["id"] = "district-ssg"
    data["groups"][0]["criteria"][4]["threshold"] = "0.90"  # S5: at least 90% paid every month
    rubric = write_json(tmp_path / "rubric.json", data)
    facts = write_json(tmp_path / "facts.json", _FACTS)
    code, out, _ = run(
        capsys, "assess", str(facts), "--rubric", str(rubric), "--format", "csv", "--lang", "en"
    )
    assert code == EXIT_OK
    rows = {r["Code"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["S5"]["Outcome"] == "failed"
    assert rows["S5"]["Target"] == "at least 90.00%"


def test_assess_kkkj_health_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = write_json(tmp_path / "village.json", {"allocation": 280000, "total_fund": 270000})
    code, out, _ = run(capsys, "assess", str(facts), "--rubric-name", "kkkj_health", "--format", "json")
    assert code == EXIT_OK
    k1 = next(r for r in json.loads(out)["results"] if r["criterion"]["code"] == "K1")
    assert (
        k1["outcome"] == "failed" and k1["reason"]["th"]
    )  # the code, with the explanation in both languages


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('{"members": -1}', "members"),
        ('{"members": ', "JSON"),
        ('{"member_count": 3}', "member_count"),
        ('{"written_bylaws": "yes"}', "written_bylaws"),
        ("[1, 2]", "JSON"),
    ],
)
def test_assess_bad_facts_are_input_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, needle: str
) -> None:
    path = tmp_path / "facts.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "assess", str(path))
    assert code == EXIT_INPUT_ERROR
    assert out == ""
    assert_clean_error(err)
    assert needle in err


def test_assess_bad_rubric_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from chumchon.assessment import ssg

    data = ssg.RUBRIC.to_mapping()
    data["groups"][0]["criteria"][3]["comparison"] = "more_than"
    rubric = write_json(tmp_path / "rubric.json", data)
    facts = write_json(tmp_path / "facts.json", _FACTS)
    code, _, err = run(capsys, "assess", str(facts), "--rubric", str(rubric))
    assert code == EXIT_INPUT_ERROR
    assert_clean_error(err)
    assert "groups[0].criteria[3].comparison" in err


def test_assess_missing_rubric_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = write_json(tmp_path / "facts.json", _FACTS)
    code, _, err = run(capsys, "assess", str(facts), "--rubric", str(tmp_path / "nope.json"))
    assert code == EXIT_FILE_ERROR
    assert_clean_error(err)


def test_assess_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(_FACTS)))
    code, out, _ = run(capsys, "assess", "-")
    assert code == EXIT_OK
    assert "ผ่าน" in out


# --- real processes: errors on real files ----------------------------------------------------------------


def test_process_missing_file_exit_3(tmp_path: Path) -> None:
    done = run_process("dividends", "missing.csv", "--rate", "0.05", cwd=tmp_path)
    assert done.returncode == EXIT_FILE_ERROR
    assert done.stdout == ""
    assert_clean_error(done.stderr)


def test_process_bad_input_exit_1_without_traceback(tmp_path: Path) -> None:
    write_json(tmp_path / "facts.json", {"members": 10, "members_paid_every_month": 11})
    done = run_process("assess", "facts.json", cwd=tmp_path)
    assert done.returncode == EXIT_INPUT_ERROR
    assert done.stdout == ""
    assert_clean_error(done.stderr)


def test_process_bad_option_exit_2(tmp_path: Path) -> None:
    argv = ["--principal", "1000", "--rate", "0.1", "--installments", "3", "--disbursed", "2026-01-15"]
    done = run_process("schedule", *argv, "--nonsense", cwd=tmp_path)
    assert done.returncode == EXIT_USAGE
    assert "Traceback" not in done.stderr
    assert "--nonsense" in done.stderr


def test_process_dividends_csv_round_trip(tmp_path: Path) -> None:
    write_members_csv(tmp_path / "members.csv")
    done = run_process("dividends", "members.csv", "--rate", "0.057", "--format", "csv", cwd=tmp_path)
    assert done.returncode == EXIT_OK, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert rows[1][0] == "A01"
    assert rows[1][-1] == "6013.50"


# --- edges ------------------------------------------------------------------------------------------------


def test_binary_file_is_a_file_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "members.xlsx"
    path.write_bytes(b"PK\x03\x04\xff\xfe\xdb\xdc")  # an Excel workbook, not a CSV: neither UTF-8 nor TIS-620
    code, _, err = run(capsys, "dividends", str(path), "--rate", "0.05")
    assert code == EXIT_FILE_ERROR
    assert_clean_error(err)
    assert "TIS-620" in err


def test_a_console_that_cannot_encode_thai_gets_utf8() -> None:
    from chumchon.cli import _write

    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="ascii")
    _write("บาทถ้วน", console)
    assert raw.getvalue() == "บาทถ้วน\n".encode()


@pytest.mark.parametrize(
    "argv",
    [
        ["date", "2026-11-21", "--fiscal-year", "2570"],
        [
            "kkkj-schedule",
            "100",
            "--disbursed",
            "2026-01-01",
            "--due",
            "2026-02-01=100",
            "--installments",
            "1",
        ],
        ["assess", "facts.json", "--rubric", "r.json", "--rubric-name", "fhc"],
    ],
)
def test_options_that_exclude_each_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    write_json(tmp_path / "facts.json", _FACTS)
    write_json(tmp_path / "r.json", {})
    code, out, err = run(capsys, *argv)
    assert code == EXIT_USAGE
    assert out == ""
    assert "usage error" in err
    assert "Traceback" not in err


def test_schedule_grace_and_fee(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "--principal",
        "12000",
        "--monthly-percent",
        "1",
        "--installments",
        "4",
        "--disbursed",
        "2026-01-15",
    ]
    code, out, _ = run(capsys, "schedule", *argv, "--grace", "2", "--fee", "100", "--format", "json")
    assert code == EXIT_OK
    records = json.loads(out)["installments"]
    assert [r["principal"] for r in records[:2]] == ["0.00", "0.00"]  # interest only during the grace
    assert records[0]["interest"] == "120.00"
    assert records[-1]["balance"] == "0.00"


def test_dividends_in_english_with_a_row_too_long(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    members = write_members_csv(tmp_path / "members.csv")
    code, out, _ = run(capsys, "dividends", str(members), "--rate", "0.057", "--lang", "en")
    assert code == EXIT_OK
    assert "total dividends 6,065.75 baht (Six Thousand Sixty-Five Baht and Seventy-Five Satang)" in out
    long_row = tmp_path / "long.csv"
    long_row.write_text("member_id,opening_balance\nA,1,2\n", encoding="utf-8")
    code, _, err = run(capsys, "dividends", str(long_row), "--rate", "0.057", "--lang", "en")
    assert code == EXIT_INPUT_ERROR
    assert "row 2" in err


# --- documents in and out ---------------------------------------------------------------------------------------


def _training_files(tmp_path: Path) -> tuple[Path, Path]:
    from chumchon.jsontext import dumps
    from chumchon.savings.examples import training_group

    group = training_group()
    year, bylaws = tmp_path / "year.json", tmp_path / "bylaws.json"
    year.write_text(dumps(group.year.to_mapping()), encoding="utf-8")
    bylaws.write_text(dumps(group.bylaws.to_mapping()), encoding="utf-8")
    return year, bylaws


def test_close_from_json_documents(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from chumchon.savings import AnnualClose

    year, bylaws = _training_files(tmp_path)
    code, out, _ = run(capsys, "close", str(year), "--bylaws", str(bylaws))
    assert code == EXIT_OK
    assert any(line.startswith("กำไรสุทธิ") and line.endswith("22,955.00") for line in out.splitlines())
    code, out, _ = run(capsys, "close", str(year), "--bylaws", str(bylaws), "--format", "json")
    document = json.loads(out)
    assert code == EXIT_OK and document["schema"] == "chumchon.annual_close"
    assert AnnualClose.from_mapping(document).net_profit == Decimal("22955.00")


def test_close_from_a_member_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _year, bylaws = _training_files(tmp_path)
    members = tmp_path / "members.csv"
    members.write_text(
        "รหัสสมาชิก,ประเภท,ยอดยกมา,เดือน1,ดอกเบี้ยที่ชำระ\nM01,สามัญ,๑๐๐๐,๕๐๐,๒๐๐\nM02,สมทบ,500,100,0\n",
        encoding="utf-8",
    )
    argv = ["close", str(members), "--bylaws", str(bylaws), "--year-start", "1 ต.ค. 2567", "--fines", "50"]
    code, out, err = run(capsys, *argv, "--format", "json")
    assert code == EXIT_OK, err
    document = json.loads(out)
    assert [m["member_type"] for m in document["group"]["members"]] == ["ordinary", "associate"]
    assert document["income"]["net_profit"] == "250.00"
    code, _, err = run(capsys, "close", str(members), "--bylaws", str(bylaws))
    assert code == EXIT_USAGE and "--year-start" in err
    code, _, err = run(capsys, "close", str(_year), "--bylaws", str(bylaws), "--year-start", "2024-10-01")
    assert code == EXIT_USAGE


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nests deeper than 64 levels"),
        ('{"written_bylaws": true, "written_bylaws": false}', "gives the key 'written_bylaws' twice"),
        ('{"savings": NaN}', "holds NaN"),
        ('{"savings": 1e999999}', "larger than 10^40"),
        ("[1, 2]", "must hold a JSON object"),
    ],
)
def test_hostile_json_gets_one_clean_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, message: str
) -> None:
    facts = tmp_path / "deep.json"
    facts.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "assess", str(facts))
    assert code == EXIT_INPUT_ERROR
    assert_clean_error(err)
    assert message in err
    _year, bylaws = _training_files(tmp_path)
    code, _, err = run(capsys, "close", str(facts), "--bylaws", str(bylaws))
    assert code == EXIT_INPUT_ERROR and message in err


def test_village_report_from_a_book_document_and_from_a_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from datetime import date

    from chumchon.jsontext import dumps
    from chumchon.loans.kkkj import TRAINING_CASE, VillageReport

    book, village = tmp_path / "book.json", tmp_path / "village.json"
    book.write_text(dumps(TRAINING_CASE.book.to_mapping()), encoding="utf-8")
    village.write_text(dumps(TRAINING_CASE.village.to_mapping()), encoding="utf-8")
    code, out, _ = run(capsys, "village-report", str(book), "--as-of", "2026-09-30")
    assert code == EXIT_OK and "รวมเงินทุนทั้งหมด" in out and "267,500.00" in out
    code, out, _ = run(capsys, "village-report", str(book), "--as-of", "2026-09-30", "--format", "json")
    report = VillageReport.from_mapping(json.loads(out))
    assert report == TRAINING_CASE.book.report(date(2026, 9, 30))
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(
        "เลขที่สัญญา,รหัสครัวเรือน,ลูกหนี้คงเหลือ,ชำระคืนในปีนี้,ค้างชำระ\nL1,H1,๑๐๐๐๐,๕๐๐๐,0\nL2,H2,2000,0,2000\n",
        encoding="utf-8",
    )
    argv = ["village-report", str(accounts), "--village", str(village), "--bank-balance", "250000"]
    code, out, err = run(capsys, *argv, "--as-of", "30 ก.ย. 2569", "--format", "json")
    assert code == EXIT_OK, err
    figures = json.loads(out)["figures"]
    assert Decimal(figures["outstanding_loans"]) == 12000 and Decimal(figures["overdue"]) == 2000
    assert figures["households_with_loans"] == 2
    accounts.write_text(
        "loan_id,household_id,outstanding,repaid_this_year,overdue\nL1,H1,100,0,500\n", encoding="utf-8"
    )
    code, _, err = run(capsys, *argv, "--as-of", "2026-09-30")
    assert code == EXIT_INPUT_ERROR and "row 2" in err
    code, _, err = run(capsys, "village-report", str(accounts), "--as-of", "2026-09-30")
    assert code == EXIT_USAGE and "--village" in err
    code, _, err = run(
        capsys, "village-report", str(book), "--village", str(village), "--as-of", "2026-09-30"
    )
    assert code == EXIT_USAGE
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run(
        capsys, "village-report", str(empty), "--village", str(village), "--as-of", "2026-09-30"
    )
    assert code == EXIT_INPUT_ERROR and "no rows" in err


def test_annual_rate_option_and_its_old_name(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--principal", "1200", "--installments", "3", "--disbursed", "2026-01-31", "--format", "csv"]
    new = run(capsys, "schedule", *argv, "--annual-rate", "0.12")
    old = run(capsys, "schedule", *argv, "--rate", "0.12")
    assert new[0] == EXIT_OK
    assert new[1] == old[1]
    code, _, err = run(capsys, "schedule", *argv, "--annual-rate", "12")
    assert code == EXIT_INPUT_ERROR
    assert "did you mean 12%?" in err
