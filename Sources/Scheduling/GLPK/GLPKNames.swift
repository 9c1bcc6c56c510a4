/// Row and column names rewritten so that GLPK and its CPLEX LP writer accept them,
/// with the original names kept alongside.
///
/// GLPK aborts on a name longer than 255 bytes or containing a control character,
/// and `glp_write_lp` replaces any name that is not valid CPLEX LP (letters, digits
/// and ``!"#$%&()/,.;?@_`'{}|~``, not starting with a digit or a period) by `r_7` or
/// `x_12`, which nobody can read. So each name is made valid here, the way GLPK's
/// own writer would try to (`[`→`(`, `]`→`)`, `-`→`~`, space→`_`), accents are
/// folded (`é`→`e`), anything else becomes `_`, and duplicates get `#2`, `#3`…
/// Rows and columns are separate name spaces.
struct GLPKNames: Sendable, Equatable {
    /// GLPK's limit on a name, in bytes.
    static let maximumLength = 255

    /// The GLPK name of each column, in column order.
    let columns: [String]
    /// The GLPK name of each row, in row order.
    let rows: [String]
    /// The names that had to change, as `(glpk, original)`, rows after columns.
    let renamed: [(glpk: String, original: String)]

    init(columns: [String], rows: [String]) {
        var renamed: [(glpk: String, original: String)] = []
        self.columns = Self.unique(columns, fallbackPrefix: "x", renamed: &renamed)
        self.rows = Self.unique(rows, fallbackPrefix: "r", renamed: &renamed)
        self.renamed = renamed
    }

    static func == (lhs: GLPKNames, rhs: GLPKNames) -> Bool {
        lhs.columns == rhs.columns && lhs.rows == rhs.rows
    }

    /// `names` made valid and unique; an empty name becomes `<prefix><1-based index>`.
    private static func unique(
        _ names: [String],
        fallbackPrefix: String,
        renamed: inout [(glpk: String, original: String)]
    ) -> [String] {
        var taken = Set<String>()
        taken.reserveCapacity(names.count)
        var result: [String] = []
        result.reserveCapacity(names.count)
        for (index, original) in names.enumerated() {
            var base = sanitised(original)
            if base.isEmpty { base = "\(fallbackPrefix)\(index + 1)" }
            var candidate = base
            var copy = 1
            while taken.contains(candidate) {
                copy += 1
                let suffix = "#\(copy)"
                candidate = String(base.prefix(maximumLength - suffix.count)) + suffix
            }
            taken.insert(candidate)
            result.append(candidate)
            if candidate != original { renamed.append((candidate, original)) }
        }
        return result
    }

    /// Characters CPLEX LP accepts in a name besides ASCII letters and digits.
    private static let punctuation = Set("!\"#$%&()/,.;?@_`'{}|~".unicodeScalars)

    /// `name` rewritten to a valid CPLEX LP name of at most `maximumLength` ASCII
    /// characters (empty if `name` is empty). Not made unique.
    static func sanitised(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": scalars.append(scalar)
            case "[": scalars.append("(")
            case "]": scalars.append(")")
            case "-": scalars.append("~")
            case _ where punctuation.contains(scalar): scalars.append(scalar)
            default: scalars.append("_")
            }
        }
        var result = String(scalars)
        // A leading digit or period would read as a number; a leading "~r_" as one of
        // the slack columns the LP writer invents for ranged rows.
        if let first = result.unicodeScalars.first, first == "." || ("0"..."9").contains(first) || result.hasPrefix("~r_") {
            result = "_" + result
        }
        return String(result.prefix(maximumLength))
    }
}
