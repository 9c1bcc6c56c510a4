#!/usr/bin/env python3
"""Writes the six bundled French unit scenarios (scenario JSON, format version 1).

Source of every figure: docs/domain/scenarios.md (rules background: docs/domain/fph-rules.md).
The tables below mirror the tables of scenarios.md row by row so that a reviewer can compare
them side by side; every modelling choice that the JSON format cannot express exactly is
listed in scenarios/README.md.

Usage (from the repository root or anywhere):

    python3 scenarios/tools/make_scenarios.py          # writes scenarios/*.json
    python3 scenarios/tools/make_scenarios.py --check  # fails if a file is not up to date

Python 3 standard library only; the output is deterministic (no clock, no hash order, the one
pseudo-random draw of S2-bis uses a fixed-seed Lehmer generator written out below).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

SCENARIO_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------------
# Shared conventions (scenarios.md §0)
# ---------------------------------------------------------------------------------------------

ABSENCE_CODES = [
    # code, label, minutes credited per absent day (FPH-60/61: 1/5 of 35 h = 7 h)
    ("CA", "Congé annuel", 420),
    ("RF", "Récupération de jour férié", 420),
    ("RTT", "Réduction du temps de travail", 420),
    ("MAL", "Arrêt maladie (aucun motif enregistré)", 420),
    ("MAT", "Congé de maternité", 420),
    ("FORM", "Formation (comptée comme travaillée, 7 h par jour)", 420),
    ("HORS-CONTRAT", "Hors contrat (pas encore recruté)", 0),
]
TP_CODE = ("TP", "Temps partiel : jour fixe non travaillé (contrat)", 0)

P1_WEIGHT, P2_WEIGHT = 500, 50
PATTERN_WEIGHT = 5  # §0 objective order: "pattern wishes" weigh 5 (they stay tagged P2)


def date(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


def iso(d: dt.date) -> str:
    return d.isoformat()


def hours_to_minutes(hours: float) -> int:
    return int(round(hours * 60))


class Month:
    """A planning period that is one calendar month of 2026."""

    def __init__(self, year: int, month: int):
        self.year, self.month = year, month
        self.start = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        self.days = (nxt - self.start).days
        self.end = self.start + dt.timedelta(days=self.days - 1)

    def d(self, day: int) -> dt.date:
        return date(self.year, self.month, day)

    def all_dates(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=k) for k in range(self.days)]

    def weekdays_mon_fri(self) -> int:
        return sum(1 for x in self.all_dates() if x.isoweekday() <= 5)

    def first_full_week_monday(self) -> dt.date:
        return next(x for x in self.all_dates() if x.isoweekday() == 1)

    def history_start(self) -> dt.date:
        return self.start - dt.timedelta(days=14)


def parse_days(month: Month, text: str) -> list[dt.date]:
    """'15-21' → 15…21; '07' → [7]; '2,3' → [2, 3] (days of `month`)."""
    result: list[dt.date] = []
    for part in text.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-")
            result += [month.d(k) for k in range(int(a), int(b) + 1)]
        else:
            result.append(month.d(int(part)))
    return result


def selection(month: Month, text: str) -> dict:
    """Day selection JSON from the short notations used in the tables below.

    'all' whole month · 'wd:5' every Friday (ISO weekday) · 'wd:1-5' Monday to Friday ·
    '6-7' a range · '2,3' explicit dates · '24' one date.
    """
    if text == "all":
        return {"from": iso(month.start), "to": iso(month.end)}
    if text.startswith("wd:"):
        spec = text[3:]
        if "-" in spec:
            a, b = spec.split("-")
            weekdays = list(range(int(a), int(b) + 1))
        else:
            weekdays = [int(w) for w in spec.split(",")]
        return {"from": iso(month.start), "to": iso(month.end), "weekdays": weekdays}
    if "," not in text and "-" in text:
        a, b = text.split("-")
        return {"from": iso(month.d(int(a))), "to": iso(month.d(int(b)))}
    return {"dates": [iso(x) for x in parse_days(month, text)]}


def parse_absences(month: Month, text: str) -> list[tuple[str, str, list[dt.date]]]:
    """'CA 15-21' / 'RF 07; RF 21' / 'FORM 09-10' → [(code, spec, dates)]; '' → []."""
    result = []
    for chunk in filter(None, (c.strip() for c in text.split(";"))):
        code, spec = chunk.rsplit(" ", 1)
        result.append((code, spec, parse_days(month, spec)))
    return result


def model_target_hours(month: Month, quotite: int, absences, night_team: bool) -> float:
    """§0 MODEL convention: credit × quotité × (Mon–Fri days − Mon–Fri days absent) − training."""
    credit = 6.5 if night_team else 7.0
    absent = {x for code, _, dates in absences if code not in ("FORM", "TP") for x in dates if x.isoweekday() <= 5}
    training = sum(7.0 for code, _, dates in absences if code == "FORM" for x in dates)
    return credit * quotite / 100 * (month.weekdays_mon_fri() - len(absent)) - training


def shift_type(code, label, start, end, paid_minutes, night=False) -> dict:
    return {"code": code, "label": label, "start": start, "end": end, "paidMinutes": paid_minutes, "night": night}


def rules(month: Month, *, max_work_days, max_nights=None, overtime=False, max_weekends=None) -> dict:
    """The FPH legal set with the scenario's local rules.

    max_work_days / max_nights / max_weekends: (limit, severity JSON) or None.
    With overtime allowed, FPH-07 (44 h per civil week *excluding* overtime) becomes soft:
    a 4th 12 h shift in a civil week is overtime, priced per hour beyond 44 h.
    """
    doc = {
        "dailyRest": {"minutes": 720, "severity": "hard"},
        "rollingSevenDays": {"minutes": 2880, "severity": "hard"},
        "civilWeek": {"minutes": 2640, "severity": {"soft": 100} if overtime else "hard"},
        "weeklyRest": {"minutes": 2160, "severity": "hard"},
        "fortnightRest": {
            "restDays": 4,
            "anchor": iso(month.first_full_week_monday()),
            "rolling": False,
            "sundayPair": True,
            "severity": "hard",
        },
        "maxConsecutiveWorkDays": {"limit": max_work_days[0], "severity": max_work_days[1]},
    }
    if max_nights:
        doc["maxConsecutiveNights"] = {"limit": max_nights[0], "severity": max_nights[1]}
    if max_weekends:
        doc["maxWorkedWeekends"] = {"limit": max_weekends[0], "severity": max_weekends[1]}
    doc.update({
        "contractHours": {"overtimeAllowed": overtime, "overtimeCapMinutes": 1200, "severity": "hard"},
        "hoursDeviation": {"weightPerHour": 20},
        "coverage": {"minimumShortfallWeight": 10000, "underWeight": 1000, "overWeight": 0},
        "requests": {"p1": P1_WEIGHT, "p2": P2_WEIGHT},
        "fairness": {"nightsWeight": 10, "weekendsWeight": 10, "holidaysWeight": 10},
        "splitHoursAtMidnight": True,
    })
    return doc


SOFT_100 = {"soft": 100}


class Builder:
    """Collects one scenario's staff, absences, demand, requests and history."""

    def __init__(self, month: Month):
        self.month = month
        self.staff: list[dict] = []
        self.absences: list[dict] = []
        self.demand: list[dict] = []
        self.requests: list[dict] = []
        self.history: list[dict] = []
        self.counters: list[dict] = []
        self.allowed: dict[str, list[str]] = {}
        self.absent_dates: dict[str, set[dt.date]] = {}

    # staff ------------------------------------------------------------------------------
    def agent(self, agent_id, grade, quotite, team, skills, absences, target_hours, contract_extra,
              allowed, *, check_target=True, night_team=False, limits=None, fairness_group=None,
              extra_absences=()):
        parsed = parse_absences(self.month, absences) + list(extra_absences)
        if check_target:
            computed = model_target_hours(self.month, quotite, parsed, night_team)
            if abs(computed - target_hours) > 0.051:
                raise SystemExit(f"{agent_id}: listed target {target_hours} h but the §0 convention gives {computed:.2f} h")
        doc = {"id": agent_id, "name": agent_id, "grade": grade}
        if skills:
            doc["skills"] = list(skills)
        if quotite is not None:
            doc["quotite"] = quotite
        if team:
            doc["team"] = team  # "jour", "nuit" or "alternance"
        contract = {}
        if target_hours is not None:
            contract["targetMinutes"] = hours_to_minutes(target_hours)
        contract.update(contract_extra)  # toleranceMinutes, or explicit bounds for the S3 pool
        doc["contract"] = contract
        if allowed is not None:
            doc["allowedShifts"] = list(allowed)
        if limits:
            doc["limits"] = limits
        if fairness_group:
            doc["fairnessGroup"] = fairness_group
        self.staff.append(doc)
        self.allowed[agent_id] = list(allowed) if allowed is not None else None
        for code, spec, dates in parsed:
            self.absence(agent_id, code, spec, dates)

    def absence(self, agent_id, code, spec, dates):
        days = selection(self.month, spec) if isinstance(spec, str) else spec
        self.absences.append({"staff": agent_id, "days": days, "code": code})
        self.absent_dates.setdefault(agent_id, set()).update(dates)

    # demand ------------------------------------------------------------------------------
    def need(self, days, shift, skill=None, minimum=None, target=None, maximum=None):
        doc = {"days": selection(self.month, days) if isinstance(days, str) else days, "shift": shift}
        if skill:
            doc["skill"] = skill
        for key, value in (("minimum", minimum), ("target", target), ("maximum", maximum)):
            if value is not None:
                doc[key] = value
        self.demand.append(doc)

    # requests ----------------------------------------------------------------------------
    def request(self, agent_id, days, kind, shift=None, priority="P2", weight=None, note=None):
        doc = {"staff": agent_id, "days": selection(self.month, days) if isinstance(days, str) else days, "kind": kind}
        if shift:
            doc["shift"] = shift
        if priority:
            doc["priority"] = priority
        if weight is not None:
            doc["weight"] = weight
        if note:
            doc["note"] = note
        self.requests.append(doc)

    def request_row(self, agent_id, days, text, priority, note=None, families=None):
        """One row of a desiderata table: OFF / NOT x / ONLY x / PATTERN OFF / PATTERN ONLY x.

        `families` maps a shift word of the table (J, N, M…) to the shift codes it covers in
        this file (S3 and S5 split J/N into post or sector shift types). "NOT N" becomes one
        shiftOff per N-type the agent may work; "ONLY N" becomes onlyShift when the agent may
        work a single N-type, else one shiftOff per other shift type she may work (at most
        one shift a day, so a refusal still costs one request weight).
        """
        pattern = text.startswith("PATTERN ")
        if pattern:
            text = text[len("PATTERN "):]
        weight = PATTERN_WEIGHT if pattern else None
        if pattern:
            note = (note + " — " if note else "") + "souhait permanent (PATTERN)"
        families = families or {}
        if text == "OFF":
            self.request(agent_id, days, "dayOff", priority=priority, weight=weight, note=note)
            return
        word, fam = text.split(" ", 1)
        codes = families.get(fam, [fam])
        allowed = self.allowed[agent_id]
        mine = [c for c in codes if allowed is None or c in allowed]
        if word == "NOT":
            for code in mine:
                self.request(agent_id, days, "shiftOff", code, priority, weight, note)
        elif word == "ONLY":
            if len(mine) == 1:
                self.request(agent_id, days, "onlyShift", mine[0], priority, weight, note)
            else:
                for code in allowed:
                    if code not in mine:
                        self.request(agent_id, days, "shiftOff", code, priority, weight, note)
        else:
            raise ValueError(text)

    # history -----------------------------------------------------------------------------
    def worked(self, agent_id, dates: list[dt.date], shift):
        for x in dates:
            assert self.month.history_start() <= x < self.month.start, (agent_id, x)
            self.history.append({"staff": agent_id, "date": iso(x), "shift": shift})

    def balance(self, agent_id, hours):
        self.counters.append({"staff": agent_id, "hourBalanceMinutes": hours_to_minutes(hours)})

    # output ------------------------------------------------------------------------------
    def scenario(self, *, name, unit, holidays, derogation, shift_types, absence_codes, rules_doc, notes):
        history = {"from": iso(self.month.history_start()), "assignments": self.history}
        if self.counters:
            history["counters"] = self.counters
        doc = {
            "formatVersion": 1,
            "name": name,
            "unit": unit,
            "period": {"start": iso(self.month.start), "days": self.month.days},
            "publicHolidays": [iso(x) for x in holidays],
        }
        if derogation:
            doc["derogation12h"] = True
        doc.update({
            "shiftTypes": shift_types,
            "absenceCodes": [{"code": c, "label": l, "creditMinutesPerDay": m} for c, l, m in absence_codes],
            "staff": self.staff,
            "demand": self.demand,
            "absences": self.absences,
            "requests": self.requests,
            "history": history,
            "rules": rules_doc,
            "notes": notes,
        })
        return doc


