"""The command line: a start without arguments skips building the parser, and gets exactly
what the parser would have given it."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_desktop.cli import build_parser, main, parse_arguments


def test_no_arguments_give_the_parsers_own_defaults() -> None:
    assert vars(parse_arguments([])) == vars(build_parser().parse_args([]))


def test_every_option_the_parser_knows_has_its_default_without_it() -> None:
    options = {action.dest for action in build_parser()._actions if action.dest != "help"}
    options -= {"version"}  # an action that prints and exits, never stored
    assert options == set(vars(parse_arguments([])))


def test_arguments_still_go_through_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_arguments(["--data-dir", "x"]).data_dir == Path("x")
    assert parse_arguments(["--demo"]).demo is True
    with pytest.raises(SystemExit) as exit_info:
        parse_arguments(["--no-such-option"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err


def test_main_without_argv_reads_the_process_arguments(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["facilitator-desktop", "--version"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 0
    assert "facilitator" in capsys.readouterr().out
