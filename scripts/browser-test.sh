#!/usr/bin/env bash
# End-to-end test of the web interface in headless Chromium (Debian's chromium and
# chromium-driver, driven through W3C WebDriver by a small Python script, standard library only):
# log in → generate a proposal → open the grid → change a cell → read the diff → review (justify,
# acknowledge) → validate → sign.
# Screenshots go to out/browser/. Exit 0 when every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for pkg in chromium chromium-driver python3; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
scripts/install-deps.sh
swift build
BIN="$(swift build --show-bin-path)/sched-cli"
OUT="out/browser"; mkdir -p "$OUT"
WORK="$(mktemp -d)"; DB="$WORK/planning.db"
PORT="${PORT:-18080}"; DRIVER_PORT="${DRIVER_PORT:-19515}"
UNIT="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("unit") or d["name"])' scenarios/s1-medecine-juin-2026.json)"
echo 'mot-de-passe-du-cadre' | "$BIN" user add --db "$DB" --name "Mme Martin" --role cadre --unit "$UNIT"
"$BIN" store import --db "$DB" --by admin scenarios/s1-medecine-juin-2026.json >/dev/null
"$BIN" serve --db "$DB" --port "$PORT" > "$OUT/server.log" 2>&1 & SERVER=$!
chromedriver --port="$DRIVER_PORT" > "$OUT/chromedriver.log" 2>&1 & DRIVER=$!
cleanup() { kill "$SERVER" "$DRIVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
python3 - "$PORT" "$DRIVER_PORT" "$OUT" <<'PY'
import base64, json, sys, time, urllib.error, urllib.request
port, driver_port, out = sys.argv[1], sys.argv[2], sys.argv[3]
base = f"http://127.0.0.1:{port}"
wd = f"http://127.0.0.1:{driver_port}"

def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(wd + path, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.loads(r.read() or b"{}").get("value")
    except urllib.error.HTTPError as e:
        raise RuntimeError(f"WebDriver {method} {path}: {e.code} {e.read()[:400]!r}") from None

for _ in range(50):
    try:
        call("GET", "/status"); break
    except Exception:
        time.sleep(0.2)
caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
    "binary": "/usr/bin/chromium", "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=fr-FR"]}}}}
sid = call("POST", "/session", caps)["sessionId"]
S = f"/session/{sid}"
def go(url): call("POST", S + "/url", {"url": base + url})
def find(css): return call("POST", S + "/element", {"using": "css selector", "value": css})
def finds(css): return call("POST", S + "/elements", {"using": "css selector", "value": css})
def eid(e): return list(e.values())[0]
def click(e): call("POST", f"{S}/element/{eid(e)}/click", {})
def type_(e, text): call("POST", f"{S}/element/{eid(e)}/value", {"text": text})
def text(): return call("POST", S + "/execute/sync", {"script": "return document.body.innerText", "args": []})
def shot(name):
    with open(f"{out}/{name}.png", "wb") as f: f.write(base64.b64decode(call("GET", S + "/screenshot")))
def settle():
    for _ in range(100):
        if call("POST", S + "/execute/sync", {"script": "return document.readyState", "args": []}) == "complete": return
        time.sleep(0.1)
def eventually(predicate, timeout=30):
    """Polls until the page satisfies the predicate: a click's navigation may still be under way."""
    deadline = time.time() + timeout
    while True:
        try:
            if predicate(): return True
        except RuntimeError:
            pass
        if time.time() > deadline: return False
        time.sleep(0.2)
def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        shot("failure"); sys.exit(1)
try:
    go("/")
    check(eventually(lambda: "Connexion" in text()), "unauthenticated visit shows the login page")
    shot("01-connexion")
    type_(find("#name"), "Mme Martin"); type_(find("#password"), "mot-de-passe-du-cadre")
    click(find("button[type=submit]"))
    check(eventually(lambda: "Mes unités" in text()), "login leads to « Mes unités »")
    # A short solve without GLPK: its time limit holds even on a loaded machine (GLPK cannot
    # interrupt a simplex, so a hybrid solve may overrun there).
    call("POST", S + "/execute/sync", {"script": "document.querySelector('select[name=duree]').value='10'; document.querySelector('select[name=moteur]').value='local-search'", "args": []})
    shot("02-mes-unites")
    click(find("form[action='/calculs'] button[type=submit]"))
    check(eventually(lambda: "Calcul demandé" in text()), "a proposal was requested")
    deadline = time.time() + 180
    while time.time() < deadline and not finds("a[href$='/versions/1']"):
        time.sleep(2); go("/")
    shot("03-calcul-termine")
    links = finds("a[href$='/versions/1']")
    if not links: print("     " + text()[-600:])
    check(bool(links), "the job finished with a proposal")
    click(links[0])
    check(eventually(lambda: all(word in text() for word in ["juin 2026", "lun.", "Effectif"])), "the month grid is shown in French")
    shot("04-grille")
    click(find("a.cell"))
    check(eventually(lambda: "Alternatives et leur coût" in text()), "a cell opens its panel with the alternatives and their cost")
    shot("05-case")
    click(find("form button[type=submit]:not(.link)"))
    check(eventually(lambda: "Modifications par rapport à la version 1" in text() and "Case modifiée" in text()), "the change made version 2, whose diff is shown")
    shot("06-diff")
    click(find("a[href$='/signature']"))
    click(find("form input[value=start] ~ button"))
    check(eventually(lambda: "Revue commencée" in text()), "review started")
    decisions = 0
    for _ in range(400):
        try:
            settle()
            areas = finds("textarea[name=justification]")
            if areas:
                type_(areas[0], "Renfort du pool de suppléance confirmé par la direction des soins")
                click(call("POST", f"{S}/element/{eid(areas[0])}/element", {"using": "xpath", "value": "following-sibling::button"}))
                decisions += 1; continue
            notes = finds("input[name=note]")
            if notes:
                click(call("POST", f"{S}/element/{eid(notes[0])}/element", {"using": "xpath", "value": "following-sibling::button"}))
                decisions += 1; continue
            # Nothing left, or the next page is still loading: look again once it has settled.
            time.sleep(1); settle()
            if finds("textarea[name=justification]") or finds("input[name=note]"): continue
            break
        except RuntimeError as e:
            # The page was replaced under the element (the previous decision's answer arrived):
            # Chromium says "stale element" or, for a node of the old document, that it "does not
            # belong to the document". Look again on the new page.
            if "stale" not in str(e) and "does not belong to the document" not in str(e): raise
            time.sleep(0.3)
    print(f"     {decisions} justification(s) and acknowledgement(s) entered")
    settle()
    shot("07-revue")
    click(find("form input[value=validate] ~ button")); settle()
    check(eventually(lambda: "Version validée" in text()), "version validated")
    click(find("form input[value=sign] ~ button")); settle()
    check(eventually(lambda: "Version signée" in text()), "version signed")
    shot("08-signee")
finally:
    call("DELETE", S)
PY
echo "screenshots in $OUT/"
