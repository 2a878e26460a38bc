"""The HR commands of the command line: package, verify, report, handover."""

from __future__ import annotations

import sys
from pathlib import Path

from ..cli import printable, said, tell
from ..errors import InputError
from ..messages import Message, current_language
from ..paths import user_name

EXIT_OK, EXIT_CHANGED, EXIT_UNREADABLE = 0, 1, 2


def add_hr_commands(sub) -> None:
    """Register package, verify, report and handover on an argparse subparsers object."""
    s = sub.add_parser("package", help=said("help.package"))
    s.add_argument("input", help=said("help.package.input"))
    s.add_argument("-o", "--out", required=True, help=said("help.package.out"))
    s.add_argument("--decisions", help=said("help.package.decisions"))
    s.add_argument("--positions", help=said("help.package.positions"))
    s.add_argument("--clients", help=said("help.clients"))
    s.add_argument("--model", help=said("help.model"))
    s.add_argument("--list", action="store_true", help=said("help.package.list"))
    s.add_argument("--dry-run", action="store_true", help=said("help.package.dry_run"))
    s.add_argument("--yes", action="store_true", help=said("help.package.yes"))
    s.set_defaults(func=_package)

    s = sub.add_parser("verify", help=said("help.verify"))
    s.add_argument("input", metavar="PACKAGE", help=said("help.package_file"))
    s.add_argument("--review", help=said("help.review_file"))
    s.set_defaults(func=_verify)

    s = sub.add_parser(
        "report",
        help=said("help.report"),
    )
    s.add_argument("input", metavar="PACKAGE", help=said("help.package_file"))
    s.add_argument("-o", "--out", required=True, help=said("help.report.out"))
    s.add_argument("--review", help=said("help.review_file"))
    s.add_argument(
        "--language",
        choices=["en", "nl"],
        help=said("help.report.language"),
    )
    s.set_defaults(func=_report)

    s = sub.add_parser(
        "handover",
        help=said("help.handover"),
    )
    s.add_argument("input", metavar="SOURCE", help=said("help.handover.input"))
    which = s.add_mutually_exclusive_group(required=True)
    which.add_argument("--employer", help=said("help.handover.employer"))
    which.add_argument("--private", action="store_true", help=said("help.handover.private"))
    s.add_argument("-o", "--out", required=True, help=said("help.handover.out"))
    s.add_argument("--review", help=said("help.review_file"))
    s.add_argument("--decisions", help=said("help.handover.decisions"))
    s.add_argument("--positions", help=said("help.handover.positions"))
    s.add_argument("--clients", help=said("help.handover.clients"))
    s.set_defaults(func=_handover)


def _package(args) -> int:
    from ..commands import TerminalProgress, _refuse_overwriting_inputs
    from ..context import load_clients
    from ..predictor import load_model
    from ..readers import read_export
    from .package import package_path, plan_package, write_package

    out = package_path(args.out)
    if not out.parent.is_dir():
        raise InputError(out, Message("file.no_folder"))
    export = read_export(args.input)
    _refuse_overwriting_inputs(out, args, export)
    career = _package_career(args, export)
    clients = load_clients(args.clients) if args.clients else None
    bar = TerminalProgress("classify")
    try:
        results = load_model(args.model).classify(export.contacts, career, clients, progress=bar)
    finally:
        bar.close()
    decisions, events = _package_decisions(args, export)
    plan = plan_package(
        export.contacts,
        results,
        career,
        clients,
        decisions=decisions,
        events=events,
        prepared_by=user_name(),
    )
    for line in _plan_text(plan, args.list or args.dry_run).splitlines():
        print(printable(line))  # what leaves the computer: the command's own output
    if args.dry_run or args.list:  # a listing is read-only: nothing of it is written
        return 0
    if not _confirmed(args, len(plan.records), out):
        tell(Message("cli.nothing_written"))
        return 1
    path = write_package(plan, out)
    said = Message("cli.wrote_contacts", file=str(path), n=len(plan.records))
    print(printable(said), file=sys.stderr)
    return 0


