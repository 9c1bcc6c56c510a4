extension LinearModel {
    /// The model in CPLEX LP format, written in pure Swift (no GLPK needed): objective, rows
    /// with their names, bounds, and the general and binary columns. Names keep the rule and
    /// the subject (`rest[IDE03,2026-06-12,S>M]`), with characters the format forbids replaced.
    public func lpFormat() -> String {
        func name(_ text: String) -> String {
            var result = ""
            for character in text {
                switch character {
                case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "!", "\"", "#", "$", "%", "&", "(", ")", ",", ";", "?", "@", "{", "}", "~", "'":
                    result.append(character)
                case "[": result.append("(")
                case "]": result.append(")")
                case ">": result.append("}")
                case "-", ":", "*", "+", "=", "<", " ", "/", "^": result.append("_")
                default: result.append("_")
                }
            }
            if let first = result.first, first.isNumber || first == "." { result = "_" + result }
            return result.isEmpty ? "_" : String(result.prefix(255))
        }
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
        }
        func expression(_ terms: [(Double, String)]) -> String {
            if terms.isEmpty { return "0 x_none" }
            var parts: [String] = []
            for (i, (coefficient, column)) in terms.enumerated() {
                let sign = coefficient < 0 ? "- " : (i == 0 ? "" : "+ ")
                let magnitude = abs(coefficient)
                parts.append(sign + (magnitude == 1 ? "" : number(magnitude) + " ") + column)
            }
            return parts.joined(separator: " ")
        }
        let columnNames = variables.enumerated().map { name($0.element.name) + "#\($0.offset)" }
        var lines = ["\\ \(variables.count) columns, \(constraints.count) rows; objective constant \(number(objectiveConstant))", "Minimize"]
        let objectiveTerms = variables.enumerated().filter { $0.element.objective != 0 }.map { ($0.element.objective, columnNames[$0.offset]) }
        lines.append(" obj: " + expression(objectiveTerms))
        lines.append("Subject To")
        for (r, row) in constraints.enumerated() {
            let body = expression(row.terms.map { ($0.coefficient, columnNames[$0.variable.index]) })
            let label = " \(name(row.name))#\(r):"
            switch (row.lowerBound, row.upperBound) {
            case let (lower?, upper?) where lower == upper: lines.append("\(label) \(body) = \(number(lower))")
            case let (lower?, upper?):
                lines.append("\(label).lo \(body) >= \(number(lower))")
                lines.append("\(label).hi \(body) <= \(number(upper))")
            case let (lower?, nil): lines.append("\(label) \(body) >= \(number(lower))")
            case let (nil, upper?): lines.append("\(label) \(body) <= \(number(upper))")
            case (nil, nil): break
            }
        }
        lines.append("Bounds")
        for (index, variable) in variables.enumerated() where variable.kind != .binary {
            let upper = variable.upperBound.map(number) ?? "+inf"
            lines.append(" \(number(variable.lowerBound)) <= \(columnNames[index]) <= \(upper)")
        }
        for (index, variable) in variables.enumerated() where variable.kind == .binary && (variable.lowerBound != 0 || variable.upperBound != 1) {
            lines.append(" \(number(variable.lowerBound)) <= \(columnNames[index]) <= \(number(variable.upperBound ?? 1))")
        }
        let generals = variables.indices.filter { variables[$0].kind == .integer }.map { columnNames[$0] }
        if !generals.isEmpty { lines.append("General"); lines.append(" " + generals.joined(separator: " ")) }
        let binaries = variables.indices.filter { variables[$0].kind == .binary }.map { columnNames[$0] }
        if !binaries.isEmpty { lines.append("Binary"); lines.append(" " + binaries.joined(separator: " ")) }
        lines.append("End")
        return lines.joined(separator: "\n") + "\n"
    }
}