def tolerance(minutes):
    """toleranceMinutes = one shift length of the agent's usual shift."""
    return {"toleranceMinutes": minutes}


def days_of(month: Month, *days: int) -> list[dt.date]:
    return [month.d(k) for k in days]


def prev(month: Month, day_of_previous_month: int) -> dt.date:
    """A date of the month before `month`."""
    last = month.start - dt.timedelta(days=1)
    return date(last.year, last.month, day_of_previous_month)


# ---------------------------------------------------------------------------------------------
# S1 — Médecine polyvalente, 30 lits, 7 h 30 + équipe de nuit fixe 10 h — juin 2026
# ---------------------------------------------------------------------------------------------

def s1() -> dict:
    m = Month(2026, 6)
    b = Builder(m)
    shifts = [
        shift_type("M", "Matin", "06:45", "14:15", 450),
        shift_type("S", "Soir", "13:45", "21:15", 450),
        shift_type("J", "Journée", "08:30", "16:00", 450),
        shift_type("N", "Nuit (équipe fixe)", "21:00", "07:00", 600, night=True),
    ]
    # Agent, grade, quotité, équipe, compétences, absences du mois, cible (h)
    day_ide = [
        ("IDE01", 100, ["REF"], "", 154),
        ("IDE02", 100, [], "CA 15-21", 119),
        ("IDE03", 100, ["REF"], "", 154),
        ("IDE04", 100, [], "MAL 01-10", 98),
        ("IDE05", 100, [], "CA 22-28", 119),
        ("IDE06", 100, ["novice"], "", 154),
        ("IDE07", 100, ["novice"], "FORM 09-10", 140),
        ("IDE08", 80, [], "", 123.2),
        ("IDE09", 80, [], "CA 01-07", 95.2),
        ("IDE10", 50, [], "", 77),
    ]
    night_ide = [
        ("IDEN1", 100, "", 143),
        ("IDEN2", 100, "CA 08-14", 110.5),
        ("IDEN3", 50, "", 71.5),
    ]
    day_as = [
        ("AS01", 100, "", 154),
        ("AS02", 100, "", 154),
        ("AS03", 100, "CA 01-14", 84),
        ("AS04", 100, "", 154),
        ("AS05", 100, "", 154),
        ("AS06", 100, "MAL 22-30", 105),
        ("AS07", 100, "", 154),
        ("AS08", 80, "", 123.2),
        ("AS09", 80, "FORM 16", 116.2),
        ("AS10", 60, "", 92.4),
    ]
    night_as = [
        ("ASN1", 100, "CA 22-28", 110.5),
        ("ASN2", 100, "", 143),
        ("ASN3", 50, "", 71.5),
    ]
    ash = [
        ("ASH1", 100, "", 154),
        ("ASH2", 100, "CA 08-12", 119),
        ("ASH3", 80, "", 123.2),
    ]
    for agent_id, q, skills, absences, target in day_ide:
        novice = "novice" in skills
        # CONF (confirmed, i.e. non-novice) is how "never a novice as the only IDE" is expressed.
        all_skills = skills + ([] if novice else ["CONF"])
        allowed = ["M", "S"] if novice else ["M", "S", "J"]
        if agent_id == "IDE10":
            allowed = ["M", "J"]  # restriction médicale : pas de poste S
        b.agent(agent_id, "IDE", q, "jour", all_skills, absences, target, tolerance(450), allowed)
    b.absence("IDE08", "TP", {"from": iso(m.start), "to": iso(m.end), "weekdays": [3]}, [])
    for agent_id, q, absences, target in night_ide:
        b.agent(agent_id, "IDE", q, "nuit", ["CONF"], absences, target, tolerance(600), ["N"], night_team=True)
    for agent_id, q, absences, target in day_as:
        limits = {"maxConsecutiveWorkDays": 3} if agent_id == "AS05" else None
        b.agent(agent_id, "AS", q, "jour", [], absences, target, tolerance(450), ["M", "S"], limits=limits)
    for agent_id, q, absences, target in night_as:
        b.agent(agent_id, "AS", q, "nuit", [], absences, target, tolerance(600), ["N"], night_team=True)
    for agent_id, q, absences, target in ash:
        b.agent(agent_id, "ASH", q, "jour", [], absences, target, tolerance(450), ["M", "S"])

    # Demand (min = hard, target = soft extra)
    weekdays, weekend, every_day = "wd:1-5", "wd:6-7", "all"
    b.need(weekdays, "M", "IDE", minimum=3, target=3)
    b.need(weekend, "M", "IDE", minimum=2, target=2)
    b.need(every_day, "S", "IDE", minimum=2, target=2)
    b.need(weekdays, "J", "IDE", target=1)
    b.need(every_day, "N", "IDE", minimum=1, target=1)
    b.need(weekdays, "M", "AS", minimum=3, target=4)
    b.need(weekend, "M", "AS", minimum=2, target=2)
    b.need(every_day, "S", "AS", minimum=2, target=2)
    b.need(every_day, "N", "AS", minimum=1, target=1)
    b.need(every_day, "M", "ASH", minimum=1)
    b.need(weekdays, "S", "ASH", target=1)
    # Novices: never two on the same M or S, never the only IDE of a shift (never on J: allowedShifts).
    for shift in ("M", "S"):
        b.need(every_day, shift, "CONF", minimum=1)
        b.need(every_day, shift, "novice", maximum=1)

    # Desiderata (30 requests): agent, date(s), request, priority, note
    for row in [
        ("IDE01", "6-7", "OFF", "P2"),
        ("IDE01", "20-21", "OFF", "P2"),
        ("IDE02", "14", "OFF", "P2"),
        ("IDE03", "12", "NOT S", "P2"),
        ("IDE03", "20", "OFF", "P1", "family event"),
        ("IDE04", "11", "NOT M", "P2", "return from sick leave"),
        ("IDE05", "29-30", "OFF", "P2"),
        ("IDE06", "13-14", "OFF", "P2"),
        ("IDE06", "20-21", "OFF", "P2"),
        ("IDE07", "13-14", "OFF", "P2"),
        ("IDE07", "27-28", "OFF", "P2"),
        ("IDE08", "19", "OFF", "P2"),
        ("IDE08", "20-21", "OFF", "P2"),
        ("IDE09", "8", "NOT M", "P2"),
        ("IDE10", "2,3", "ONLY M", "P2"),
        ("IDEN1", "5-6", "OFF", "P2"),
        ("IDEN2", "15", "OFF", "P2"),
        ("IDEN3", "wd:3-7", "PATTERN OFF", "P2", "nights on Mon/Tue only"),
        ("AS01", "27-28", "OFF", "P2"),
        ("AS02", "27-28", "OFF", "P2"),
        ("AS04", "27-28", "OFF", "P2"),
        ("AS05", "24", "OFF", "P1", "medical appointment"),
        ("AS07", "all", "PATTERN ONLY M", "P2"),
        ("AS08", "wd:5", "PATTERN OFF", "P2", "every Friday"),
        ("AS09", "15", "OFF", "P2"),
        ("AS10", "1-3", "OFF", "P2"),
        ("ASN2", "19-20", "OFF", "P1"),
        ("ASN3", "wd:1-4", "PATTERN OFF", "P2", "nights Fri/Sat/Sun"),
        ("ASH1", "26", "OFF", "P2"),
        ("ASH3", "12", "OFF", "P2"),
    ]:
        b.request_row(*row)

    # History (end of May): the shift IDE01 worked on 27–31 May is not given; M is assumed.
    b.worked("IDE01", [prev(m, k) for k in range(27, 32)], "M")
    b.worked("IDE03", [prev(m, 30), prev(m, 31)], "S")
    b.worked("IDE05", [prev(m, 30), prev(m, 31)], "S")
    b.worked("IDEN1", [prev(m, k) for k in range(28, 32)], "N")
    b.worked("AS07", [prev(m, 31)], "M")
    b.balance("IDE04", -12)
    b.balance("IDE06", 15)
    b.balance("AS02", 22.5)
    b.balance("ASN3", -5)

    return b.scenario(
        name="S1 — Médecine polyvalente, juin 2026",
        unit="Médecine polyvalente, 30 lits (jour 7 h 30 M/S/J, équipe de nuit fixe 10 h)",
        holidays=[],
        derogation=False,
        shift_types=shifts,
        absence_codes=ABSENCE_CODES + [TP_CODE],
        rules_doc=rules(m, max_work_days=(5, SOFT_100), max_nights=(4, SOFT_100)),
        notes=(
            "Scénario S1 de docs/domain/scenarios.md. 29 agents (10 IDE jour, 3 IDE nuit, 10 AS jour, "
            "3 AS nuit, 3 ASH). Novices IDE06/IDE07 : jamais sur J (allowedShifts), au plus 1 novice "
            "et au moins 1 IDE confirmé (CONF) par M et par S. IDE08 : jour fixe non travaillé le mercredi "
            "(absence TP). IDE10 : pas de poste S. AS05 : au plus 3 jours consécutifs (limite personnelle). "
            "Historique de IDE01 (27–31 mai) : poste non précisé, M retenu. Contrôle de capacité : IDE jour "
            "164,5 postes pour 142 (min) / 164 (cible) ; AS jour 172,1 pour 142 / 164 ; nuits IDE 32,5 et "
            "AS 32,5 pour 30 ; ASH 52,8 pour 30 / 52."
        ),
    )


