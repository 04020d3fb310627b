"""Load test: 50 simulated newsroom users against gunicorn (2 workers) for 2 minutes.

    .venv/bin/python benchmarks/seed_scale.py --reset      # the 1,000,000-claim database
    .venv/bin/python benchmarks/load.py [--users 50] [--duration 120]

Starts `gunicorn workbench.wsgi:application -w 2` on 127.0.0.1 against the benchmark
database (`bench`, or DATABASE_URL) with DJANGO_DEBUG=0 and static files collected into
var/static (served by whitenoise), then runs 40 reviewers and 10 editors (the users
seed_scale.py creates) as threads, each with its own HTTP connection per request
(`http.client`; gunicorn's sync workers close the connection after each response).

Each user logs in through the login form first (not measured: password hashing is meant
to be slow), then repeats until the time is up: think 1-5 s (uniform; `--think MIN MAX`),
then one action:

* reviewers: dashboard; their queue (assignee=me, open states); the queued claims; a text
  search; the workspace page of one of their claims; the API list of their claims and a
  claim's detail; a review save (GET the review for its version, PUT it); adding a source;
  adding a note;
* editors: dashboard; the candidates; the claims awaiting approval; a workspace page; the
  API list of queued claims; triage of a candidate (queue it); assignment of a queued
  claim to a reviewer.

Web pages use the session cookie; API calls use each user's DRF token. Latency is measured
by the client (request sent to whole response read) and reported per action and overall
(p50/p95/p99), with every HTTP status >= 400 and every connection failure counted as an
error. The CPU time gunicorn's workers and PostgreSQL's backends spent during the run is
read from /proc, per request: what the mix would cost on two cores of its own, whatever
else shares this machine. Requests still running when the time is up are completed and counted. The
database is changed by the writes (triage, assignment, reviews, sources, notes), as it
would be by a real shift.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.append(str(Path(__file__).resolve().parent))
import _common  # benchmarks/_common.py

HOST = "127.0.0.1"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
OPEN = ("candidate", "queued", "assigned", "in_progress", "in_review")
SEARCH_WORDS = ("unemployment", "Kraków", "hospital beds", "Okafor", "percent", "Lisbon")


@dataclass
class Sample:
    action: str
    seconds: float
    status: int


@dataclass
class Shared:
    deadline: float
    samples: list[Sample] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_examples: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class User:
    """One simulated person: a session cookie for pages, a token for the API."""

    def __init__(self, name: str, token: str, port: int, shared: Shared, rng: random.Random):
        self.name = name
        self.token = token
        self.port = port
        self.shared = shared
        self.rng = rng
        self.cookies: dict[str, str] = {}

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        action: str | None = None,
    ) -> tuple[int, bytes]:
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.perf_counter()
        status = 0
        data = b""
        try:
            conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
            status = response.status
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie = SimpleCookie()
                cookie.load(header)
                for key, morsel in cookie.items():
                    self.cookies[key] = morsel.value
            conn.close()
        except (OSError, http.client.HTTPException) as error:
            data = str(error).encode()
        elapsed = time.perf_counter() - started
        if action is not None:
            with self.shared.lock:
                self.shared.samples.append(Sample(action, elapsed, status))
                if status == 0 or status >= 400:
                    self.shared.errors[action] += 1
                    if len(self.shared.error_examples) < 10:
                        self.shared.error_examples.append(
                            f"{self.name} {method} {path} -> {status} {data[:200]!r}"
                        )
        return status, data

    def login(self) -> bool:
        status, page = self.request("GET", "/accounts/login/")
        match = CSRF_INPUT.search(page.decode("utf-8", "replace"))
        if status != 200 or not match:
            return False
        form = urlencode(
            {
                "username": self.name,
                "password": _common.BENCH_PASSWORD,
                "csrfmiddlewaretoken": match.group(1),
            }
        ).encode()
        status, _ = self.request(
            "POST",
            "/accounts/login/",
            body=form,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"http://{HOST}:{self.port}/accounts/login/",
            },
        )
        return status == 302 and "sessionid" in self.cookies

    def page(self, action: str, path: str) -> tuple[int, bytes]:
        return self.request("GET", path, action=action)

    def api(self, action: str, method: str, path: str, payload: Any = None) -> tuple[int, Any]:
        headers = {"Authorization": f"Token {self.token}", "Accept": "application/json"}
        body = None
        if payload is not None:
            body = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        saved, self.cookies = self.cookies, {}  # token auth: no session, no CSRF
        try:
            status, data = self.request(method, path, body=body, headers=headers, action=action)
        finally:
            self.cookies = saved
        try:
            return status, json.loads(data) if data else None
        except ValueError:
            return status, None


class Reviewer(User):
    def __init__(self, *args: Any, claims: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.claims = claims  # claims in progress, assigned to this reviewer

    def act(self) -> None:
        claim = self.rng.choice(self.claims)
        roll = self.rng.random()
        if roll < 0.10:
            self.page("dashboard", "/")
        elif roll < 0.25:
            self.page(
                "queue: mine, open",
                "/queue/?" + urlencode([("assignee", "me"), *[("status", s) for s in OPEN]]),
            )
        elif roll < 0.30:
            self.page("queue: queued, -score", "/queue/?status=queued&ordering=-score")
        elif roll < 0.35:
            self.page("queue: text search", "/queue/?" + urlencode({"q": self.word()}))
        elif roll < 0.55:
            self.page("claim workspace", f"/claims/{claim}/")
        elif roll < 0.65:
            self.api(
                "api: my claims",
                "GET",
                "/api/v1/claims/?assignee=me&status=in_progress&status=assigned",
            )
        elif roll < 0.75:
            self.api("api: claim detail", "GET", f"/api/v1/claims/{claim}/")
        elif roll < 0.85:
            status, review = self.api("api: review read", "GET", f"/api/v1/claims/{claim}/review/")
            if status == 200 and review:
                self.api(
                    "api: review save",
                    "PUT",
                    f"/api/v1/claims/{claim}/review/",
                    {
                        "rating": self.rng.choice(["false", "mostly-false", "mixed", "true"]),
                        "summary": f"Checked against the {self.rng.randint(2015, 2025)} release.",
                        "version": review["version"],
                    },
                )
        elif roll < 0.93:
            self.api(
                "api: add source",
                "POST",
                f"/api/v1/claims/{claim}/sources/",
                {
                    "url": f"https://stats.example.gov/{self.name}/{self.rng.randint(1, 10**9)}",
                    "title": "Official release",
                    "publisher": "National Statistics Office",
                    "stance": self.rng.choice(["supports", "refutes", "context"]),
                },
            )
        else:
            self.api(
                "api: add note",
                "POST",
                f"/api/v1/claims/{claim}/notes/",
                {"body": "The ministry's table counts part-time posts as whole ones."},
            )

    def word(self) -> str:
        return self.rng.choice(SEARCH_WORDS)


class Editor(User):
    def __init__(
        self,
        *args: Any,
        candidates: list[int],
        queued: list[int],
        reviewers: list[int],
        browse: list[int],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.candidates = candidates  # this editor's own share: no two editors race
        self.queued = queued
        self.reviewers = reviewers
        self.browse = browse

    def act(self) -> None:
        roll = self.rng.random()
        if roll < 0.15:
            self.page("dashboard", "/")
        elif roll < 0.30:
            self.page("queue: candidates", "/queue/?status=candidate&ordering=-score")
        elif roll < 0.40:
            self.page("queue: in review, updated", "/queue/?status=in_review&ordering=updated")
        elif roll < 0.55:
            self.page("claim workspace", f"/claims/{self.rng.choice(self.browse)}/")
        elif roll < 0.65:
            self.api("api: queued claims", "GET", "/api/v1/claims/?status=queued")
        elif roll < 0.82 and self.candidates:
            claim = self.candidates.pop()
            self.api(
                "api: triage", "POST", f"/api/v1/claims/{claim}/triage/", {"decision": "queue"}
            )
        elif self.queued:
            claim = self.queued.pop()
            self.api(
                "api: assign",
                "POST",
                f"/api/v1/claims/{claim}/assign/",
                {"assignee": self.rng.choice(self.reviewers)},
            )


def run_user(user: User, shared: Shared, start_at: float, think: tuple[float, float]) -> None:
    time.sleep(max(0.0, start_at - time.monotonic()))
    while time.monotonic() < shared.deadline:
        time.sleep(user.rng.uniform(*think))
        if time.monotonic() >= shared.deadline:
            break
        user.act()  # type: ignore[attr-defined]


def start_gunicorn(port: int) -> subprocess.Popen[bytes]:
    env = os.environ.copy()
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
    )
    command = [
        str(_common.ROOT / ".venv" / "bin" / "gunicorn"),
        "workbench.wsgi:application",
        "-w",
        "2",
        "-b",
        f"{HOST}:{port}",
        "--timeout",
        "60",
        "--log-level",
        "warning",
    ]
    return subprocess.Popen(command, cwd=_common.ROOT, env=env)


def wait_for_server(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/accounts/login/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("gunicorn did not answer in time")


def process_cpu(pids: list[int]) -> dict[int, float]:
    """CPU seconds (user + system) used so far by each of these processes."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            out[pid] = (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            continue
    return out


