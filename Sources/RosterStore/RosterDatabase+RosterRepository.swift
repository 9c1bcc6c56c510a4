/// The SQLite store keeps the service's contract with its synchronous methods.
extension RosterDatabase: RosterRepository {}