# ---------------------------------------------------------------------------------------------
# S2 — Réanimation polyvalente, 12 lits ouverts, 12 h, ratios réglementaires — mai 2026
# ---------------------------------------------------------------------------------------------

def s2() -> dict:
    m = Month(2026, 5)
    b = Builder(m)
    shifts = [
        shift_type("J", "Jour 12 h", "07:00", "19:00", 720),
        shift_type("N", "Nuit 12 h", "19:00", "07:00", 720, night=True),
    ]
    # Agent, quotité, compétences, absences du mois, cible (h)
    ide = [
        ("R01", 100, "EXP EER-ECMO", "", 147),
        ("R02", 100, "EXP", "RF 07; RF 21", 133),
        ("R03", 100, "EXP EER-ECMO", "CA 25-31", 112),
        ("R04", 100, "EXP", "", 147),
        ("R05", 100, "EXP", "CA 04-17", 77),
        ("R06", 100, "EXP EER-ECMO", "", 147),
        ("R07", 100, "EXP", "RF 12-13", 133),
        ("R08", 100, "EXP EER-ECMO", "", 147),
        ("R09", 100, "EXP", "MAT 01-31", 0),
        ("R10", 100, "EXP", "", 147),
        ("R11", 100, "EXP EER-ECMO", "", 147),
        ("R12", 100, "EXP", "CA 18-31", 77),
        ("R13", 100, "EXP", "", 147),
        ("R14", 100, "EXP EER-ECMO", "RF 06", 140),
        ("R15", 100, "EXP", "", 147),
        ("R16", 100, "EXP", "", 147),
        ("R17", 100, "EXP EER-ECMO", "MAL 11-20", 91),
        ("R18", 100, "EXP", "", 147),
        ("R19", 100, "EXP", "RF 27-28", 133),
        ("R20", 100, "EXP EER-ECMO", "", 147),
        ("R21", 100, "", "FORM 12-13", 133),
        ("R22", 100, "", "", 147),
        ("R23", 100, "", "RF 19", 140),
        ("R24", 100, "", "CA 04-10", 112),
        ("R25", 100, "", "", 147),
        ("R26", 100, "", "RF 05-06", 133),
        ("R27", 80, "", "", 117.6),
        ("R28", 80, "", "FORM 19-20", 103.6),
        ("R29", 80, "", "", 117.6),
        ("R30", 50, "", "", 73.5),
        ("R31", 50, "", "", 73.5),
        ("R32", 100, "NOUVEL-ARRIVANT", "HORS-CONTRAT 01-03", 140),
    ]
    aides = [
        ("A01", 100, "", 147),
        ("A02", 100, "RF 05-06", 133),
        ("A03", 100, "", 147),
        ("A04", 100, "CA 18-31", 77),
        ("A05", 100, "", 147),
        ("A06", 100, "", 147),
        ("A07", 100, "", 147),
        ("A08", 100, "RF 26-27", 133),
        ("A09", 100, "", 147),
        ("A10", 100, "", 147),
        ("A11", 100, "CA 04-08", 112),
        ("A12", 100, "", 147),
        ("A13", 100, "", 147),
        ("A14", 100, "", 147),
        ("A15", 80, "", 117.6),
        ("A16", 80, "FORM 20", 110.6),
        ("A17", 80, "", 117.6),
        ("A18", 80, "", 117.6),
    ]
    tutors = {"R01", "R02", "R04"}
    for agent_id, q, skills, absences, target in ide:
        skills = skills.split()
        if agent_id in tutors:
            skills.append("TUTEUR")
        if agent_id != "R32":
            # Counted in the regulatory ratio; R32 is supernumerary (doublure) until 17 May.
            skills.append("IDE-POSTE")
        allowed = ["J"] if agent_id == "R30" else ["J", "N"]  # R30: restriction médicale, pas de nuit
        b.agent(agent_id, "IDE", q, "alternance", skills, absences, target, tolerance(720), allowed)
    for agent_id, q, absences, target in aides:
        allowed = ["J"] if agent_id == "A10" else ["J", "N"]  # A10: restriction médicale, pas de nuit
        b.agent(agent_id, "AS", q, "alternance", [], absences, target, tolerance(720), allowed)

    # Ratios (décret 2022-694, 12 open beds): IDE 5, AS 3 per shift; local skill floors.
    doublure = {"from": iso(m.d(1)), "to": iso(m.d(17))}
    after = {"from": iso(m.d(18)), "to": iso(m.end)}
    for shift in ("J", "N"):
        b.need(doublure, shift, "IDE-POSTE", minimum=5)  # R32 (no IDE-POSTE) not counted before 18 May
        b.need(after, shift, "IDE", minimum=5)           # every IDE counts from 18 May
        b.need("all", shift, "AS", minimum=3)
        b.need("all", shift, "EXP", minimum=2)
        b.need("all", shift, "EER-ECMO", minimum=1)

    for row in [
        ("R01", "1", "OFF", "P2"),
        ("R06", "1", "OFF", "P2"),
        ("R08", "8", "OFF", "P2"),
        ("R11", "8", "OFF", "P2"),
        ("R04", "16", "OFF", "P1", "exam"),
        ("R10", "9-10", "OFF", "P1", "family event"),
        ("R13", "14-17", "OFF", "P2", "Ascension bridge"),
        ("R15", "14-17", "OFF", "P2"),
        ("R16", "14-17", "OFF", "P2"),
        ("R18", "14-17", "OFF", "P2"),
        ("R22", "23-25", "OFF", "P2", "Whitsun weekend"),
        ("R27", "23-25", "OFF", "P2"),
        ("R29", "23-25", "OFF", "P2"),
        ("R31", "23-25", "OFF", "P2"),
        ("R02", "20-22", "NOT N", "P2"),
        ("R14", "30-31", "OFF", "P2"),
        ("R20", "18-31", "ONLY N", "P2"),
        ("R23", "2-3", "OFF", "P2"),
        ("R25", "all", "PATTERN ONLY N", "P2"),
        ("R26", "all", "PATTERN ONLY N", "P2"),
        ("A01", "14-17", "OFF", "P2"),
        ("A03", "14-17", "OFF", "P2"),
        ("A05", "1", "OFF", "P1"),
        ("A07", "23-25", "OFF", "P2"),
        ("A09", "all", "PATTERN ONLY N", "P2"),
        ("A12", "9", "OFF", "P2"),
        ("A15", "29-31", "OFF", "P2"),
        ("A17", "16", "OFF", "P1"),
        ("A18", "wd:3", "PATTERN OFF", "P2", "every Wednesday"),
        ("R32", "4-17", "ONLY J", "P2", "doublure with day tutors R01/R02/R04"),
    ]:
        b.request_row(*row)

    b.worked("R06", [prev(m, 29), prev(m, 30)], "N")
    b.worked("R11", [prev(m, 29), prev(m, 30)], "N")
    b.worked("R15", [prev(m, 28), prev(m, 29), prev(m, 30)], "J")
    b.balance("R10", 24)
    b.balance("R22", -12)
    b.balance("A05", 12)

    return b.scenario(
        name="S2 — Réanimation polyvalente, mai 2026",
        unit="Réanimation polyvalente adulte, 12 lits ouverts (12 h, ratios décret 2022-694)",
        holidays=days_of(m, 1, 8, 14, 25),
        derogation=True,
        shift_types=shifts,
        absence_codes=ABSENCE_CODES,
        rules_doc=rules(m, max_work_days=(3, "hard"), overtime=False),
        notes=(
            "Scénario S2 de docs/domain/scenarios.md : les 32 IDE et 18 AS listés (50 agents). Ratios : "
            "5 IDE et 3 AS par poste (durs), au moins 2 IDE EXP et 1 IDE EER-ECMO par poste. R32 (arrivé "
            "le 04/05) est surnuméraire du 4 au 17 mai : le ratio compte la compétence IDE-POSTE jusqu'au "
            "17 mai, puis le grade IDE ; le binôme avec un tuteur (R01/R02/R04, compétence TUTEUR) n'est "
            "pas exprimable, seule la demande « ONLY J » (P2) le favorise. HS non autorisées. Contrôle de "
            "capacité : ≈ 323 postes IDE comptables pour 310 ; EER-ECMO ≈ 90 pour 62 ; AS 199 pour 186."
        ),
    )