def server_pids(master: int) -> list[int]:
    """gunicorn's workers, and the PostgreSQL backends serving the benchmark database."""
    from django.db import connection

    workers = []
    try:
        with open(f"/proc/{master}/task/{master}/children") as children:
            workers = [int(pid) for pid in children.read().split()]
    except OSError:
        pass
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        backends = [row[0] for row in cursor.fetchall()]
    return workers + backends


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50, help="4 in 5 reviewers, the rest editors")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of load")
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=(1.0, 5.0),
        metavar=("MIN", "MAX"),
        help="seconds between a user's actions, uniform (default 1 5)",
    )
    parser.add_argument("--seed", type=int, default=4711)
    args = parser.parse_args()

    url = _common.setup_django(REDIS_URL=_common.BENCH_REDIS_URL)
    _common.collectstatic()
    from django.contrib.auth import get_user_model
    from rest_framework.authtoken.models import Token

    from claims.models import Claim, ClaimStatus

    n_editors = max(1, args.users // 5)
    n_reviewers = args.users - n_editors
    user_model = get_user_model()
    reviewers = list(
        user_model.objects.filter(username__in=_common.reviewer_names(n_reviewers)).order_by(
            "username"
        )
    )
    editors = list(
        user_model.objects.filter(username__in=_common.editor_names(n_editors)).order_by("username")
    )
    if len(reviewers) < n_reviewers or len(editors) < n_editors:
        raise SystemExit("run benchmarks/seed_scale.py first: the seeded users are missing")
    tokens = {u.pk: Token.objects.get_or_create(user=u)[0].key for u in reviewers + editors}
    size = Claim.objects.count()
    rng = random.Random(args.seed)
    candidates = list(
        Claim.objects.filter(status=ClaimStatus.CANDIDATE).values_list("pk", flat=True)[:5000]
    )
    queued = list(
        Claim.objects.filter(status=ClaimStatus.QUEUED, assignee__isnull=True).values_list(
            "pk", flat=True
        )[:5000]
    )
    browse = list(Claim.objects.order_by("?").values_list("pk", flat=True)[:2000])
    reviewer_ids = [u.pk for u in reviewers]

    port = free_port()
    print(
        f"load: {args.users} users ({n_reviewers} reviewers, {n_editors} editors) for "
        f"{args.duration:.0f} s, think {args.think[0]:g}-{args.think[1]:g} s, against gunicorn "
        f"-w 2 on port {port}, database "
        f"{_common.database_name(url)} ({size:,} claims)"
        "; "
        f"{_common.machine_line()}"
    )
    server = start_gunicorn(port)
    try:
        wait_for_server(port, timeout=90)
        shared = Shared(deadline=float("inf"))
        users: list[User] = []
        for index, person in enumerate(reviewers):
            mine = list(
                Claim.objects.filter(assignee=person, status=ClaimStatus.IN_PROGRESS).values_list(
                    "pk", flat=True
                )[:200]
            )
            if not mine:
                raise SystemExit(f"{person.username} holds no claim in progress")
            users.append(
                Reviewer(
                    person.username,
                    tokens[person.pk],
                    port,
                    shared,
                    random.Random(rng.random() + index),
                    claims=mine,
                )
            )
        for index, person in enumerate(editors):
            users.append(
                Editor(
                    person.username,
                    tokens[person.pk],
                    port,
                    shared,
                    random.Random(rng.random() + 1000 + index),
                    candidates=candidates[index::n_editors],
                    queued=queued[index::n_editors],
                    reviewers=reviewer_ids,
                    browse=browse,
                )
            )
        login_started = time.perf_counter()
        failed = [u.name for u in users if not u.login()]
        if failed:
            raise SystemExit(f"login failed for {failed[:5]}")
        print(
            f"  {len(users)} users logged in through the form in "
            f"{time.perf_counter() - login_started:.1f} s (not measured)"
        )

        start = time.monotonic() + 1.0
        shared.deadline = start + args.duration
        cpu_before = process_cpu(server_pids(server.pid))
        threads = [
            threading.Thread(
                target=run_user,
                args=(user, shared, start + i * 0.05, (args.think[0], args.think[1])),
                daemon=True,
            )
            for i, user in enumerate(users)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.duration + 120)
        ran = time.monotonic() - start
        pids = server_pids(server.pid)
        cpu_after = process_cpu(pids)
        # Backends that appeared during the run count from zero; gone ones are missed.
        server_cpu = sum(cpu_after[p] - cpu_before.get(p, 0.0) for p in cpu_after)
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)

    report(shared, ran, server_cpu)


