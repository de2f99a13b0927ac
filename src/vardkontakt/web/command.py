"""`vardkontakt serve`: run the web guide and API with uvicorn.

Kept light: FastAPI and uvicorn are imported in `run`, not when the CLI builds its parser.
"""
from __future__ import annotations

import argparse


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="adress att lyssna på (standard 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (standard 8000)")
    parser.add_argument("--workers", type=int, default=1, help="antal arbetsprocesser (standard 1)")
    parser.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"], help="loggnivå"
    )
    parser.add_argument("--no-access-log", action="store_true", help="logga inte varje anrop")


def run(name: str, args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ModuleNotFoundError as exc:
        print(f"error: 'serve' needs the web extra: pip install 'vardkontakt[web]' ({exc.name} missing)")
        return 2
    print(f"vardkontakt: webbguiden på http://{args.host}:{args.port}/ (API-dokumentation på /docs)", flush=True)
    uvicorn.run(
        "vardkontakt.web.app:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        access_log=not args.no_access_log,
        proxy_headers=False,
        server_header=False,
    )
    return 0