def _given_decisions(args, export):
    """The person's decisions for ``package``: from ``--decisions``, and those of the input
    when it is the app's own table read back (a decided-private contact must not go to HR as
    a suggestion) on the rows the file leaves open, by the one rule of
    :func:`model.learning.labels.with_carried`; None when neither has any."""
    from ..learning.labels import labels_frame, read_labels, table_labels, with_carried

    if not args.decisions:
        return _carried_decisions(export)
    carried = table_labels(export.decisions)
    given = read_labels(args.decisions, export.contacts)
    if given.unmatched:
        left_out = Message("cli.decisions_left_out", n=given.unmatched)
        tell(Message("file.problem", file=str(args.decisions), problem=left_out), "warning")
    return labels_frame(with_carried(given, carried))


def _carried_decisions(export):
    """The decisions (and notes) the input carries when it is the app's own table read back
    (the employer only with a work decision), else None."""
    if export.decisions is None:
        return None
    decisions = export.decisions.drop(columns="category")
    decisions.loc[decisions["decision"] != "work", "employer"] = ""
    return decisions


def _package_career(args, export):
    """The export's career, with ``--positions`` if given (its notes said as warnings); from
    Connections.csv alone, the career read from the network, marked as inferred."""
    from ..context import with_given_career
    from ..inferred import infer_career

    career = export.career
    if args.positions:
        notes: list[str] = []
        career = with_given_career(career, args.positions, notes)
        for note in notes:
            tell(note, "warning")
    inferred = infer_career(export.contacts, career)
    if not career.positions:  # as classify says it: what was read from the network, or nothing
        from ..inferred import describe

        tell(describe(inferred, str(args.positions) if args.positions else ""), "note")
    return inferred


def _package_decisions(args, export) -> tuple:
    """The person's decisions (:func:`_given_decisions`) and one audit event per decided row
    ((None, []) without any)."""
    decisions = _given_decisions(args, export)
    return (None, []) if decisions is None else (decisions, _file_events(decisions))


def _confirmed(args, n: int, out: Path) -> bool:
    """Whether to write the package of ``n`` contacts: ``--yes``, input that is no terminal,
    or a yes (y, yes, j, ja) to the question; Ctrl+D is a no."""
    if args.yes or not sys.stdin.isatty():
        return True
    try:
        answer = input(printable(Message("cli.confirm_write", n=n, file=str(out))))
    except EOFError:  # Ctrl+D at the question: a no
        print(file=sys.stderr)
        answer = ""
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def _file_events(decisions) -> list[dict]:
    """One audit event per decided row of a decisions file (its history is not in the file)."""
    events = []
    for row, d in decisions.iterrows():
        if d["decision"]:
            events.append(
                {
                    "row": int(row),
                    "at": d["decided_at"] or "",
                    "who": d["decided_by"],
                    "action": "decide",
                    "decision": d["decision"],
                    "employer": d["employer"],
                    "note": d["note"],
                }
            )
    return events


def _plan_text(plan, full: bool) -> str:
    """What leaves the laptop: counts per employer and category, and (``full``) every contact,
    in the command line's language."""
    from .package import private_total
    from .texts import category_name, report_texts

    language = current_language()
    t = report_texts(language)
    counts = plan.counts()
    private = private_total(counts)
    holds = Message("cli.package_holds", n=len(plan.records), private=private, left=plan.left_out)
    shown = counts.rename(
        index={"Total": t["total"], "(no employer)": t["no_employer"]},
        columns={c: t["total"] if c == "Total" else category_name(c, language) for c in counts},
    )
    lines = [
        holds.text(),
        shown.to_string(index_names=False),  # one header line, not a second with "employer"
    ]
    if full:
        lines.append("")
        table = plan.table()
        for _, r in table.iterrows():
            name = f"{r['first_name']} {r['last_name']}".strip()
            # a hidden profile or a contact without company/title: no dangling dashes
            parts = [p for p in (name, r["company"], r["position"]) if p] or [t["no_name"]]
            flagged = f", {t['flagged']}" if r["flagged"] else ""
            decided = t["decided_as"].format(decision=t[r["decision"]]) if r["decision"] else ""
            lines.append(
                f"  {r['id']}  {' — '.join(parts)}"
                f"  [{t[r['suggestion']]} {r['p_work']:.2f}{flagged}"
                f"{'; ' + decided if decided else ''}]"
            )
    return "\n".join(lines)


def _verify(args) -> int:
    from .integrity import verify

    result = verify(args.input, args.review)  # InputError (unreadable): exit 2 via main
    if result.ok:
        print(printable(result.summary()))
        return EXIT_OK
    tell(result.problem, "changed")
    return EXIT_CHANGED