def report(shared: Shared, ran: float, server_cpu: float) -> None:
    by_action: dict[str, list[Sample]] = defaultdict(list)
    for sample in shared.samples:
        by_action[sample.action].append(sample)
    print(
        f"\n  {'action':<28} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'errors':>7}"
    )
    for action in sorted(by_action):
        samples = by_action[action]
        ms = [s.seconds * 1000 for s in samples]
        print(
            f"  {action:<28} {len(samples):>8} {_common.percentile(ms, 50):>8.0f} "
            f"{_common.percentile(ms, 95):>8.0f} {_common.percentile(ms, 99):>8.0f} "
            f"{shared.errors.get(action, 0):>7}"
        )
    everything = [s.seconds * 1000 for s in shared.samples]
    errors = sum(shared.errors.values())
    print(
        f"  {'ALL':<28} {len(everything):>8} {_common.percentile(everything, 50):>8.0f} "
        f"{_common.percentile(everything, 95):>8.0f} {_common.percentile(everything, 99):>8.0f} "
        f"{errors:>7}"
    )
    per_request = 1000 * server_cpu / max(len(everything), 1)
    print(
        f"  {len(everything) / ran:.1f} requests/s over {ran:.0f} s; goal p95 <= 200 ms, "
        f"0 errors; {_common.machine_line()}"
    )
    print(
        f"  server CPU (gunicorn workers + PostgreSQL backends) {server_cpu:.0f} s = "
        f"{per_request:.0f} ms per request: two dedicated cores would serve at most "
        f"~{2000 / per_request if per_request else 0:.0f} requests/s of this mix"
    )
    for example in shared.error_examples:
        print(f"  error: {example}")


if __name__ == "__main__":
    main()