# ---------------------------------------------------------------------------------------------
# S2-bis — variante de stress « style ANAP » (IDE seuls) — juin 2026, événements A et B appliqués
# ---------------------------------------------------------------------------------------------

class Lehmer:
    """MINSTD (Park–Miller, multiplier 48271): a fixed, documented pseudo-random sequence."""

    def __init__(self, seed: int):
        self.state = seed

    def below(self, n: int) -> int:
        self.state = self.state * 48271 % 2147483647
        return self.state % n


S2BIS_REQUEST_SEED = 20250306  # the date of ANAP's duel


def s2bis() -> dict:
    m = Month(2026, 6)
    b = Builder(m)
    shifts = [
        shift_type("J", "Jour 12 h", "07:00", "19:00", 720),
        shift_type("N", "Nuit 12 h", "19:00", "07:00", 720, night=True),
    ]
    agents = [f"X{k:02d}" for k in range(1, 60)]

    def quotite(k: int) -> int:
        return 100 if k <= 50 else 80 if k <= 56 else 50

    planned: dict[str, str] = {}
    one_week = ["1-7", "8-14", "15-21", "22-28"]
    for i, k in enumerate([3, 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47]):
        planned[f"X{k:02d}"] = f"CA {one_week[i % 4]}"  # weeks 1–7, 8–14, 15–21, 22–28 in rotation
    planned.update({"X05": "CA 1-14", "X13": "CA 8-21", "X29": "CA 15-28", "X41": "CA 17-30",
                    "X09": "MAT 1-30", "X21": "MAL 1-5", "X33": "MAL 8-12"})
    # Event A (14 June 18:00): epidemic, ten sick leaves 15–21 June.
    event_a = {f"X{k:02d}" for k in (1, 2, 4, 6, 8, 10, 12, 14, 16, 18)}

    for k, agent_id in enumerate(agents, start=1):
        skills = (["EXP"] if k <= 30 else []) + (["EER-ECMO"] if k <= 12 else [])
        absences = planned.get(agent_id, "")
        if agent_id in event_a:
            absences = "; ".join(filter(None, [absences, "MAL 15-21"]))
        parsed = parse_absences(m, absences)
        target = model_target_hours(m, quotite(k), parsed, night_team=False)
        b.agent(agent_id, "IDE", quotite(k), "alternance", skills, absences, round(target, 1),
                tolerance(720), ["J", "N"])

    # 25 open beds → ⌈25 × 2/5⌉ = 10 IDE per shift; event B: 11 from 22 June. Same local floors as S2.
    for shift in ("J", "N"):
        b.need("1-21", shift, "IDE", minimum=10)
        b.need("22-30", shift, "IDE", minimum=11)
        b.need("all", shift, "EXP", minimum=2)
        b.need("all", shift, "EER-ECMO", minimum=1)

    # Phase 1 desiderata: "about 40 requests (draw 1 per agent for 40 agents; 10 P1)".
    # scenarios.md gives the recipe, not the list: this is a deterministic draw (seed above),
    # one day off (P1) or one or two consecutive days off (P2) on days without planned absence.
    rng = Lehmer(S2BIS_REQUEST_SEED)
    candidates = [a for a in agents if a != "X09"]
    drawn = []
    while len(drawn) < 40:
        drawn.append(candidates.pop(rng.below(len(candidates))))
    phase1_absent = {a: {x for _, _, ds in parse_absences(m, planned.get(a, "")) for x in ds} for a in agents}
    for i, agent_id in enumerate(drawn):
        p1 = i < 10
        free = [x for x in m.all_dates() if x not in phase1_absent[agent_id]]
        first = free[rng.below(len(free))]
        length = 1 if p1 else 1 + rng.below(2)
        second = first + dt.timedelta(days=1)
        if length == 2 and second in free:
            spec = f"{first.day}-{second.day}"
        else:
            spec = f"{first.day}"
        b.request(agent_id, spec, "dayOff", priority="P1" if p1 else "P2",
                  note="tirage déterministe (phase 1, recette de scenarios.md)")
    b.requests.sort(key=lambda r: r["staff"])

    return b.scenario(
        name="S2-bis — Réanimation 25 lits, variante de stress « style ANAP », juin 2026 (événements A et B)",
        unit="Réanimation adulte, 25 lits ouverts (12 h) — reconstruction, IDE seuls",
        holidays=[],
        derogation=True,
        shift_types=shifts,
        absence_codes=ABSENCE_CODES,
        rules_doc=rules(m, max_work_days=(3, "hard"), overtime=True),
        notes=(
            "Scénario S2-bis de docs/domain/scenarios.md, avec l'événement A (arrêts maladie de X01, X02, "
            "X04, X06, X08, X10, X12, X14, X16, X18 du 15 au 21 juin, cibles réduites de 35 h) et l'événement "
            "B (11 IDE par poste à partir du 22 juin) appliqués ; heures supplémentaires autorisées (≤ 20 h). "
            "Infaisabilité voulue : semaine du 15 au 21 juin, seuls X03, X05 et X07 sont EER-ECMO et "
            "disponibles (au plus 4 postes chacun en 7 jours, soit 12 < 14) : au moins 2 postes restent sans "
            "EER-ECMO. Les 40 désidératas sont un tirage déterministe (graine 20250306) suivant la recette "
            "du scénario, pas une liste du document. Capacité : 645,5 postes pour 600 avant les événements ; "
            "≈ 616 pour 618 après A et B."
        ),
    )


