#!/usr/bin/env python3
# Writes S2-bis as it stood before events A and B (ANAP exercise, docs/repair-and-variants.md):
# the 10 sick leaves of 15-21 June removed (targets restored), 10 IDE per shift all month,
# no overtime. Usage: scripts/anap-baseline.py scenarios/s2bis-anap-stress-juin-2026.json out/s2bis-baseline.json
import json, sys
src, dst = sys.argv[1], sys.argv[2]
s = json.load(open(src))
sick = {"X01","X02","X04","X06","X08","X10","X12","X14","X16","X18"}
s["absences"] = [a for a in s["absences"] if not (a["staff"] in sick and a["code"] == "MAL" and a["days"] == {"from": "2026-06-15", "to": "2026-06-21"})]
for m in s["staff"]:
    if m["id"] in sick: m["contract"]["targetMinutes"] += 5 * 420
s["demand"] = [d for d in s["demand"] if not (d.get("skill") == "IDE" and d["minimum"] == 11)]
for d in s["demand"]:
    if d.get("skill") == "IDE": d["days"] = {"from": "2026-06-01", "to": "2026-06-30"}
s["rules"]["contractHours"]["overtimeAllowed"] = False
s["name"] = s["name"] + " — avant les événements A et B"
s["notes"] = "S2-bis before events A and B (baseline for the ANAP repair exercise, docs/repair-and-variants.md)."
json.dump(s, open(dst, "w"), ensure_ascii=False, indent=1)