def _report(args) -> int:
    from .integrity import verify
    from .report import write_report

    # without --language: the command line's (the --language before the command, or the locale)
    language = args.language or current_language()
    path = write_report(args.input, args.out, review_path=args.review, language=language)
    print(printable(Message("cli.wrote", file=str(path))), file=sys.stderr)
    # The report states a failed check on its first page; a script must not miss it either.
    check = verify(args.input, args.review)
    if not check.ok:
        failed = Message("cli.integrity_failed", problem=check.problem)
        tell(Message("file.problem", file=str(path), problem=failed), "warning")
        return 1
    return 0


def _handover(args) -> int:
    from ..exports import LIST_FORMATS
    from .handover import handover_table, write_handover
    from .package import PACKAGE_SUFFIX
    from .review import HrReview, read_review, review_path_for
    from .unpack import load_package

    if Path(args.out).suffix.lower() not in LIST_FORMATS:  # said before any classifying
        raise InputError(Path(args.out), Message("write.use_csv_xlsx_vcf"))
    if Path(args.input).suffix.lower() != PACKAGE_SUFFIX:
        return _handover_from_export(args)
    if args.private:
        raise InputError(Path(args.input), Message("package.holds_no_private"))
    package = load_package(args.input)
    review_file = Path(args.review) if args.review else review_path_for(package.path)
    if review_file.exists():
        header, trail = read_review(review_file, package)
        final = HrReview(package, review_file, header, trail).final()
    else:
        final = package.contacts
    employers = set(final.loc[final["final_suggestion"] == "work", "final_employer"])
    employer = _employer_named(args.employer, employers, Path(args.input))
    n = write_handover(handover_table(final), args.out, "work", employer=employer)
    said = Message("cli.wrote_work_of", file=str(args.out), n=n, employer=employer)
    print(printable(said), file=sys.stderr)
    return 0


def _employer_named(given: str, employers: set[str], source: Path) -> str:
    """The employer of ``employers`` that ``given`` names: itself, else the one that reads the
    same ("fality b.v.", "Fality" for "Fality B.V."); raises InputError listing them."""
    from ..normalize import normalize_company

    if given in employers:
        return given
    key = normalize_company(given)
    same = sorted(e for e in employers if e and key and normalize_company(e) == key)
    if len(same) == 1:
        return same[0]
    names = ", ".join(sorted(e for e in employers if e)) or "none"
    raise InputError(source, Message("package.no_work_for", given=given, names=names))


def _handover_from_export(args) -> int:
    """The person's own lists: classify the export, apply their decisions, write one list."""
    from ..commands import _refuse_overwriting_inputs
    from ..context import load_clients, with_given_career
    from ..exports import classification_table, final_ownership
    from ..predictor import load_model
    from ..readers import read_export
    from .handover import write_handover

    export = read_export(args.input)
    out = Path(args.out)
    _refuse_overwriting_inputs(out, argparse_namespace(args), export)
    career = export.career
    if args.positions:
        career = with_given_career(career, args.positions, [])
    clients = load_clients(args.clients) if args.clients else None
    results = load_model().classify(export.contacts, career, clients)  # infers when empty
    table = classification_table(export.contacts, results)
    decisions = _given_decisions(args, export)  # also those of the app's own table
    if decisions is not None:
        table["decision"] = decisions["decision"].to_numpy()
        work = (decisions["decision"] == "work").to_numpy()
        table.loc[work, "employer"] = decisions.loc[work, "employer"].to_numpy()
        table.loc[decisions["decision"].to_numpy() == "private", "employer"] = ""
        table["note"] = decisions["note"].to_numpy()
    which = "private" if args.private else "work"
    if which == "work":
        employers = set(table.loc[(final_ownership(table) == "work").to_numpy(), "employer"])
        args.employer = _employer_named(args.employer, employers, Path(args.input))
    n = write_handover(table, out, which, employer=args.employer if which == "work" else None)
    if which == "work":
        said = Message("cli.wrote_work_of", file=str(out), n=n, employer=args.employer)
    else:
        said = Message("cli.wrote_private", file=str(out), n=n)
    print(printable(said), file=sys.stderr)
    return 0


def argparse_namespace(args):
    """``args`` with the attributes the overwrite check reads (model is not an option here)."""
    import argparse

    return argparse.Namespace(
        input=args.input, positions=args.positions, clients=args.clients, model=None
    )
