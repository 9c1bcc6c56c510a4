import Foundation
import Testing
@testable import Scheduling

/// A bad scenario or roster file never crashes the loader or the validator: every mistake is
/// reported with the file, the path to the field (`staff[1].quotite`) and what is wrong, and all
/// the mistakes of a file are reported at once. Also keeps docs/scenario.schema.json and the
/// documented example in step with the model.
@Suite struct ScenarioInputTests {
    typealias JSON = ScenarioJSON

    @Test func theBaseFixtureIsValid() throws {
        let problem = try Self.problem(JSON().text)
        #expect(problem.staffCount == 3)
        #expect(problem.dayCount == 7)
        #expect(problem.shifts.map(\.code) == ["M", "S", "N"])
    }

    // MARK: - Syntax, types, missing and unknown fields (the strict loader)

    @Test func aTruncatedFileIsMalformedJSON() throws {
        let full = JSON().text
        let truncated = String(full.prefix(full.count / 2))
        let error = try #require(Self.error(loading: truncated))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "", saying: "malformed JSON")
    }

    @Test(arguments: ["", "   ", "{", #"{"formatVersion": 1,"#, "[1, 2", "nul", "{'name': 'simple quotes'}", "\u{1}"])
    func textThatIsNotJSONIsOneClearIssue(_ text: String) throws {
        let error = try #require(Self.error(loading: text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "", saying: "malformed JSON")
    }

    @Test(arguments: ["[]", "42", #""scenario""#, "null"])
    func jsonThatIsNotAnObjectIsRejected(_ text: String) throws {
        let error = try #require(Self.error(loading: text))
        #expect(error.issues.count == 1)
        #expect(error.file == Self.source)
        #expect(error.issues.first?.path == "")
        let message = error.issues.first?.message ?? ""
        #expect(message.hasPrefix("expected") || message.hasPrefix("missing value"), "\(message)")
    }

    @Test func aFileThatCannotBeReadIsReportedWithItsName() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-dir-\(UUID().uuidString)/scenario.json").path
        do throws(ScenarioError) {
            _ = try ScenarioFile.load(path: path)
            Issue.record("a missing file was read")
        } catch {
            #expect(error.file == path)
            Self.expectIssue(error, at: "", saying: "cannot read the file", file: path)
        }
    }

    @Test func quotiteWrittenAsAStringIsATypeErrorAtItsPath() throws {
        var json = JSON()
        json.staff = """
            {"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotite": 100, "contract": {}},
            {"id": "IDE02", "name": "IDE02", "grade": "IDE", "quotite": "80", "contract": {}}
            """
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "staff[1].quotite", saying: "expected a whole number")
    }

    static let typeMistakes: [Mistake] = {
        var list: [Mistake] = []
        var json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": "450", "night": false}"#
        list.append(Mistake("paidMinutes as a string", json, path: "shiftTypes[0].paidMinutes", saying: "expected a whole number"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 450, "night": "non"}"#
        list.append(Mistake("night as a string", json, path: "shiftTypes[0].night", saying: "expected true or false"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "6h45", "end": "14:15", "paidMinutes": 450, "night": false}"#
        list.append(Mistake("time not HH:MM", json, path: "shiftTypes[0].start", saying: "« 6h45 » is not a time of the form HH:MM"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "25:00", "end": "14:15", "paidMinutes": 450, "night": false}"#
        list.append(Mistake("hour 25", json, path: "shiftTypes[0].start", saying: "« 25:00 » is not a time"))
        json = JSON()
        json.header = #""formatVersion": 1, "name": "Unité test", "period": {"start": "2026-02-30", "days": 7}"#
        list.append(Mistake("30 February", json, path: "period.start", saying: "« 2026-02-30 » is not a date of the form YYYY-MM-DD"))
        json = JSON()
        json.header = #""formatVersion": 1, "name": "Unité test", "period": {"start": "01/06/2026", "days": 7}"#
        list.append(Mistake("French date order", json, path: "period.start", saying: "is not a date of the form YYYY-MM-DD"))
        json = JSON()
        json.header = #""formatVersion": 1, "name": "Unité test", "period": {"start": "2026-06-01", "days": "7"}"#
        list.append(Mistake("days as a string", json, path: "period.days", saying: "expected a whole number"))
        json = JSON()
        json.header = #""formatVersion": 1, "name": null, "period": {"start": "2026-06-01", "days": 7}"#
        list.append(Mistake("null for a required field", json, path: "name", saying: "missing value, expected a string"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "team": "matin", "contract": {}}"#
        list.append(Mistake("team outside the enumeration", json, path: "staff[0].team", saying: "matin"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "skills": "EXP", "contract": {}}"#
        list.append(Mistake("skills not a list", json, path: "staff[0].skills", saying: "expected"))
        json = JSON()
        json.extra = [#""requests": [{"staff": "IDE01", "days": {"dates": ["2026-06-02"]}, "kind": "off"}]"#]
        list.append(Mistake("request kind outside the enumeration", json, path: "requests[0].kind", saying: "off"))
        json = JSON()
        json.extra = [#""requests": [{"staff": "IDE01", "days": {"dates": ["2026-06-02"]}, "kind": "dayOff", "priority": "P3"}]"#]
        list.append(Mistake("priority outside the enumeration", json, path: "requests[0].priority", saying: "P3"))
        json = JSON()
        json.rules = #"{"dailyRest": {"minutes": 720, "severity": "soft"}, "coverage": {}, "requests": {}}"#
        list.append(Mistake("severity neither hard nor soft", json, path: "rules.dailyRest.severity", saying: #"severity must be "hard" or {"soft": weight}"#))
        json = JSON()
        json.rules = #"{"dailyRest": {"minutes": 720, "severity": {"soft": "high"}}, "coverage": {}, "requests": {}}"#
        list.append(Mistake("soft weight as a string", json, path: "rules.dailyRest.severity.soft", saying: "expected a number"))
        return list
    }()

    @Test(arguments: typeMistakes)
    func aValueOfTheWrongTypeIsReportedAtItsPath(_ mistake: Mistake) throws {
        let error = try #require(Self.error(loading: mistake.json))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: mistake.path, saying: mistake.fragment)
    }

    static let numbersThatAreNotWholeNumbers: [Mistake] = {
        var json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 450.5, "night": false}"#
        let fraction = Mistake("paidMinutes with a fraction", json, path: "shiftTypes[0].paidMinutes", saying: "expected a whole number")
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotite": 1e30, "contract": {}}"#
        let huge = Mistake("number too large for a whole number", json, path: "staff[0].quotite", saying: "expected a whole number")
        return [fraction, huge]
    }()

    /// Foundation's JSONDecoder (swift-foundation, Linux) throws `dataCorrupted` with an empty
    /// coding path and « The given data was not valid JSON. » for a number that is valid JSON but
    /// not an `Int`; `ScenarioFile.decode` passes that on, so the file is rejected, without a crash,
    /// but the issue names neither the field nor the real problem. When the loader learns to
    /// locate it, `withKnownIssue` fails and this test should lose it.
    @Test(arguments: numbersThatAreNotWholeNumbers)
    func aNumberThatIsNotAWholeNumberIsRejected(_ mistake: Mistake) throws {
        let error = try #require(Self.error(loading: mistake.json))
        #expect(error.issues.count == 1)
        #expect(error.file == Self.source)
        withKnownIssue("the loader reports « The given data was not valid JSON. » without a field path") {
            Self.expectIssue(error, at: mistake.path, saying: mistake.fragment)
        }
    }

    static let missingFields: [Mistake] = {
        var list: [Mistake] = []
        var json = JSON()
        json.shiftTypes = #"{"code": "N", "label": "Nuit", "start": "21:00", "end": "07:00", "night": true}"#
        list.append(Mistake("shift without paidMinutes", json, path: "shiftTypes[0].paidMinutes", saying: "required field is missing"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotite": 100}"#
        list.append(Mistake("agent without contract", json, path: "staff[0].contract", saying: "required field is missing"))
        json = JSON()
        json.rules = #"{"dailyRest": {"minutes": 720}, "requests": {}}"#
        list.append(Mistake("rules without coverage", json, path: "rules.coverage", saying: "required field is missing"))
        json = JSON()
        json.rules = #"{"dailyRest": {}, "coverage": {}, "requests": {}}"#
        list.append(Mistake("dailyRest without minutes", json, path: "rules.dailyRest.minutes", saying: "required field is missing"))
        json = JSON()
        json.header = #""formatVersion": 1, "name": "Unité test""#
        list.append(Mistake("no period", json, path: "period", saying: "required field is missing"))
        json = JSON()
        json.extra = [#""history": {"from": "2026-05-30"}"#]
        list.append(Mistake("history without assignments", json, path: "history.assignments", saying: "required field is missing"))
        json = JSON()
        json.extra = [#""absences": [{"staff": "IDE01", "days": {"dates": ["2026-06-02"]}}]"#]
        list.append(Mistake("absence without code", json, path: "absences[0].code", saying: "required field is missing"))
        return list
    }()

    @Test(arguments: missingFields)
    func aMissingRequiredFieldIsReportedAtItsPath(_ mistake: Mistake) throws {
        let error = try #require(Self.error(loading: mistake.json))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: mistake.path, saying: mistake.fragment)
    }

    @Test func aMisspeltFieldIsAnUnknownFieldAtItsPath() throws {
        var json = JSON()
        json.staff = """
            {"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotité": 80, "contract": {}},
            {"id": "IDE02", "name": "IDE02", "grade": "IDE", "contract": {}}
            """
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "staff[0].quotité", saying: "unknown field (misspelt, or not part of format version 1)")
    }

    @Test func everyUnknownFieldIsListedAtOnce() throws {
        var json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotité": 80, "contract": {"target": 2100}}"#
        json.demand = #"{"days": {"from": "2026-06-01", "weekday": [1]}, "shift": "M", "minimum": 1}"#
        json.extra = [#""note": "a typo of notes""#]
        json.rules = #"{"dailyrest": {"minutes": 720}, "coverage": {}, "requests": {}}"#
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.map(\.path).sorted() == ["demand[0].days.weekday", "note", "rules.dailyrest", "staff[0].contract.target", "staff[0].quotité"])
        for issue in error.issues { Self.expectIssue(error, at: issue.path, saying: "unknown field") }
    }

    // MARK: - References, dates and durations (the validator)

    static let unknownShiftCodes: [Mistake] = {
        var list: [Mistake] = []
        var json = JSON()
        json.demand = """
            {"days": {"from": "2026-06-01", "to": "2026-06-07"}, "shift": "M", "skill": "IDE", "minimum": 1},
            {"days": {"weekdays": [6, 7]}, "shift": "J12", "skill": "IDE", "minimum": 1}
            """
        list.append(Mistake("demand", json, path: "demand[1].shift", saying: "unknown shift code « J12 »"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "allowedShifts": ["M", "Nuit"], "contract": {}}"#
        list.append(Mistake("allowedShifts", json, path: "staff[0].allowedShifts[1]", saying: "unknown shift code « Nuit »"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "maxShifts": {"N": 4, "N12": 2}, "contract": {}}"#
        list.append(Mistake("maxShifts", json, path: "staff[0].maxShifts.N12", saying: "unknown shift code « N12 »"))
        json = JSON()
        json.extra = [#""requests": [{"staff": "IDE01", "days": {"dates": ["2026-06-03"]}, "kind": "shiftOff", "shift": "s", "priority": "P2"}]"#]
        list.append(Mistake("requests", json, path: "requests[0].shift", saying: "unknown shift code « s »"))
        json = JSON()
        json.extra = [#""locks": [{"staff": "IDE02", "date": "2026-06-04", "shift": "MATIN"}]"#]
        list.append(Mistake("locks", json, path: "locks[0].shift", saying: "unknown shift code « MATIN »"))
        json = JSON()
        json.extra = [#""history": {"from": "2026-05-30", "assignments": [{"staff": "IDE01", "date": "2026-05-31", "shift": "NUIT"}]}"#]
        list.append(Mistake("history", json, path: "history.assignments[0].shift", saying: "unknown shift code « NUIT »"))
        json = JSON()
        json.shiftTypes = """
            {"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 450, "night": false},
            {"code": "S", "label": "Soir", "start": "13:45", "end": "21:15", "paidMinutes": 450, "night": false, "cannotBeFollowedBy": ["m"]}
            """
        list.append(Mistake("cannotBeFollowedBy", json, path: "shiftTypes[1].cannotBeFollowedBy[0]", saying: "unknown shift code « m »"))
        return list
    }()

    @Test(arguments: unknownShiftCodes)
    func anUnknownShiftCodeIsReportedWhereItIsUsed(_ mistake: Mistake) throws {
        let error = try #require(Self.error(loading: mistake.json))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: mistake.path, saying: mistake.fragment)
    }

    @Test func unknownStaffIdsAreReportedWhereTheyAreUsed() throws {
        var json = JSON()
        json.extra = [
            #""absences": [{"staff": "IDE9", "days": {"dates": ["2026-06-02"]}, "code": "CA"}]"#,
            #""requests": [{"staff": "ide01", "days": {"dates": ["2026-06-03"]}, "kind": "dayOff"}]"#,
            #""history": {"from": "2026-05-31", "assignments": [], "counters": [{"staff": "AS02", "hourBalanceMinutes": 60}]}"#,
            #""locks": [{"staff": "IDE 02", "date": "2026-06-04", "shift": null}]"#,
        ]
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 4)
        Self.expectIssue(error, at: "absences[0].staff", saying: "unknown staff id « IDE9 »")
        Self.expectIssue(error, at: "requests[0].staff", saying: "unknown staff id « ide01 »")
        Self.expectIssue(error, at: "history.counters[0].staff", saying: "unknown staff id « AS02 »")
        Self.expectIssue(error, at: "locks[0].staff", saying: "unknown staff id « IDE 02 »")
    }

    static let datesOutsideThePeriod: [Mistake] = {
        var list: [Mistake] = []
        var json = JSON()
        json.extra = [#""absences": [{"staff": "IDE01", "days": {"from": "2026-06-06", "to": "2026-06-09"}, "code": "CA"}]"#]
        list.append(Mistake("absence ending after the period", json, path: "absences[0].days.to",
                            saying: "2026-06-09 is outside the period 2026-06-01…2026-06-07"))
        json = JSON()
        json.demand = """
            {"days": {"from": "2026-06-01", "to": "2026-06-07"}, "shift": "M", "skill": "IDE", "minimum": 1},
            {"days": {"dates": ["2026-05-31"]}, "shift": "S", "skill": "IDE", "minimum": 1}
            """
        list.append(Mistake("demand on the day before", json, path: "demand[1].days.dates[0]",
                            saying: "2026-05-31 is outside the period 2026-06-01…2026-06-07"))
        json = JSON()
        json.extra = [#""requests": [{"staff": "IDE02", "days": {"from": "2026-05-29", "to": "2026-06-02"}, "kind": "dayOff", "priority": "P1"}]"#]
        list.append(Mistake("request starting in the previous month", json, path: "requests[0].days.from",
                            saying: "2026-05-29 is outside the period 2026-06-01…2026-06-07"))
        json = JSON()
        json.extra = [#""locks": [{"staff": "IDE01", "date": "2026-06-08", "shift": "M"}]"#]
        list.append(Mistake("lock the day after", json, path: "locks[0].date",
                            saying: "2026-06-08 is outside the period 2026-06-01…2026-06-07"))
        json = JSON()
        json.extra = [#""history": {"from": "2026-05-30", "assignments": [{"staff": "IDE01", "date": "2026-06-01", "shift": "N"}]}"#]
        list.append(Mistake("history inside the period", json, path: "history.assignments[0].date",
                            saying: "2026-06-01 is outside the history window 2026-05-30…2026-05-31"))
        json = JSON()
        json.extra = [#""history": {"from": "2026-06-03", "assignments": []}"#]
        list.append(Mistake("history starting after the period", json, path: "history.from", saying: "is after the start of the period"))
        json = JSON()
        json.extra = [#""absences": [{"staff": "IDE01", "days": {"from": "2026-06-05", "to": "2026-06-02"}, "code": "CA"}]"#]
        list.append(Mistake("range backwards", json, path: "absences[0].days", saying: "from 2026-06-05 is after to 2026-06-02"))
        json = JSON()
        json.demand = #"{"days": {"weekdays": [0, 6]}, "shift": "M", "minimum": 1}"#
        list.append(Mistake("weekday 0", json, path: "demand[0].days.weekdays[0]", saying: "weekday must be 1 (Monday) to 7 (Sunday), got 0"))
        json = JSON()
        json.demand = #"{"days": {}, "shift": "M", "minimum": 1}"#
        list.append(Mistake("empty day selection", json, path: "demand[0].days", saying: "selects no date"))
        return list
    }()

    @Test(arguments: datesOutsideThePeriod)
    func aDateOutsideThePeriodIsReportedAtItsPath(_ mistake: Mistake) throws {
        let error = try #require(Self.error(loading: mistake.json))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: mistake.path, saying: mistake.fragment)
    }

    static let absurdDurations: [Mistake] = {
        var list: [Mistake] = []
        var json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 0, "night": false}"#
        list.append(Mistake("paidMinutes 0", json, path: "shiftTypes[0].paidMinutes", saying: "must be between 1 and 1440 minutes, got 0"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "paidMinutes": 2000, "night": false}"#
        json.rules = #"{"coverage": {}, "requests": {}}"#
        list.append(Mistake("paidMinutes 2000", json, path: "shiftTypes[0].paidMinutes", saying: "must be between 1 and 1440 minutes, got 2000"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": -450, "night": false}"#
        list.append(Mistake("negative paidMinutes", json, path: "shiftTypes[0].paidMinutes", saying: "got -450"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 480, "night": false}"#
        list.append(Mistake("more paid than the span", json, path: "shiftTypes[0].paidMinutes", saying: "480 min paid exceeds the 450 min between start and end"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "start": "06:45", "paidMinutes": 450, "night": false}"#
        json.rules = #"{"coverage": {}, "requests": {}}"#
        list.append(Mistake("start without end", json, path: "shiftTypes[0]", saying: "start and end must be given together"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Matin", "paidMinutes": 450, "night": false}"#
        list.append(Mistake("no times under rest rules", json, path: "shiftTypes[0]", saying: "needs start and end times"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "contract": {"targetMinutes": -60}}"#
        list.append(Mistake("negative target", json, path: "staff[0].contract.targetMinutes", saying: "-60 minutes is impossible over 7 days"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "contract": {"maxMinutes": 20000}}"#
        list.append(Mistake("more minutes than the week holds", json, path: "staff[0].contract.maxMinutes", saying: "20000 minutes is impossible over 7 days"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "contract": {"minMinutes": 2400, "maxMinutes": 1800}}"#
        list.append(Mistake("min above max", json, path: "staff[0].contract", saying: "minMinutes 2400 exceeds maxMinutes 1800"))
        json = JSON()
        json.header = #""formatVersion": 1, "name": "Unité test", "period": {"start": "2026-06-01", "days": 0}"#
        list.append(Mistake("period of 0 days", json, path: "period.days", saying: "must be between 1 and 400 days, got 0"))
        json = JSON()
        json.header = #""formatVersion": 1, "name": "Unité test", "period": {"start": "2026-06-01", "days": 100000}"#
        list.append(Mistake("period of 100 000 days", json, path: "period.days", saying: "got 100000"))
        json = JSON()
        json.header = #""formatVersion": 2, "name": "Unité test", "period": {"start": "2026-06-01", "days": 7}"#
        list.append(Mistake("format version 2", json, path: "formatVersion", saying: "unsupported format version 2"))
        return list
    }()

    @Test(arguments: absurdDurations)
    func anAbsurdDurationIsReportedAtItsPath(_ mistake: Mistake) throws {
        let error = try #require(Self.error(loading: mistake.json))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: mistake.path, saying: mistake.fragment)
    }

    @Test(arguments: [false, true])
    func aShiftSpanningMoreThan12HoursIsRejectedEvenWithTheDerogation(_ derogation: Bool) throws {
        var json = JSON()
        json.header += #", "derogation12h": \#(derogation)"#
        json.shiftTypes = """
            {"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 450, "night": false},
            {"code": "J12", "label": "Jour 12 h", "start": "07:00", "end": "19:15", "paidMinutes": 720, "night": false}
            """
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "shiftTypes[1]", saying: "spans 12 h 15 min from 07:00 to 19:15: no shift may exceed 12 h amplitude (FPH-22)")
    }

    @Test func aTenHourDayShiftNeedsTheDerogation() throws {
        var json = JSON()
        json.shiftTypes = """
            {"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 450, "night": false},
            {"code": "R10", "label": "Renfort", "start": "11:00", "end": "21:00", "paidMinutes": 600, "night": false}
            """
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "shiftTypes[1]", saying: "beyond 9 h by day (FPH-20/21): needs derogation12h = true")

        json.header += #", "derogation12h": true"#
        Self.expectValid(json.text)
    }

    @Test func twelveHourShiftsAreAcceptedWithTheDerogation() {
        var json = JSON()
        json.header += #", "derogation12h": true"#
        json.shiftTypes = """
            {"code": "J12", "label": "Jour 12 h", "start": "07:00", "end": "19:00", "paidMinutes": 720, "night": false},
            {"code": "N12", "label": "Nuit 12 h", "start": "19:00", "end": "07:00", "paidMinutes": 720, "night": true}
            """
        json.demand = #"{"days": {"from": "2026-06-01"}, "shift": "J12", "skill": "IDE", "minimum": 1}"#
        Self.expectValid(json.text)
    }

    // MARK: - Duplicates and contradictions

    @Test func duplicateStaffIdsAndShiftCodesAreReported() throws {
        var json = JSON()
        json.shiftTypes = """
            {"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 450, "night": false},
            {"code": "S", "label": "Soir", "start": "13:45", "end": "21:15", "paidMinutes": 450, "night": false},
            {"code": "M", "label": "Matin court", "start": "07:00", "end": "13:00", "paidMinutes": 360, "night": false}
            """
        json.staff = """
            {"id": "IDE01", "name": "IDE01", "grade": "IDE", "contract": {}},
            {"id": "AS01", "name": "AS01", "grade": "AS", "contract": {}},
            {"id": "IDE01", "name": "IDE01 bis", "grade": "IDE", "contract": {}}
            """
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 2)
        Self.expectIssue(error, at: "shiftTypes[2].code", saying: "duplicate shift code « M »")
        Self.expectIssue(error, at: "staff[2].id", saying: "duplicate staff id « IDE01 »")
    }

    @Test func overlappingDemandLinesAreReported() throws {
        var json = JSON()
        json.demand = """
            {"days": {"from": "2026-06-01", "to": "2026-06-07"}, "shift": "M", "skill": "IDE", "minimum": 1},
            {"days": {"from": "2026-06-01", "to": "2026-06-07"}, "shift": "M", "skill": "AS", "target": 1},
            {"days": {"weekdays": [6, 7]}, "shift": "M", "skill": "IDE", "minimum": 2}
            """
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "demand[2]", saying: "demand for M / IDE on 2026-06-06 is already given by demand[0]")
    }

    @Test func demandLinesForOtherSkillsOrShiftsAreNotDuplicates() {
        var json = JSON()
        json.demand = """
            {"days": {"weekdays": [1, 2, 3, 4, 5]}, "shift": "M", "skill": "IDE", "minimum": 1, "target": 2},
            {"days": {"weekdays": [6, 7]}, "shift": "M", "skill": "IDE", "minimum": 1},
            {"days": {"from": "2026-06-01"}, "shift": "M", "skill": "AS", "target": 1},
            {"days": {"from": "2026-06-01"}, "shift": "M", "minimum": 2},
            {"days": {"from": "2026-06-01"}, "shift": "S", "skill": "IDE", "minimum": 1}
            """
        Self.expectValid(json.text)
    }

    @Test func aLockOnAShiftDuringAnAbsenceIsAContradiction() throws {
        var json = JSON()
        json.extra = [
            #""absences": [{"staff": "IDE02", "days": {"from": "2026-06-03", "to": "2026-06-05"}, "code": "CA"}]"#,
            #""locks": [{"staff": "IDE02", "date": "2026-06-04", "shift": "M"}, {"staff": "IDE02", "date": "2026-06-05", "shift": null}]"#,
        ]
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "locks[0]", saying: "locks IDE02 on M on 2026-06-04, but the agent is absent (CA) that day")
    }

    @Test func twoLocksOfOneCellWithDifferentValuesContradictEachOther() throws {
        var json = JSON()
        json.extra = [#"""
            "locks": [
                {"staff": "IDE01", "date": "2026-06-02", "shift": "M"},
                {"staff": "IDE01", "date": "2026-06-02", "shift": "M"},
                {"staff": "IDE01", "date": "2026-06-02", "shift": "S"},
                {"staff": "IDE02", "date": "2026-06-03", "shift": "N"},
                {"staff": "IDE02", "date": "2026-06-03", "shift": null}
            ]
            """#]
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 2)
        Self.expectIssue(error, at: "locks[2]", saying: "contradicts an earlier lock of IDE01 on 2026-06-02 (M vs S)")
        Self.expectIssue(error, at: "locks[4]", saying: "contradicts an earlier lock of IDE02 on 2026-06-03 (N vs repos)")
    }

    @Test func aLockOnAShiftTheAgentMayNotWorkIsReported() throws {
        var json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "allowedShifts": ["M", "S"], "contract": {}}"#
        json.extra = [#""locks": [{"staff": "IDE01", "date": "2026-06-02", "shift": "N"}]"#]
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "locks[0]", saying: "locks IDE01 on N, a shift this agent may not work")
    }

    @Test func demandThatNoRosterCanMeetIsImpossibleByConstruction() throws {
        var json = JSON()
        json.staff = """
            {"id": "IDE01", "name": "IDE01", "grade": "IDE", "contract": {}},
            {"id": "IDE02", "name": "IDE02", "grade": "IDE", "allowedShifts": ["N"], "contract": {}},
            {"id": "IDE03", "name": "IDE03", "grade": "IDE", "allowedShifts": ["M", "S"], "contract": {}},
            {"id": "IDE04", "name": "IDE04", "grade": "IDE", "maxShifts": {"N": 0}, "contract": {}},
            {"id": "AS01", "name": "AS01", "grade": "AS", "contract": {}}
            """
        json.demand = """
            {"days": {"from": "2026-06-01"}, "shift": "M", "skill": "IDE", "minimum": 1},
            {"days": {"from": "2026-06-01"}, "shift": "N", "skill": "IDE", "minimum": 3}
            """
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "demand[1].minimum",
                         saying: "requires 3 IDE on N but only 2 agent(s) are qualified and allowed on that shift: impossible by construction")
    }

    @Test func demandForASkillNobodyHasIsImpossibleByConstruction() throws {
        var json = JSON()
        json.demand = #"{"days": {"from": "2026-06-01"}, "shift": "N", "skill": "PUER", "minimum": 1}"#
        let error = try #require(Self.error(loading: json.text))
        Self.expectIssue(error, at: "demand[0].minimum", saying: "requires 1 PUER on N but only 0 agent(s)")
    }

    // MARK: - FPH bounds

    @Test(arguments: [40, 0, 49, 101, 150])
    func aQuotiteOutside50To100IsRejected(_ quotite: Int) throws {
        var json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotite": \#(quotite), "contract": {}}"#
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "staff[0].quotite", saying: "must be between 50 and 100 %, got \(quotite) (FPH-90)")
    }

    @Test(arguments: [50, 75, 80, 100])
    func legalQuotitesAreAccepted(_ quotite: Int) {
        var json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotite": \#(quotite), "contract": {}}"#
        Self.expectValid(json.text)
    }

    @Test func aDailyRestBelow11HoursIsRejected() throws {
        var json = JSON()
        json.rules = #"{"dailyRest": {"minutes": 600}, "coverage": {}, "requests": {}}"#
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 1)
        Self.expectIssue(error, at: "rules.dailyRest.minutes", saying: "must be between 660 (11 h, the legal floor of FPH-31) and 1440, got 600")

        json.rules = #"{"dailyRest": {"minutes": 660}, "coverage": {}, "requests": {}}"#
        Self.expectValid(json.text)
    }

    @Test func weeklyLimitsAboveTheLegalMaximaAreRejected() throws {
        var json = JSON()
        json.rules = #"{"rollingSevenDays": {"minutes": 3000}, "civilWeek": {"minutes": 0}, "coverage": {}, "requests": {}}"#
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 2)
        Self.expectIssue(error, at: "rules.rollingSevenDays.minutes", saying: "must be between 1 and 2880 (48 h, FPH-08), got 3000")
        Self.expectIssue(error, at: "rules.civilWeek.minutes", saying: "must be between 1 and 2880, got 0")
    }

    // MARK: - Several mistakes at once

    @Test func threeDifferentMistakesAreReportedTogether() throws {
        var json = JSON()
        json.staff = """
            {"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotite": 100, "contract": {}},
            {"id": "IDE02", "name": "IDE02", "grade": "IDE", "quotite": 40, "contract": {}}
            """
        json.demand = #"{"days": {"from": "2026-06-01"}, "shift": "J", "skill": "IDE", "minimum": 1}"#
        json.extra = [#""locks": [{"staff": "IDE01", "date": "2026-06-10", "shift": "M"}]"#]
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.map(\.path) == ["staff[1].quotite", "demand[0].shift", "locks[0].date"])
        Self.expectIssue(error, at: "staff[1].quotite", saying: "got 40 (FPH-90)")
        Self.expectIssue(error, at: "demand[0].shift", saying: "unknown shift code « J »")
        Self.expectIssue(error, at: "locks[0].date", saying: "2026-06-10 is outside the period")
        #expect(error.description.contains("3 problem(s) in the file"))
    }

    @Test func theThrownErrorListsEveryIssueOfAWrongFile() throws {
        var json = JSON()
        json.header = #""formatVersion": 1, "name": "  ", "period": {"start": "2026-06-01", "days": 7}"#
        json.shiftTypes = """
            {"code": "M", "label": "Matin", "start": "06:45", "end": "14:15", "paidMinutes": 0, "night": false},
            {"code": "", "label": "Sans code", "start": "07:00", "end": "19:15", "paidMinutes": 720, "night": false}
            """
        json.staff = """
            {"id": "IDE01", "name": "IDE01", "grade": "IDE", "quotite": 30, "allowedShifts": ["N"], "contract": {}},
            {"id": "IDE01", "name": "IDE01", "grade": "IDE", "contract": {"targetMinutes": -1}}
            """
        json.demand = #"{"days": {"dates": ["2026-06-09"]}, "shift": "M", "skill": "IDE", "minimum": 3}"#
        json.extra = [#""locks": [{"staff": "IDE03", "date": "2026-05-01", "shift": "S"}]"#]
        json.rules = #"{"dailyRest": {"minutes": 300}, "fortnightRest": {"restDays": 20}, "coverage": {}, "requests": {}}"#
        let error = try #require(Self.error(loading: json.text))
        let expected = [
            "name", "shiftTypes[0].paidMinutes", "shiftTypes[1].code", "shiftTypes[1]", "staff[0].quotite",
            "staff[0].allowedShifts[0]", "staff[1].id", "staff[1].contract.targetMinutes", "demand[0].days.dates[0]",
            "demand[0].minimum", "locks[0].staff", "locks[0].date", "locks[0].shift", "rules.dailyRest.minutes", "rules.fortnightRest.restDays",
        ]
        #expect(error.issues.map(\.path) == expected)
        #expect(error.description.split(separator: "\n").count == expected.count + 1)
    }

    // MARK: - Inputs meant to break the tools

    static let hostileInputs: [Mistake] = {
        var list: [Mistake] = []
        var json = JSON()
        json.extra = [#""absences": [{"staff": "IDE01", "days": {"from": "0001-01-01", "to": "9999-12-31"}, "code": "CA"}]"#]
        list.append(Mistake("absence over ten thousand years", json, path: "absences[0].days.to", saying: "9999-12-31 is outside the period"))
        json = JSON()
        json.demand = #"{"days": {"from": "1900-01-01", "to": "2100-12-31", "weekdays": [1]}, "shift": "M", "minimum": 1}"#
        list.append(Mistake("demand over two centuries", json, path: "demand[0].days.from", saying: "1900-01-01 is outside the period"))
        json = JSON()
        json.extra = [#""history": {"from": "1970-01-01", "assignments": [{"staff": "IDE01", "date": "1970-01-02", "shift": "N"}]}"#]
        list.append(Mistake("history of 56 years", json, path: "history.from", saying: "history longer than 62 days"))
        json = JSON()
        json.header = #""formatVersion": 1, "name": "Unité test", "period": {"start": "2026-06-01", "days": -7}"#
        list.append(Mistake("negative period", json, path: "period.days", saying: "got -7"))
        json = JSON()
        json.shiftTypes = #"{"code": "M", "label": "Minuit", "start": "24:00", "end": "24:00", "paidMinutes": 450, "night": true}"#
        list.append(Mistake("a shift from midnight to midnight", json, path: "shiftTypes[0]", saying: "no shift may exceed 12 h amplitude"))
        json = JSON()
        json.staff = #"{"id": "IDE01", "name": "IDE01", "grade": "IDE", "maxShifts": {"M": -1}, "limits": {"maxWorkedWeekends": -2}, "contract": {}}"#
        list.append(Mistake("negative counts", json, path: "staff[0].maxShifts.M", saying: "must not be negative, got -1"))
        json = JSON()
        json.demand = #"{"days": {"from": "2026-06-01"}, "shift": "M", "minimum": 5, "maximum": 2, "underWeight": -1}"#
        list.append(Mistake("minimum above maximum", json, path: "demand[0]", saying: "minimum 5 exceeds maximum 2"))
        json = JSON()
        json.shiftTypes = "]"
        list.append(Mistake("a stray bracket", json, path: "", saying: "malformed JSON"))
        return list
    }()

    @Test(arguments: hostileInputs)
    func hostileInputGivesAClearErrorNotACrash(_ mistake: Mistake) throws {
        let error = try #require(Self.error(loading: mistake.json))
        Self.expectIssue(error, at: mistake.path, saying: mistake.fragment)
    }

    @Test func emptyListsOfShiftsAndStaffAreReported() throws {
        var json = JSON()
        json.shiftTypes = ""
        json.staff = ""
        json.demand = ""
        let error = try #require(Self.error(loading: json.text))
        #expect(error.issues.count == 2)
        Self.expectIssue(error, at: "shiftTypes", saying: "at least one shift type is needed")
        Self.expectIssue(error, at: "staff", saying: "at least one agent is needed")
    }

    @Test func deeplyNestedJSONIsRejectedWithoutCrashing() throws {
        let text = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let error = try #require(Self.error(loading: text))
        #expect(error.issues.count == 1)
        #expect(error.file == Self.source)
    }

    // MARK: - A roster that does not fit its scenario

    @Test func aRosterThatDoesNotFitItsScenarioListsEveryMismatch() throws {
        let problem = try Self.problem(JSON().text)
        let text = """
            {"scenario": "Unité test", "period": {"start": "2026-06-01", "days": 7},
             "rows": [
               {"staff": "IDE01", "shifts": ["M", "M", null, "S", "S", null]},
               {"staff": "IDE02", "shifts": ["M", null, null, "X", "M", "M", null]},
               {"staff": "IDE99", "shifts": [null, null, null, null, null, null, null]}
             ]}
            """
        let roster = try ScenarioFile.decode(Roster.self, from: Data(text.utf8), source: "roster.json")
        let error = try #require(Self.gridError(problem, roster))
        #expect(error.issues.count == 4)
        Self.expectIssue(error, at: "rows[0].shifts", saying: "has 6 days, the period has 7", file: "roster.json")
        Self.expectIssue(error, at: "rows[1].shifts[3]", saying: "unknown shift code « X »", file: "roster.json")
        Self.expectIssue(error, at: "rows[2].staff", saying: "unknown staff id « IDE99 »", file: "roster.json")
        Self.expectIssue(error, at: "rows", saying: "no row for « AS01 »", file: "roster.json")
    }

    @Test func aRosterOfAnotherPeriodOrWithTwoRowsForOneAgentIsRejected() throws {
        let problem = try Self.problem(JSON().text)
        let week = [ShiftCode?](repeating: nil, count: 7)
        let roster = Roster(scenario: "Unité test", period: PlanningPeriod(start: try #require(CivilDate(iso: "2026-06-08")), days: 7),
                            rows: [RosterRow(staff: "IDE01", shifts: week), RosterRow(staff: "IDE02", shifts: week),
                                   RosterRow(staff: "AS01", shifts: week), RosterRow(staff: "IDE01", shifts: week)])
        let error = try #require(Self.gridError(problem, roster))
        #expect(error.issues.count == 2)
        Self.expectIssue(error, at: "period", saying: "roster covers 2026-06-08 + 7 days, the scenario 2026-06-01 + 7 days", file: "roster.json")
        Self.expectIssue(error, at: "rows[3].staff", saying: "second row for « IDE01 »", file: "roster.json")
    }

    @Test func aRosterFileWithAMisspeltFieldIsRejected() throws {
        let text = #"{"scenario": "Unité test", "period": {"start": "2026-06-01", "days": 7}, "rows": [{"staff": "IDE01", "shift": ["M"]}]}"#
        do throws(ScenarioError) {
            _ = try ScenarioFile.decode(Roster.self, from: Data(text.utf8), source: "roster.json")
            Issue.record("a roster without rows[0].shifts was accepted")
        } catch {
            Self.expectIssue(error, at: "rows[0].shifts", saying: "required field is missing", file: "roster.json")
        }
    }

    @Test func aRosterThatFitsGivesItsGrid() throws {
        let problem = try Self.problem(JSON().text)
        let roster = Roster(scenario: "Unité test", period: problem.scenario.period, rows: [
            RosterRow(staff: "AS01", shifts: [nil, "M", nil, nil, nil, nil, nil]),
            RosterRow(staff: "IDE01", shifts: ["M", "M", "S", nil, nil, nil, "N"]),
            RosterRow(staff: "IDE02", shifts: [nil, nil, nil, "M", "M", "M", "M"]),
        ])
        let grid = try problem.grid(for: roster, source: "roster.json")
        #expect(grid[0, 0] == problem.shiftIndex["M"])
        #expect(grid[0, 6] == problem.shiftIndex["N"])
        #expect(grid[2, 1] == problem.shiftIndex["M"])
        #expect(grid[1, 0] == ShiftGrid.off)
    }

    static func gridError(_ problem: PlanningProblem, _ roster: Roster) -> ScenarioError? {
        do throws(ScenarioError) {
            _ = try problem.grid(for: roster, source: "roster.json")
            return nil
        } catch {
            return error
        }
    }

    // MARK: - The documented example

    @Test func theDocumentedExampleLoadsAndValidates() throws {
        let scenario = try ScenarioFile.load(path: Self.examplePath)
        let problem = try PlanningProblem(scenario, source: Self.examplePath)
        #expect(problem.dayCount == 14)
        #expect(problem.shifts.map(\.code) == ["M", "S", "N"])
        #expect((6...7).contains(problem.staffCount))
        #expect(scenario.absences?.count == 1)
        #expect(scenario.requests?.count == 2)
        #expect(problem.historyLength == 2)
        #expect(scenario.locks?.count == 1)
        let fph = RuleSettings.fph
        #expect(scenario.rules.dailyRest == fph.dailyRest)
        #expect(scenario.rules.rollingSevenDays == fph.rollingSevenDays)
        #expect(scenario.rules.civilWeek == fph.civilWeek)
        #expect(scenario.rules.weeklyRest == fph.weeklyRest)
        #expect(scenario.rules.fortnightRest != nil)
        #expect(scenario.rules.maxConsecutiveWorkDays == fph.maxConsecutiveWorkDays)
        #expect(scenario.rules.maxConsecutiveNights == fph.maxConsecutiveNights)
    }

    @Test func theDocumentedExampleFollowsTheSchema() throws {
        let schema = try Self.loadSchema()
        let example = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: Self.examplePath)))
        var walk = SchemaWalk(root: schema, mode: .conforming)
        walk.visit(schema, example)
        #expect(walk.mismatches.isEmpty, "\(walk.mismatches.joined(separator: "\n"))")
    }

    @Test func theFormatPageShowsTheExampleFileVerbatim() throws {
        let page = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
        let marker = "must stay identical to docs/examples/small-unit.json"
        let afterMarker = try #require(page.range(of: marker)).upperBound
        let open = try #require(page.range(of: "```json\n", range: afterMarker..<page.endIndex))
        let close = try #require(page.range(of: "\n```", range: open.upperBound..<page.endIndex))
        let shown = String(page[open.upperBound..<close.lowerBound]) + "\n"
        let file = try String(contentsOfFile: Self.examplePath, encoding: .utf8)
        #expect(shown == file, "docs/scenario-format.md and docs/examples/small-unit.json differ")
    }

    // MARK: - docs/scenario.schema.json cannot drift from the model

    @Test func fullyPopulatedScenarioHasNoNilField() throws {
        let scenario = try Self.fullyPopulatedScenario()
        #expect(Self.nilOptionals(in: scenario, path: "scenario") == [], "set these fields in fullyPopulatedScenario()")
        let decoded = try ScenarioFile.decode(Scenario.self, from: ScenarioFile.encode(scenario), source: "encoded")
        #expect(decoded == scenario)
    }

    @Test func schemaTopLevelPropertiesAreTheKeysTheEncoderWrites() throws {
        let schema = try Self.loadSchema()
        guard case .object(let members) = try Self.encoded(try Self.fullyPopulatedScenario()) else {
            Issue.record("a scenario does not encode as an object")
            return
        }
        let declared = Set((schema.properties ?? [:]).keys)
        let written = Set(members.keys)
        #expect(declared.subtracting(written).sorted() == [], "in the schema but never written by the encoder")
        #expect(written.subtracting(declared).sorted() == [], "written by the encoder but missing from the schema")
    }

    @Test func schemaMatchesTheEncoderAtEveryLevel() throws {
        let schema = try Self.loadSchema()
        var walk = SchemaWalk(root: schema, mode: .fullyPopulated)
        walk.visit(schema, try Self.encoded(try Self.fullyPopulatedScenario()))
        #expect(walk.mismatches.isEmpty, "\(walk.mismatches.joined(separator: "\n"))")
        #expect(walk.records.count > 30)
    }

    @Test func schemaRequiredFieldsAreExactlyTheFieldsTheLoaderRequires() throws {
        let schema = try Self.loadSchema()
        let full = try Self.encoded(try Self.fullyPopulatedScenario())
        var walk = SchemaWalk(root: schema, mode: .fullyPopulated)
        walk.visit(schema, full)
        var checked = 0
        for record in walk.records {
            for property in record.properties {
                let path = record.path + [.key(property)]
                let data = try JSONEncoder().encode(full.removing(path[...]))
                let location = PathStep.format(path)
                do throws(ScenarioError) {
                    _ = try ScenarioFile.decode(Scenario.self, from: data, source: "encoded")
                    #expect(!record.required.contains(property), "the schema requires \(location), the loader accepts a file without it")
                } catch {
                    #expect(record.required.contains(property), "the loader requires \(location), the schema does not: \(error)")
                    #expect(error.issues.contains { $0.path == location && $0.message == "required field is missing" }, "\(error)")
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
