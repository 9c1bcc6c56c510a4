/// Decides which columns of the MIP stay free in a large-neighbourhood step: the assignment
/// columns of the freed cells, and every auxiliary column (penalty, indicator) connected to
/// them through a row, transitively. All other columns are fixed at the incumbent's values, so
/// that the sub-model GLPK sees has only the rows that can still change.
struct NeighbourhoodFixing: Sendable {
    /// Rows in which each column appears.
    let rowsOfColumn: [[Int]]
    let isAssignment: [Bool]
    let model: LinearModel

    init(encoding: MIPEncoding) {
        model = encoding.model
        var rows = [[Int]](repeating: [], count: model.variables.count)
        for (r, row) in model.constraints.enumerated() {
            for term in row.terms { rows[term.variable.index].append(r) }
        }
        rowsOfColumn = rows
        var assignment = [Bool](repeating: false, count: model.variables.count)
        for cell in encoding.assignmentCells(for: ShiftGrid(staffCount: encoding.problem.staffCount, dayCount: encoding.problem.dayCount)) {
            assignment[cell.id.index] = true
        }
        isAssignment = assignment
    }

    /// The fixed value of every column (nil when free), given the free assignment columns.
    /// - Complexity: O(non-zeros of the rows reached).
    func fixedValues(freeAssignments: [Int], incumbent: [Double]) -> [Double?] {
        var free = [Bool](repeating: false, count: model.variables.count)
        var rowSeen = [Bool](repeating: false, count: model.constraints.count)
        var queue = freeAssignments
        for column in freeAssignments { free[column] = true }
        while let column = queue.popLast() {
            for r in rowsOfColumn[column] where !rowSeen[r] {
                rowSeen[r] = true
                for term in model.constraints[r].terms {
                    let other = term.variable.index
                    if !free[other] && !isAssignment[other] {
                        free[other] = true
                        queue.append(other)
                    }
                }
            }
        }
        return (0..<model.variables.count).map { free[$0] ? nil : incumbent[$0] }
    }

    /// A start for a step's sub-model: its assignment columns at the roster's values
    /// (`assignmentValues`, indexed like the whole model), its other columns at their best —
    /// a small problem, since only they are free. Nil when the roster breaks a hard row of the
    /// sub-model (then GLPK searches without a start).
    func completion(of subModel: LinearModel, columns: [Int], assignmentValues: [Double]) throws(GLPKError) -> [Double]? {
        let fixed: [Double?] = columns.map { isAssignment[$0] ? assignmentValues[$0] : nil }
        return try GLPKSolver.complete(subModel, fixing: fixed, timeLimitSeconds: 5)
    }
}