# ---------------------------------------------------------------------------------------------
# S3 — Urgences adultes, 12 h + renfort 10 h, demande variable — juillet 2026
# ---------------------------------------------------------------------------------------------

def s3() -> dict:
    m = Month(2026, 7)
    b = Builder(m)
    # Generic J/N/R (boxes, UHCD, AS, pool) plus one shift type per skilled IDE post, so that one
    # nurse never fills two posts (IOA, SAUV, SMUR) on the same shift.
    shifts = [
        shift_type("J", "Jour 12 h (box, UHCD, AS)", "08:00", "20:00", 720),
        shift_type("N", "Nuit 12 h (box, UHCD, AS)", "20:00", "08:00", 720, night=True),
        shift_type("R", "Renfort 10 h", "11:00", "21:00", 600),
        shift_type("J-IOA", "Jour 12 h — poste IOA (tri)", "08:00", "20:00", 720),
        shift_type("N-IOA", "Nuit 12 h — poste IOA (tri)", "20:00", "08:00", 720, night=True),
        shift_type("J-SAUV", "Jour 12 h — salle d'accueil des urgences vitales", "08:00", "20:00", 720),
        shift_type("N-SAUV", "Nuit 12 h — salle d'accueil des urgences vitales", "20:00", "08:00", 720, night=True),
        shift_type("J-SMUR", "Jour 12 h — SMUR", "08:00", "20:00", 720),
        shift_type("N-SMUR", "Nuit 12 h — SMUR", "20:00", "08:00", 720, night=True),
    ]
    families = {
        "J": ["J", "J-IOA", "J-SAUV", "J-SMUR"],
        "N": ["N", "N-IOA", "N-SAUV", "N-SMUR"],
        "R": ["R"],
    }
    ide = [
        ("U01", 100, "IOA SAUV", "", 161),
        ("U02", 100, "IOA SAUV", "CA 01-19", 70),
        ("U03", 100, "IOA SAUV", "", 161),
        ("U04", 100, "IOA SAUV", "CA 06-12", 126),
        ("U05", 100, "IOA SAUV SMUR", "", 161),
        ("U06", 100, "IOA SAUV SMUR", "CA 06-24", 56),
        ("U07", 100, "IOA SAUV SMUR", "", 161),
        ("U08", 100, "IOA SAUV SMUR", "MAL 13-24", 91),
        ("U09", 100, "IOA SAUV SMUR", "", 161),
        ("U10", 100, "IOA SAUV SMUR", "CA 13-31", 56),
        ("U11", 100, "IOA SAUV SMUR", "", 161),
        ("U12", 100, "IOA SAUV SMUR", "CA 13-19", 126),
        ("U13", 100, "IOA SAUV SMUR", "", 161),
        ("U14", 100, "IOA SAUV SMUR", "CA 01-19", 70),
        ("U15", 100, "IOA SAUV SMUR", "", 161),
        ("U16", 100, "IOA SAUV SMUR", "FORM 07-09", 140),
        ("U17", 100, "SAUV", "", 161),
        ("U18", 100, "SAUV", "CA 06-24", 56),
        ("U19", 100, "SAUV", "", 161),
        ("U20", 100, "SAUV", "CA 20-26", 126),
        ("U21", 100, "SAUV", "", 161),
        ("U22", 100, "SAUV", "CA 13-31", 56),
        ("U23", 100, "SAUV", "", 161),
        ("U24", 100, "SAUV", "FORM 21-23", 140),
        ("U25", 100, "", "", 161),
        ("U26", 100, "", "CA 20-31", 91),
        ("U27", 100, "", "", 161),
        ("U28", 100, "", "CA 27-31", 126),
        ("U29", 100, "", "", 161),
        ("U30", 100, "novice", "", 161),
        ("U31", 100, "novice", "", 161),
        ("U32", 80, "", "", 128.8),
        ("U33", 80, "", "CA 01-19", 56),
        ("U34", 80, "", "", 128.8),
        ("U35", 80, "", "", 128.8),
        ("U36", 80, "", "", 128.8),
        ("U37", 80, "novice", "", 128.8),
        ("U38", 50, "", "", 80.5),
        ("U39", 50, "", "", 80.5),
    ]
    aides = [
        ("V01", 100, "", 161), ("V02", 100, "", 161), ("V03", 100, "CA 01-19", 70),
        ("V04", 100, "", 161), ("V05", 100, "CA 06-12", 126), ("V06", 100, "", 161),
        ("V07", 100, "CA 06-24", 56), ("V08", 100, "", 161), ("V09", 100, "CA 20-26", 126),
        ("V10", 100, "", 161), ("V11", 100, "CA 13-31", 56), ("V12", 100, "", 161),
        ("V13", 100, "", 161), ("V14", 100, "", 161), ("V15", 100, "CA 01-19", 70),
        ("V16", 100, "", 161), ("V17", 100, "", 161), ("V18", 100, "", 161),
        ("V19", 80, "CA 13-31", 44.8), ("V20", 80, "", 128.8), ("V21", 80, "", 128.8),
        ("V22", 80, "", 128.8),
    ]
    for agent_id, q, skills, absences, target in ide:
        skills = skills.split()
        allowed = ["J", "N", "R"]
        for post in ("IOA", "SAUV", "SMUR"):
            if post in skills:
                allowed += [f"J-{post}", f"N-{post}"]
        if agent_id == "U38":  # restriction médicale : pas de nuit
            allowed = [s for s in allowed if not s.startswith("N")]
        b.agent(agent_id, "IDE", q, "alternance", skills, absences, target, tolerance(720), allowed)
    for agent_id, q, absences, target in aides:
        b.agent(agent_id, "AS", q, "alternance", [], absences, target, tolerance(720), ["J", "N", "R"])
    # Pool de suppléance (hospital-wide, listed in scenarios.md): up to 6 shifts each, J/N box or UHCD.
    for agent_id in ("P01", "P02"):
        b.agent(agent_id, "IDE", None, None, ["POOL"], "", None, {"maxMinutes": 6 * 720},
                ["J", "N"], check_target=False, fairness_group="POOL")

    peak_days = "4,5,6,11,12,13,14,18,19,20,25,26,27"  # Mondays, Saturdays, Sundays, 14 July
    for post in ("IOA", "SAUV", "SMUR"):
        for shift in ("J", "N"):
            b.need("all", f"{shift}-{post}", post, minimum=1, maximum=1)
    # Generic J: UHCD 1 + boxes 3 (+1 box on 20–26 July, heatwave plan, hard); N: UHCD 1 + boxes 2.
    b.need("1-19", "J", "IDE", minimum=4)
    b.need("20-26", "J", "IDE", minimum=5)
    b.need("27-31", "J", "IDE", minimum=4)
    b.need("all", "N", "IDE", minimum=3)
    b.need(peak_days, "R", "IDE", target=1)
    for shift in ("J", "N", "R"):
        b.need("all", shift, "novice", maximum=1)
    b.need("all", "J", "AS", minimum=4)
    b.need("all", "N", "AS", minimum=3)
    b.need(peak_days, "R", "AS", target=1)

    for row in [
        ("U01", "14", "OFF", "P2"),
        ("U03", "13-14", "OFF", "P2"),
        ("U05", "4-5", "OFF", "P1"),
        ("U07", "18-19", "OFF", "P2"),
        ("U09", "1-10", "NOT N", "P2"),
        ("U11", "25-26", "OFF", "P2"),
        ("U13", "14", "OFF", "P2"),
        ("U15", "11-12", "OFF", "P2"),
        ("U17", "31", "OFF", "P2"),
        ("U19", "all", "PATTERN ONLY N", "P2"),
        ("U21", "20", "OFF", "P1"),
        ("U23", "27-28", "OFF", "P2"),
        ("U25", "14", "OFF", "P2"),
        ("U27", "all", "NOT R", "P2"),
        ("U29", "4", "OFF", "P2"),
        ("U30", "10", "OFF", "P2"),
        ("U31", "24", "OFF", "P2"),
        ("U32", "wd:3", "PATTERN OFF", "P2", "every Wednesday"),
        ("U34", "17-18", "OFF", "P2"),
        ("U36", "all", "PATTERN ONLY J", "P2"),
        ("U39", "1-5", "OFF", "P2"),
        ("V01", "14", "OFF", "P2"),
        ("V04", "11-12", "OFF", "P2"),
        ("V08", "all", "PATTERN ONLY N", "P2"),
        ("V12", "25", "OFF", "P1"),
        ("V20", "wd:1", "PATTERN OFF", "P2", "every Monday"),
    ]:
        b.request_row(*row, families=families)

    # History: posts not given, generic J/N assumed (only the times matter for the rules).
    b.worked("U05", [prev(m, 28), prev(m, 29), prev(m, 30)], "N")
    b.worked("U11", [prev(m, 29), prev(m, 30)], "J")

    return b.scenario(
        name="S3 — Urgences adultes, juillet 2026",
        unit="Urgences adultes (≈ 45 000 passages/an), UHCD 8 lits et SMUR — 12 h + renfort 10 h",
        holidays=[m.d(14)],
        derogation=True,
        shift_types=shifts,
        absence_codes=ABSENCE_CODES,
        rules_doc=rules(m, max_work_days=(3, SOFT_100), overtime=True),
        notes=(
            "Scénario S3 de docs/domain/scenarios.md : 39 IDE et 22 AS (61 agents) plus les 2 IDE du pool "
            "de suppléance P01 et P02 (sans cible, au plus 6 postes de 12 h chacun, J/N box ou UHCD). Les "
            "postes IOA, SAUV et SMUR sont des types de poste distincts (J-IOA, N-IOA…) : une IDE ne tient "
            "qu'un poste par vacation. R → J le lendemain (11 h de repos) est interdit par le repos de 12 h. "
            "HS autorisées (≤ 20 h/mois) : la règle des 44 h par semaine civile est souple (100 par heure). "
            "Capacité : IDE 4 928 h pour 4 920 h minimum, ≈ 122 h manquantes avec renforts et canicule ; AS "
            "2 867 h pour 2 604 / 2 734 ; semaine du 13 au 19 juillet : 10 IDE IOA pour 14 postes IOA + 14 SMUR."
        ),
    )


