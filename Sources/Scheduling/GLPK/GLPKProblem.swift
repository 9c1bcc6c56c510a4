import CGLPK
import Foundation

/// Owns one GLPK problem object (`glp_prob`), loaded from a validated `GLPKInput`.
///
/// GLPK's environment is per thread, so the object must be deleted on the thread that
/// created it. The owner is therefore non-copyable and not `Sendable`: it is made,
/// used and dropped inside one `GLPKThread.run` body, and `deinit` checks the thread
/// before calling `glp_delete_prob`.
///
/// Every `glp_*` call here receives only indices, bounds and names that `GLPKInput`
/// has validated, so none of GLPK's `abort()` paths can be reached.
struct GLPKProblem: ~Copyable {
    let pointer: OpaquePointer
    private let owner: pthread_t

    /// Creates the problem (minimisation) and loads columns, rows and the objective.
    ///
    /// - Complexity: O(rows + columns + non-zeros).
    init(_ input: GLPKInput) {
        guard let pointer = glp_create_prob() else {
            preconditionFailure("glp_create_prob returned NULL") // GLPK aborts rather than return NULL
        }
        self.pointer = pointer
        self.owner = pthread_self()

        glp_set_obj_name(pointer, "cost")
        glp_set_obj_dir(pointer, GLP_MIN)
        glp_set_obj_coef(pointer, 0, input.objectiveConstant)

        // glp_add_cols/glp_add_rows abort when asked for zero.
        if !input.columns.isEmpty { glp_add_cols(pointer, Int32(input.columns.count)) }
        for (offset, column) in input.columns.enumerated() {
            let j = Int32(offset + 1)
            input.names.columns[offset].withCString { glp_set_col_name(pointer, j, $0) }
            // Kind before bounds: GLP_BV would reset the bounds to [0, 1].
            glp_set_col_kind(pointer, j, column.isInteger ? GLP_IV : GLP_CV)
            let (type, lower, upper) = Self.glpk(column.bounds)
            glp_set_col_bnds(pointer, j, type, lower, upper)
            glp_set_obj_coef(pointer, j, column.objective)
        }

        if !input.rows.isEmpty { glp_add_rows(pointer, Int32(input.rows.count)) }
        for (offset, row) in input.rows.enumerated() {
            let i = Int32(offset + 1)
            input.names.rows[offset].withCString { glp_set_row_name(pointer, i, $0) }
            let (type, lower, upper) = Self.glpk(row.bounds)
            glp_set_row_bnds(pointer, i, type, lower, upper)
            if row.count > 0 {
                glp_set_mat_row(pointer, i, Int32(row.count), row.indices, row.values)
            }
        }
    }

    deinit {
        precondition(pthread_equal(owner, pthread_self()) != 0, "a glp_prob must be deleted on the thread that created it")
        glp_delete_prob(pointer)
    }

    /// GLPK's bound type and bound values for `bounds`.
    private static func glpk(_ bounds: GLPKInput.Bounds) -> (type: Int32, lower: Double, upper: Double) {
        switch bounds {
        case .free: (GLP_FR, 0, 0)
        case let .lower(lower): (GLP_LO, lower, 0)
        case let .upper(upper): (GLP_UP, 0, upper)
        case let .double(lower, upper): (GLP_DB, lower, upper)
        case let .fixed(value): (GLP_FX, value, value)
        }
    }

    var columnCount: Int { Int(glp_get_num_cols(pointer)) }
    var rowCount: Int { Int(glp_get_num_rows(pointer)) }

    /// Scales rows and columns for numerical stability (GLPK's automatic choice).
    func scale() {
        if columnCount > 0, rowCount > 0 { glp_scale_prob(pointer, GLP_SF_AUTO) }
    }

    /// Runs the primal simplex method on the LP relaxation (integrality ignored),
    /// silently, without GLPK's LP presolver (so a basis exists even when the LP is
    /// infeasible or unbounded). With `dualFirst`, the dual simplex method runs first (the
    /// right one from a basis whose bounds changed), the primal one if it fails. Returns GLPK's
    /// return code.
    func simplex(timeLimitMilliseconds: Int32, dualFirst: Bool = false) -> Int32 {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        if dualFirst { parameters.meth = GLP_DUALP }
        parameters.presolve = GLP_OFF
        parameters.tm_lim = timeLimitMilliseconds
        return glp_simplex(pointer, &parameters)
    }

    /// Runs GLPK's interior-point method (`glp_interior`, no time limit: GLPK has none for it).
    func interiorPoint() -> Int32 {
        var parameters = glp_iptcp()
        glp_init_iptcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        return glp_interior(pointer, &parameters)
    }

    /// Status of the interior-point solution: `GLP_OPT`, `GLP_NOFEAS`, `GLP_UNDEF`…
    var interiorStatus: Int32 { glp_ipt_status(pointer) }
    /// Objective of the interior-point solution, constant included.
    var interiorObjective: Double { glp_ipt_obj_val(pointer) }

    /// Status of the basic (LP) solution: `GLP_OPT`, `GLP_NOFEAS`, `GLP_UNBND`…
    var lpStatus: Int32 { glp_get_status(pointer) }
    /// Objective of the basic solution, constant included.
    var lpObjective: Double { glp_get_obj_val(pointer) }
    /// Column values of the basic solution, in column order.
    var lpColumnValues: [Double] {
        (0..<columnCount).map { glp_get_col_prim(pointer, Int32($0 + 1)) + 0 } // −0 becomes +0
    }

    /// Row duals (shadow prices) of the basic solution, in row order: how much the optimum
    /// changes per unit of each row's bound.
    var lpRowDuals: [Double] {
        (0..<rowCount).map { glp_get_row_dual(pointer, Int32($0 + 1)) + 0 }
    }

    /// Status of the MIP solution: `GLP_OPT`, `GLP_FEAS`, `GLP_NOFEAS`, `GLP_UNDEF`.
    var mipStatus: Int32 { glp_mip_status(pointer) }
    /// Column values of the MIP solution, in column order (not rounded).
    var mipColumnValues: [Double] {
        (0..<columnCount).map { glp_mip_col_val(pointer, Int32($0 + 1)) }
    }

    /// Writes the problem in CPLEX LP format; returns `glp_write_lp`'s code (0 = done).
    func writeCPLEXLP(to path: String) -> Int32 {
        path.withCString { glp_write_lp(pointer, nil, $0) }
    }
}

@available(*, unavailable, message: "a glp_prob is bound to the thread that created it")
extension GLPKProblem: Sendable {}
