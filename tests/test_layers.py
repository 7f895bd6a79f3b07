"""The layering rules, checked on the source (as qutebrowser's misc_checks does):
core imports no Qt and nothing of smtpdesk outside core (the package version aside); the
window never talks to the database, the keyring or SMTP itself; no import circles."""

from __future__ import annotations

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent / "smtpdesk"


def _module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: pathlib.Path, *, typing_too: bool = True) -> set[str]:
    """Every module the file imports (`from a import b` counts a and a.b), in functions too;
    without `typing_too`, not those under `if TYPE_CHECKING:` (never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[ast.AST] = set()
    if not typing_too:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skipped.update(ast.walk(node))
    nodes = [node for node in ast.walk(tree) if node not in skipped]
    found: set[str] = set()
    package = (
        _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    )
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _files(folder: str = "") -> list[pathlib.Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _files("core"), ids=lambda p: p.name)
def test_core_imports_no_qt_and_nothing_of_smtpdesk_outside_core(path):
    bad = sorted(
        name
        for name in _imports(path)
        if name.split(".")[0] in ("PySide6", "shiboken6", "qasync")
        or (
            name.startswith("smtpdesk.")
            and not name.startswith("smtpdesk.core")
            and name != "smtpdesk.__version__"
        )
    )
    assert bad == []


@pytest.mark.parametrize("path", _files("ui"), ids=lambda p: p.name)
def test_the_window_leaves_database_keyring_and_smtp_to_the_core(path):
    bad = sorted(
        name
        for name in _imports(path)
        if name.split(".")[0] in ("sqlite3", "keyring", "aiosmtplib")
    )
    assert bad == []


def test_no_import_circles():
    """A lazy import inside a function counts: it only hides a circle."""
    modules = {_module_name(path): path for path in _files()}
    graph = {
        name: {
            imported
            for imported in _imports(path, typing_too=False)
            if imported in modules and imported != name
        }
        for name, path in modules.items()
    }
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circles.append(path[path.index(target) :] + [target])
            elif target not in state:
                visit(target, path + [target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert circles == []