# ---------------------------------------------------------------------------------------------
# S4 — EHPAD public, 84 résidents en 3 unités, 7 h 30 + nuits 10 h — février 2026 (plan initial)
# ---------------------------------------------------------------------------------------------

def s4() -> dict:
    m = Month(2026, 2)
    b = Builder(m)
    shifts = [
        shift_type("M", "Matin", "07:00", "14:30", 450),
        shift_type("S", "Soir", "13:30", "21:00", 450),
        shift_type("N", "Nuit", "21:00", "07:00", 600, night=True),
    ]
    ide = [
        ("E-IDE1", 100, "", 140), ("E-IDE2", 100, "CA 09-15", 105), ("E-IDE3", 100, "", 140),
        ("E-IDE4", 100, "", 140), ("E-IDE5", 80, "", 112),
    ]
    # Agent, grade, quotité, compétences, absences, cible — E-AS14's sick leave (event of 17 Feb)
    # is NOT part of the initial plan.
    day_as = [
        ("E-AS01", "AS", 100, "ASG", "", 140),
        ("E-AS02", "AS", 100, "ASG", "", 140),
        ("E-AS03", "AS", 100, "ASG", "MAL 01-28", 0),
        ("E-AS04", "AS", 100, "ASG", "", 140),
        ("E-AS05", "AS", 100, "ASG", "FORM 10", 133),
        ("E-AS06", "AS", 100, "ASG", "", 140),
        ("E-AS07", "AS", 100, "ASG", "FORM 11", 133),
        ("E-AS08", "AS", 100, "", "", 140),
        ("E-AS09", "AS", 100, "", "MAL 02-13", 70),
        ("E-AS10", "AS", 100, "", "", 140),
        ("E-AS11", "AS", 100, "", "", 140),
        ("E-AS12", "AS", 100, "", "CA 16-22", 105),
        ("E-AS13", "AS", 100, "", "", 140),
        ("E-AS14", "AS", 100, "", "", 140),
        ("E-AS15", "AS", 80, "", "", 112),
        ("E-AS16", "AS", 80, "", "FORM 12", 105),
        ("E-AS17", "AES", 80, "", "", 112),
        ("E-AS18", "AES", 80, "", "", 112),
    ]
    night_as = [
        ("E-ASN1", 100, "ASG", "", 130), ("E-ASN2", 100, "ASG", "CA 16-22", 97.5),
        ("E-ASN3", 100, "", "", 130), ("E-ASN4", 100, "", "", 130), ("E-ASN5", 50, "", "", 65),
    ]
    ash = [
        ("E-ASH1", 100, "", "", 140), ("E-ASH2", 100, "", "", 140), ("E-ASH3", 100, "", "", 140),
        ("E-ASH4", 100, "", "CA 23-28", 105), ("E-ASH5", 100, "", "", 140), ("E-ASH6", 100, "", "", 140),
        ("E-ASH7", 80, "FF-AS", "", 112),
    ]
    for agent_id, q, absences, target in ide:
        b.agent(agent_id, "IDE", q, "jour", [], absences, target, tolerance(450), ["M", "S"])
    for agent_id, grade, q, skills, absences, target in day_as:
        skills = skills.split() + (["AS"] if grade == "AES" else [])  # AES count as AS
        b.agent(agent_id, grade, q, "jour", skills, absences, target, tolerance(450), ["M", "S"])
    for agent_id, q, skills, absences, target in night_as:
        b.agent(agent_id, "AS", q, "nuit", skills.split(), absences, target, tolerance(600), ["N"], night_team=True)
    for agent_id, q, skills, absences, target in ash:
        b.agent(agent_id, "ASH", q, "jour", skills.split(), absences, target, tolerance(450), ["M", "S"])

    b.need("all", "M", "IDE", minimum=2)
    b.need("all", "S", "IDE", minimum=1)
    b.need("all", "M", "AS", minimum=6)
    b.need("all", "M", "ASG", minimum=1)   # unit C (UVP) has ≥ 1 ASG on M
    b.need("all", "S", "AS", minimum=4)
    b.need("all", "N", "AS", minimum=2)
    b.need("all", "N", "ASG", target=1)    # ASG in unit C at night preferred (soft)
    b.need("all", "M", "ASH", minimum=3)
    b.need("all", "S", "ASH", minimum=1)

    for row in [
        ("E-IDE1", "14", "OFF", "P2"),
        ("E-IDE3", "14", "OFF", "P2"),
        ("E-IDE5", "wd:1", "PATTERN OFF", "P2", "every Monday"),
        ("E-AS01", "14-15", "OFF", "P2"),
        ("E-AS02", "21-22", "OFF", "P2"),
        ("E-AS04", "7-8", "OFF", "P2"),
        ("E-AS06", "all", "PATTERN ONLY M", "P2"),
        ("E-AS08", "16-20", "OFF", "P2", "school holidays"),
        ("E-AS10", "16-20", "OFF", "P2", "school holidays"),
        ("E-AS11", "25", "OFF", "P1"),
        ("E-AS13", "all", "PATTERN ONLY S", "P2"),
        ("E-AS15", "wd:3", "PATTERN OFF", "P2", "every Wednesday"),
        ("E-AS17", "28", "OFF", "P2"),
        ("E-ASN3", "13-14", "OFF", "P2"),
        ("E-ASN4", "27-28", "OFF", "P2"),
        ("E-ASH2", "2", "OFF", "P2"),
        ("E-ASH5", "20", "OFF", "P1"),
        ("E-ASH6", "all", "PATTERN ONLY M", "P2"),
    ]:
        b.request_row(*row)

    # History: Saturday 31 January (day staff's shift not given: M assumed), E-AS06 M 27–31 Jan.
    for agent_id in ("E-AS01", "E-AS04", "E-AS10", "E-ASH2"):
        b.worked(agent_id, [prev(m, 31)], "M")
    b.worked("E-ASN3", [prev(m, 31)], "N")
    b.worked("E-AS06", [prev(m, k) for k in range(27, 32)], "M")

    return b.scenario(
        name="S4 — EHPAD public, février 2026 (plan initial)",
        unit="EHPAD public (FPH), 84 résidents : unités A et B (28) et C, unité Alzheimer sécurisée (UVP, 28)",
        holidays=[],
        derogation=False,
        shift_types=shifts,
        absence_codes=ABSENCE_CODES,
        rules_doc=rules(m, max_work_days=(5, SOFT_100), max_nights=(4, SOFT_100), max_weekends=(3, "hard")),
        notes=(
            "Scénario S4 de docs/domain/scenarios.md, plan initial publié le 13 janvier : l'arrêt maladie de "
            "E-AS14 (18–24 février, annoncé le 17/02) et les vacataires VAC1–VAC3 de la phase de "
            "remplacement n'y figurent pas. 35 agents. Unités A/B/C non modélisées : au moins 1 ASG sur M "
            "(unité C) dur, ASG la nuit souhaité (cible). E-ASH7 porte la compétence FF-AS (faisant fonction "
            "AS) à titre d'information seulement : elle n'est pas comptée sur les postes AS. « Un week-end sur "
            "deux » : au plus 3 week-ends travaillés sur les 5 touchés par février (dur). Capacité : IDE 84,9 "
            "pour 84 ; AS jour 285,6 pour 280 ; AS nuit 55,3 pour 56 (une nuit non couvrable dans les cibles) ; "
            "ASH 122,3 pour 112. Vérification propre (absente de scenarios.md) : la quinzaine fixe du 2 au "
            "15 février ne contient que les dimanches 8 et 15 et nul ne peut travailler les deux (FPH-33) ; "
            "il faut 20 AS de jour, 8 ASH et 6 IDE pour ces deux dimanches contre 17, 7 et 5 agents : au "
            "moins 5 postes minimum restent non couverts."
        ),
    )


