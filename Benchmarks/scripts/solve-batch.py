#!/usr/bin/env python3
"""Submits one solve job per scenario file to a running `sched-cli serve`, waits for every job,
optionally restarting the server in the middle, then checks that each job has exactly one result.

Usage: solve-batch.py URL USER PASSWORD TIME_LIMIT ENGINE DB [--restart-after N --restart-cmd CMD] FILE...
Prints one JSON object: counts, wall time, queue-wait and solve-time spreads, and the checks.
Only loopback URLs are accepted.
"""
import http.cookiejar, json, sqlite3, subprocess, sys, time, urllib.error, urllib.parse, urllib.request

args = sys.argv[1:]
url, user, password, limit, engine, db = args[:6]
rest = args[6:]
restart_after, restart_cmd = None, None
if rest[:1] == ["--restart-after"]:
    restart_after, restart_cmd, rest = int(rest[1]), rest[3], rest[4:]
files = rest
host = urllib.parse.urlparse(url).hostname
assert host in ("127.0.0.1", "localhost", "::1"), "loopback only"

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
csrf = None

def call(method, path, body=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(url + path, data=data, method=method, headers={"Content-Type": "application/json"})
    if csrf and method != "GET":
        req.add_header("X-CSRF-Token", csrf)
    try:
        with opener.open(req, timeout=60) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")

def login():
    global csrf
    jar.clear()
    for _ in range(600):
        try:
            status, answer = call("POST", "/api/v1/session", {"name": user, "password": password})
            if status == 200:
                csrf = answer["csrfToken"]
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("cannot log in")

login()
scenario_ids = []
for path in files:
    status, answer = call("POST", "/api/v1/scenarios", raw=open(path, "rb").read())
    assert status in (200, 201), (path, status, answer)
    scenario_ids.append(answer["scenario"]["id"])

started = time.time()
jobs, refused, queue_full = [], 0, 0
restarted = None
for i, sid in enumerate(scenario_ids):
    while True:  # a full queue (503 queue-full) is waited out: the job is submitted again a second later
        status, answer = call("POST", "/api/v1/jobs", {"scenarioId": sid, "timeLimitSeconds": float(limit), "seed": i + 1, "engine": engine})
        if status != 503:
            break
        queue_full += 1
        time.sleep(1)
    if status == 202:
        jobs.append(answer["id"])
    else:
        refused += 1
submitted_in = round(time.time() - started, 1)

def states():
    # GET /api/v1/jobs comes in pages (newest first): follow nextAfter to the last one.
    found, after = {}, None
    while True:
        status, answer = call("GET", "/api/v1/jobs?limit=500" + (f"&after={after}" if after else ""))
        if status != 200:
            return found
        found.update({j["id"]: j for j in answer["jobs"]})
        after = answer.get("nextAfter")
        if after is None:
            return found

while True:
    time.sleep(2)
    try:
        current = states()
    except OSError:
        login()
        continue
    if not current:  # signed out by a restart
        login()
        continue
    done = sum(1 for j in jobs if current.get(j, {}).get("state") in ("succeeded", "failed", "cancelled"))
    if restart_after is not None and restarted is None and done >= restart_after:
        restarted = {"afterFinished": done, "at": round(time.time() - started, 1)}
        subprocess.run(restart_cmd, shell=True, check=True)
        login()
        continue
    if done == len(jobs):
        break
wall = time.time() - started
final = states()

def spread(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    mid = len(values) // 2
    median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
    return {"min": round(values[0], 2), "median": round(median, 2), "max": round(values[-1], 2)}

def seconds(a, b):
    from datetime import datetime
    if not a or not b:
        return None
    f = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
    return (f(b) - f(a)).total_seconds()

mine = [final[j] for j in jobs]
summaries = [j.get("summary") or {} for j in mine]
# The store's own view: one roster per job, one proposal audit entry per job.
con = sqlite3.connect(db)
ids = ",".join(str(j) for j in jobs)
rows = con.execute(f"SELECT id, state, rosterId, attempts FROM solveJob WHERE id IN ({ids})").fetchall()
versions_per_job = dict(con.execute(
    "SELECT CAST(substr(note, 8) AS INTEGER), count(*) FROM rosterVersion WHERE number = 1 AND note LIKE 'calcul %' GROUP BY note").fetchall())
audits = dict(con.execute(
    "SELECT CAST(json_extract(payload, '$.job') AS INTEGER), count(*) FROM auditEntry WHERE action = 'roster.propose' GROUP BY 1").fetchall())
roster_ids = [r[2] for r in rows if r[2] is not None]
result = {
    "jobs": len(jobs), "refusedAtSubmit": refused, "queueFullRetries": queue_full, "allSubmittedAfterSeconds": submitted_in,
    "wallSeconds": round(wall, 1),
    "states": {s: sum(1 for j in mine if j["state"] == s) for s in sorted({j["state"] for j in mine})},
    "legal": sum(1 for s in summaries if s.get("hardViolations") == 0),
    "fallback": sum(1 for s in summaries if "fallback" in ((s.get("provenance") or {}).get("parameters") or {}).get("phases", "")),
    "queueWaitSeconds": spread([seconds(j.get("submittedAt"), j.get("startedAt")) for j in mine]),
    "solveSeconds": spread([s.get("elapsedSeconds") for s in summaries]),
    "gap": spread([s.get("gap") for s in summaries]),
    "attemptsAbove1": sum(1 for r in rows if r[3] > 1),
    "restart": restarted,
    "checks": {
        "everyJobSucceeded": all(r[1] == "succeeded" for r in rows) and len(rows) == len(jobs),
        "oneRosterPerJob": len(roster_ids) == len(jobs) and len(set(roster_ids)) == len(jobs),
        "oneProposalVersionPerJob": all(versions_per_job.get(j) == 1 for j in jobs),
        "oneAuditEntryPerJob": all(audits.get(j) == 1 for j in jobs),
    },
}
print(json.dumps(result, indent=1))
