"""Commands of the web portal: user add, user token, user list, serve."""

from __future__ import annotations

import getpass
import sys
from typing import Annotated

import typer

from rapporteur.cli.common import WorkspaceOpt, choice, open_ws, out, sub_app, table
from rapporteur.errors import BadOption
from rapporteur.languages import LANGUAGES

ROLES = ("actor", "analyst", "admin")


def register(app: typer.Typer) -> None:
    user_app = sub_app("Portal accounts: add a user, give an API token, list them.")
    user_app.command("add")(user_add)
    user_app.command("token")(user_token)
    user_app.command("list")(user_list)
    app.add_typer(user_app, name="user")
    app.command("serve")(serve)


def _password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password (12 characters or more): ")
        if getpass.getpass("Again: ") != first:
            raise BadOption("the two passwords differ; nothing was stored")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise BadOption("no password on standard input; pipe it in, e.g. from a password manager")
    return line


def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="actor, analyst or admin.", callback=choice(ROLES))],
    actor: Annotated[str | None, typer.Option(help="The actor an actor user sends files for.")] = None,
    lang: Annotated[
        str, typer.Option(help="Language of the portal for this user.", callback=choice(LANGUAGES))
    ] = "en",
    workspace: WorkspaceOpt = None,
) -> None:
    """Add a portal user; the password is read from standard input and stored with argon2.

    Example: printf '%s\\n' "$PASSWORD" | rapporteur user add police-nl --role actor --actor police --lang nl
    """
    from rapporteur.store import users

    ws = open_ws(workspace)
    u = users.add(ws.engine, name, role, _password(), actor=actor, lang=lang)
    out.print(f"user {u.name} added ({u.role}{', actor ' + u.actor if u.actor else ''})")


def user_token(
    name: Annotated[str, typer.Argument(help="Login name.")], workspace: WorkspaceOpt = None
) -> None:
    """Make a new API token for a user (the earlier one stops working). Printed once; only its
    hash is stored.

    Example: rapporteur user token police-nl
    """
    from rapporteur.store import users

    print(users.new_token(open_ws(workspace).engine, name))


def user_list(workspace: WorkspaceOpt = None) -> None:
    """List the portal users with their role, actor and language.

    Example: rapporteur user list
    """
    from rapporteur.store import users

    rows = [
        {"name": u.name, "role": u.role, "actor": u.actor, "lang": u.lang}
        for u in users.listing(open_ws(workspace).engine)
    ]
    table(rows, ["name", "role", "actor", "lang"])


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workspace: WorkspaceOpt = None,
) -> None:
    """Serve the web portal (actors, analysts, the public, and the JSON API at /api/v1).

    Example: rapporteur serve --host 127.0.0.1 --port 8000
    """
    import uvicorn

    from rapporteur.portal import create_app

    ws = open_ws(workspace)
    out.print(f"Rapporteur portal on http://{host}:{port}/ (workspace {ws.path}); Ctrl-C to stop")
    uvicorn.run(create_app(ws), host=host, port=port, proxy_headers=True, log_level="warning")