# ---------------------------------------------------------------------------------------------
# S5 — Maternité type 2B : salle de naissance + néonatologie avec soins intensifs, 12 h — décembre 2026
# ---------------------------------------------------------------------------------------------

def s5() -> dict:
    m = Month(2026, 12)
    b = Builder(m)
    # One shift type per sector so that nobody counts in two sectors on the same shift.
    shifts = [
        shift_type("J-SDN", "Jour 12 h — secteur de naissance", "07:30", "19:30", 720),
        shift_type("N-SDN", "Nuit 12 h — secteur de naissance", "19:30", "07:30", 720, night=True),
        shift_type("C", "Consultations / urgences obstétricales (jour)", "07:30", "19:30", 720),
        shift_type("J-NEO", "Jour 12 h — néonatologie", "07:30", "19:30", 720),
        shift_type("N-NEO", "Nuit 12 h — néonatologie", "19:30", "07:30", 720, night=True),
    ]
    families = {"J": ["J-SDN", "C", "J-NEO"], "N": ["N-SDN", "N-NEO"]}
    sf = [
        ("SF01", 100, "", 161), ("SF02", 100, "", 161), ("SF03", 100, "CA 21-27", 126),
        ("SF04", 100, "", 161), ("SF05", 100, "FORM 08-09", 147), ("SF06", 100, "", 161),
        ("SF07", 100, "CA 28-31", 133), ("SF08", 100, "", 161), ("SF09", 100, "", 161),
        ("SF10", 80, "", 128.8), ("SF11", 80, "", 128.8), ("SF12", 80, "", 128.8),
    ]
    nurses = [
        ("PU01", "PUER", 100, "NEONAT SI", "", 161),
        ("PU02", "PUER", 100, "NEONAT SI", "CA 21-27", 126),
        ("PU03", "PUER", 100, "NEONAT SI", "", 161),
        ("PU04", "PUER", 100, "NEONAT SI", "", 161),
        ("PU05", "PUER", 100, "NEONAT SI", "", 161),
        ("PU06", "PUER", 100, "NEONAT SI", "CA 28-31", 133),
        ("PU07", "PUER", 100, "NEONAT SI", "", 161),
        ("PU08", "PUER", 100, "NEONAT SI", "CA 14-18", 126),
        ("PU09", "PUER", 80, "NEONAT SI", "", 128.8),
        ("PU10", "PUER", 80, "NEONAT SI", "", 128.8),
        ("IN01", "IDE", 100, "NEONAT SI", "", 161),
        ("IN02", "IDE", 100, "NEONAT SI", "", 161),
        ("IN03", "IDE", 100, "NEONAT SI", "MAL 01-11", 98),
        ("IN04", "IDE", 100, "NEONAT SI", "", 161),
        ("IN05", "IDE", 100, "NEONAT", "CA 21-27", 126),
        ("IN06", "IDE", 100, "NEONAT", "", 161),
        ("IN07", "IDE", 50, "NEONAT", "", 80.5),
    ]
    # Auxiliaires de puériculture: "SdN + néonat" → skill SDN and both sectors; "néonat" → néonat only.
    aps = [
        ("AP01", 100, True, "", 161), ("AP02", 100, True, "", 161), ("AP03", 100, True, "", 161),
        ("AP04", 100, True, "CA 21-27", 126), ("AP05", 100, True, "", 161),
        ("AP06", 100, True, "CA 07-11", 126), ("AP07", 100, True, "", 161),
        ("AP08", 100, False, "", 161), ("AP09", 100, False, "CA 28-31", 133),
        ("AP10", 80, False, "", 128.8), ("AP11", 80, False, "", 128.8),
    ]
    for agent_id, q, absences, target in sf:
        b.agent(agent_id, "SF", q, "alternance", [], absences, target, tolerance(720), ["J-SDN", "N-SDN", "C"])
    for agent_id, grade, q, skills, absences, target in nurses:
        allowed = ["J-NEO"] if agent_id == "IN07" else ["J-NEO", "N-NEO"]  # IN07: pas de nuit
        b.agent(agent_id, grade, q, "alternance", skills.split(), absences, target, tolerance(720), allowed)
    for agent_id, q, sdn, absences, target in aps:
        allowed = ["J-SDN", "N-SDN", "J-NEO", "N-NEO"] if sdn else ["J-NEO", "N-NEO"]
        b.agent(agent_id, "AP", q, "alternance", ["SDN"] if sdn else [], absences, target, tolerance(720), allowed)

    for shift in ("J-SDN", "N-SDN"):
        b.need("all", shift, "SF", minimum=2)    # 1 800 births/year → 2 midwives every shift
        b.need("all", shift, "SDN", minimum=1)   # auxiliaire de puériculture with SdN
    b.need("all", "C", "SF", target=1)
    for shift in ("J-NEO", "N-NEO"):
        b.need("all", shift, "NEONAT", minimum=3)  # 2 SI (1 per 3 newborns) + 1 néonat (1 per 6)
        b.need("all", shift, "SI", minimum=2)
        b.need("all", shift, "PUER", minimum=1)    # local hard rule: ≥ 1 puéricultrice
        b.need("all", shift, "AP", minimum=1)

    # Desiderata (37 agent-requests)
    table = [
        (["SF01", "SF02", "SF04", "SF10", "SF11", "SF12"], "24-25", "OFF", "P2"),
        (["SF06"], "24-25", "OFF", "P1"),
        (["SF03", "SF05", "SF08", "SF09", "SF12"], "31", "OFF", "P2"),
        (["SF07"], "5-6", "OFF", "P2"),
        (["SF09"], "all", "PATTERN ONLY N", "P2"),
        (["PU01", "PU03", "PU04", "PU05", "PU09"], "24-25", "OFF", "P2"),
        (["PU07", "PU10"], "31", "OFF", "P2"),
        (["PU08"], "1-13", "NOT N", "P2"),
        (["IN01", "IN04", "IN06"], "24-25", "OFF", "P2"),
        (["IN02"], "31", "OFF", "P2"),
        (["IN03"], "12-13", "NOT N", "P2", "return from sick leave"),
        (["AP01", "AP02", "AP03", "AP05", "AP07"], "24-25", "OFF", "P2"),
        (["AP10"], "24-25", "OFF", "P1"),
        (["AP06", "AP08", "AP11"], "31", "OFF", "P2"),
        (["AP04"], "19-20", "OFF", "P2"),
    ]
    for agents, days, text, prio, *note in table:
        for agent_id in agents:
            b.request_row(agent_id, days, text, prio, note[0] if note else None, families)

    # End-of-year equity history (2025): outside the 62-day history window, so the local rule
    # (soft, high weight) is written as weighted requests without priority.
    christmas_2025 = ["SF01", "SF02", "SF04", "SF06", "SF08", "SF09", "PU01", "PU03", "PU05", "PU07",
                      "IN01", "IN02", "AP01", "AP02", "AP05", "AP08"]
    new_year_2025 = ["SF03", "SF05", "SF10", "SF11", "PU02", "PU04", "PU09", "IN04", "IN06", "AP03",
                     "AP06", "AP07", "AP10"]
    equity_weight = 300
    for agent_id in christmas_2025:
        for code in families["N"]:
            if code in b.allowed[agent_id]:
                b.request(agent_id, "24", "shiftOff", code, priority=None, weight=equity_weight,
                          note="équité : a travaillé Noël 2025")
        b.request(agent_id, "25", "dayOff", priority=None, weight=equity_weight, note="équité : a travaillé Noël 2025")
    for agent_id in new_year_2025:
        for code in families["N"]:
            if code in b.allowed[agent_id]:
                b.request(agent_id, "31", "shiftOff", code, priority=None, weight=equity_weight,
                          note="équité : a travaillé le Nouvel An 2025–2026")

    return b.scenario(
        name="S5 — Maternité type 2B et néonatologie, décembre 2026",
        unit="Maternité type 2B (≈ 1 800 naissances/an) : secteur de naissance + néonatologie 12 lits dont 6 SI (12 h)",
        holidays=[m.d(25), date(2027, 1, 1)],
        derogation=True,
        shift_types=shifts,
        absence_codes=ABSENCE_CODES,
        rules_doc=rules(m, max_work_days=(3, SOFT_100), overtime=False),
        notes=(
            "Scénario S5 de docs/domain/scenarios.md : 12 SF, 10 PUER, 7 IDE néonat, 11 AP (40 agents). "
            "Un type de poste par secteur (J-SDN/N-SDN, C, J-NEO/N-NEO) : personne ne compte dans deux "
            "secteurs. Néonatologie : au moins 3 infirmières (NEONAT) dont 2 SI et 1 PUER, plus 1 AP. "
            "Historique d'équité 2025 (hors fenêtre d'historique) : Noël 2025 travaillé par SF01, SF02, SF04, "
            "SF06, SF08, SF09, PU01, PU03, PU05, PU07, IN01, IN02, AP01, AP02, AP05, AP08 ; Nouvel An "
            "2025–2026 par SF03, SF05, SF10, SF11, PU02, PU04, PU09, IN04, IN06, AP03, AP06, AP07, AP10 — "
            "exprimé par des demandes pondérées (300) sans priorité. Capacité : SF 146,5 postes pour 124 / "
            "155 avec C ; infirmières néonat 199,7 pour 186 ; AP 134 pour 124."
        ),
    )


