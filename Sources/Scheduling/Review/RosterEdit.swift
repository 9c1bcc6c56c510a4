/// One change the cadre de santé (head nurse) makes to a proposed roster. Pure data: applying
/// it to an `EditedRoster` gives a new one and never touches the original.
public enum RosterEdit: Sendable, Hashable, Codable {
    /// Puts `shift` in the cell.
    case set(staff: StaffID, date: CivilDate, shift: ShiftCode)
    /// Makes the cell a day off.
    case clear(staff: StaffID, date: CivilDate)
    /// Exchanges the two agents' cells on that date.
    case swap(StaffID, StaffID, date: CivilDate)
    /// Fixes the cell at its current value for later repairs and solves (a `CellLock`).
    case lock(staff: StaffID, date: CivilDate)
    /// Releases a locked cell.
    case unlock(staff: StaffID, date: CivilDate)

    /// The cells the edit writes (set, clear, swap); empty for lock and unlock.
    public var writtenCells: [(StaffID, CivilDate)] {
        switch self {
        case .set(let staff, let date, _), .clear(let staff, let date): [(staff, date)]
        case .swap(let a, let b, let date): [(a, date), (b, date)]
        case .lock, .unlock: []
        }
    }

    /// A short French description, e.g. « IDE03 le 2026-06-12 → N ».
    public var summary: String {
        switch self {
        case .set(let staff, let date, let shift): "\(staff) \(date) → \(shift)"
        case .clear(let staff, let date): "\(staff) \(date) → repos"
        case .swap(let a, let b, let date): "\(a) ⇄ \(b) \(date)"
        case .lock(let staff, let date): "verrou \(staff) \(date)"
        case .unlock(let staff, let date): "déverrouillage \(staff) \(date)"
        }
    }
}

/// Why an edit cannot be applied, naming the edit and the field at fault.
public enum RosterEditError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownStaff(StaffID, edit: String)
    case dateOutsidePeriod(CivilDate, edit: String)
    case unknownShift(ShiftCode, edit: String)
    /// The cell is locked: unlock it first.
    case lockedCell(StaffID, CivilDate, edit: String)
    case notLocked(StaffID, CivilDate, edit: String)

    public var description: String {
        switch self {
        case .unknownStaff(let id, let edit): "\(edit): unknown staff id « \(id) »"
        case .dateOutsidePeriod(let date, let edit): "\(edit): \(date) is outside the roster's period"
        case .unknownShift(let code, let edit): "\(edit): unknown shift code « \(code) »"
        case .lockedCell(let id, let date, let edit): "\(edit): the cell \(id) \(date) is locked; unlock it first"
        case .notLocked(let id, let date, let edit): "\(edit): the cell \(id) \(date) is not locked"
        }
    }
}

/// A roster being edited by the cadre: its grid and the cells locked so far.
public struct EditedRoster: Sendable {
    public let problem: PlanningProblem
    public private(set) var grid: ShiftGrid
    /// Cells that keep their value in a repair: the scenario's locks and the cadre's.
    public private(set) var locked: Set<Cell>
    /// Each cell's origin: the proposal's (`.unknown` when it recorded none), `.cadre` once written.
    public private(set) var origins: CellOriginGrid

    /// An agent-day cell by index.
    public struct Cell: Sendable, Hashable, Comparable {
        public var staff: Int
        public var day: Int
        public init(staff: Int, day: Int) { self.staff = staff; self.day = day }
        public static func < (a: Cell, b: Cell) -> Bool { (a.staff, a.day) < (b.staff, b.day) }
    }

    /// Starts from `grid` with the scenario's own locks (and `locks`, e.g. from an earlier session)
    /// and the cell origins of the roster it was read from, when it records them.
    public init(problem: PlanningProblem, grid: ShiftGrid, locks: [CellLock] = [], origins: CellOriginGrid? = nil) {
        self.problem = problem
        self.grid = grid
        self.origins = origins ?? CellOriginGrid(staffCount: problem.staffCount, dayCount: problem.dayCount, filling: .unknown)
        var locked = Set<Cell>()
        for s in 0..<problem.staffCount {
            for d in 0..<problem.dayCount where problem.lock[s][d] != nil { locked.insert(Cell(staff: s, day: d)) }
        }
        for lock in locks {
            if let s = problem.staffIndex[lock.staff], problem.scenario.period.contains(lock.date) {
                locked.insert(Cell(staff: s, day: problem.scenario.period.index(of: lock.date)))
            }
        }
        self.locked = locked
    }

    /// The locked cells as scenario locks, with their current values (staff, then date order).
    public var locks: [CellLock] {
        locked.sorted().map { CellLock(staff: problem.staffID($0.staff), date: problem.dates[$0.day], shift: problem.code(of: grid[$0.staff, $0.day])) }
    }

    public var roster: Roster {
        problem.roster(from: grid, provenance: Provenance(engine: "cadre", engineVersion: SchedulingVersion.current), origins: origins)
    }

    /// The roster after `edit`. Written cells are locked when `lockingEdits` is true, so that
    /// a later repair keeps the cadre's decisions.
    public func applying(_ edit: RosterEdit, lockingEdits: Bool = true) throws(RosterEditError) -> EditedRoster {
        var copy = self
        let label = edit.summary
        func cell(_ staff: StaffID, _ date: CivilDate) throws(RosterEditError) -> Cell {
            guard let s = problem.staffIndex[staff] else { throw .unknownStaff(staff, edit: label) }
            guard problem.scenario.period.contains(date) else { throw .dateOutsidePeriod(date, edit: label) }
            return Cell(staff: s, day: problem.scenario.period.index(of: date))
        }
        func write(_ c: Cell, _ value: Int, staff: StaffID, date: CivilDate) throws(RosterEditError) {
            guard !locked.contains(c) else { throw .lockedCell(staff, date, edit: label) }
            copy.grid[c.staff, c.day] = value
            copy.origins[c.staff, c.day] = .cadre
            if lockingEdits { copy.locked.insert(c) }
        }
        switch edit {
        case .set(let staff, let date, let shift):
            let c = try cell(staff, date)
            guard let t = problem.shiftIndex[shift] else { throw .unknownShift(shift, edit: label) }
            try write(c, t, staff: staff, date: date)
        case .clear(let staff, let date):
            try write(try cell(staff, date), ShiftGrid.off, staff: staff, date: date)
        case .swap(let a, let b, let date):
            let ca = try cell(a, date), cb = try cell(b, date)
            let ta = grid[ca.staff, ca.day], tb = grid[cb.staff, cb.day]
            try write(ca, tb, staff: a, date: date)
            try write(cb, ta, staff: b, date: date)
        case .lock(let staff, let date):
            copy.locked.insert(try cell(staff, date))
        case .unlock(let staff, let date):
            let c = try cell(staff, date)
            guard copy.locked.remove(c) != nil else { throw .notLocked(staff, date, edit: label) }
        }
        return copy
    }
}
