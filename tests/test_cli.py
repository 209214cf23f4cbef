"""The command line, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tidings.article import SCHEMA
from tidings.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "tidings.cli", *args], input=stdin, capture_output=True, check=False)


def test_seed_prints_one_article(seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "naltrexone.txt"
    path.write_text(seed_text, encoding="utf-8")
    result = run("clean", str(path))
    assert result.returncode == EXIT_OK, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1
    article = json.loads(lines[0])
    assert article["schema"] == SCHEMA
    assert article["text"] and article["blocks"] and article["sentences"]
    assert "edits" in article and article["encoding"] == "utf-8" and article["source"] == str(path)


def test_stdin_text_fixes_mojibake_and_keeps_curly_quotes() -> None:
    result = run("clean", "-", "--format", "text", stdin=b"caf\xc3\x83\xc2\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d")
    assert result.returncode == EXIT_OK
    assert result.stdout.decode() == "caf\u00e9 \u201cquoted\u201d\n"


def test_bad_file_is_reported_and_the_rest_cleaned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes("Caf\u00e9 \u2013 good.".encode("cp1252"))
    (tmp_path / "b.txt").write_bytes("UTF-16 \u00fcber.".encode("utf-16"))
    (tmp_path / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    code = main(["clean", str(tmp_path), "--format", "text"])
    out, err = capsys.readouterr()
    assert code == EXIT_SOME_FAILED
    assert out == "Caf\u00e9 \u2013 good.\n\nUTF-16 \u00fcber.\n"
    assert "c.png: this is a PNG image, not text" in err


def test_jsonl_fields_pass_through_and_bad_lines_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a1", "url": "https://e.com/1", "text": "One  two."}\n'
        "{broken\n"
        '{"id": "a3", "url": "https://e.com/3", "text": "Three."}\n',
        encoding="utf-8",
    )
    code = main(["clean", str(src)])
    out, err = capsys.readouterr()
    assert code == EXIT_SOME_FAILED
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["metadata"] for r in records] == [
        {"id": "a1", "url": "https://e.com/1"},
        {"id": "a3", "url": "https://e.com/3"},
    ]
    assert records[0]["text"] == "One two."
    assert f"{src}:2: not valid JSON" in err


def test_output_is_atomic_and_never_over_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Text.")
    assert main(["clean", str(src), "-o", str(src)]) == EXIT_USAGE
    assert src.read_text() == "Text."
    assert "over an input" in capsys.readouterr().err
    out = tmp_path / "out.json"
    assert main(["clean", str(src), "-o", str(out), "--format", "json"]) == EXIT_OK
    assert [a["text"] for a in json.loads(out.read_text())] == ["Text."]


def test_explain_skip_and_steps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("don\u00e2\u20ac\u2122t  stop", encoding="utf-8")
    assert main(["clean", str(src), "--explain", "--format", "text"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out == "don\u2019t stop\n"
    assert 'fix_encoding @0: "don\u00e2\u20ac\u2122t" -> "don\u2019t"' in err
    assert main(["clean", str(src), "--skip", "normalize_whitespace", "--format", "text"]) == EXIT_OK
    assert capsys.readouterr().out == "don\u2019t  stop\n"
    assert main(["clean", str(src), "--skip", "nope"]) == EXIT_USAGE
    assert main(["steps"]) == EXIT_OK
    assert "fix_encoding" in capsys.readouterr().out


def test_jobs_gives_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": f"Doc {i}  \u00e2\u20ac\u201c text."}) + "\n" for i in range(200)))
    main(["clean", str(src)])
    single = capsys.readouterr().out
    main(["clean", str(src), "--jobs", "2"])
    assert capsys.readouterr().out == single


def test_version_and_usage_errors() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.decode().startswith("tidings ")
    assert run("clean").returncode == EXIT_USAGE


def test_progress_shows_on_a_terminal_only(tmp_path: Path) -> None:
    import os
    import pty

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": f"Doc {i}."}) + "\n" for i in range(300)))
    primary, secondary = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tidings.cli", "clean", str(src)],
            stdout=subprocess.DEVNULL, stderr=secondary, check=False,
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
    assert result.returncode == EXIT_OK
    assert b"300 done" in shown
    piped = run("clean", str(src))
    assert piped.stderr == b""