# ---------------------------------------------------------------------------------------------

FILES = [
    ("s1-medecine-juin-2026.json", s1),
    ("s2-reanimation-mai-2026.json", s2),
    ("s2bis-anap-stress-juin-2026.json", s2bis),
    ("s3-urgences-juillet-2026.json", s3),
    ("s4-ehpad-fevrier-2026.json", s4),
    ("s5-maternite-decembre-2026.json", s5),
]


def render(doc: dict) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def summary(name: str, doc: dict) -> str:
    staff, days, shifts = len(doc["staff"]), doc["period"]["days"], len(doc["shiftTypes"])
    allowed = sum(len(a.get("allowedShifts", doc["shiftTypes"])) for a in doc["staff"]) * days
    return (f"{name}: {staff} staff × {days} days × {shifts} shift types = {staff * days * shifts} cells "
            f"({allowed} allowed); "
            f"{len(doc['demand'])} demand lines, {len(doc['absences'])} absences, {len(doc['requests'])} requests, "
            f"{len(doc['history']['assignments'])} history shifts")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for file_name, build in FILES:
        doc = build()
        text = render(doc)
        path = os.path.join(SCENARIO_DIR, file_name)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    current = f.read()
            except FileNotFoundError:
                current = None
            if current != text:
                stale.append(file_name)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        print(summary(file_name, doc))
    if stale:
        print("not up to date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
