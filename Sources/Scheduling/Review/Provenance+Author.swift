extension Provenance {
    /// Who made a roster, as shown in a diff: the `author` parameter when set (for example
    /// `cadre:Martin`, the cadre de santé — head nurse — who edited it), else `cadre` for a
    /// cadre's edit, else `engine:<engine>`.
    public var author: String {
        if let author = parameters?["author"], !author.isEmpty { return author }
        return engine == "cadre" ? "cadre" : "engine:\(engine)"
    }
}
