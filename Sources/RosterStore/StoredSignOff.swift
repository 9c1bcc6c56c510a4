import Foundation
import GRDB
import Scheduling

/// A signature, as stored (parameters as JSON, the seed as text: SQLite integers are signed).
struct StoredSignOff: Codable, Sendable, Hashable {
    var id: Int64?
    var versionId: Int64
    var signer: String
    var signedAt: String
    var rosterSHA256: String
    var scenarioSHA256: String
    var engine: String?
    var engineVersion: String?
    var parameters: String?
    var seed: String?

    init(versionId: Int64, record: SignatureRecord) {
        self.versionId = versionId
        signer = record.signer
        signedAt = record.signedAt
        rosterSHA256 = record.rosterSHA256
        scenarioSHA256 = record.scenarioSHA256
        engine = record.engine
        engineVersion = record.engineVersion
        parameters = record.parameters.map { String(decoding: CanonicalJSON.encode($0), as: UTF8.self) }
        seed = record.seed.map { String($0) }
    }

    var record: SignatureRecord {
        var record = SignatureRecord(signer: signer, signedAt: signedAt, rosterSHA256: rosterSHA256, scenarioSHA256: scenarioSHA256, provenance: nil)
        record.engine = engine
        record.engineVersion = engineVersion
        record.parameters = parameters.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
        record.seed = seed.flatMap { UInt64($0) }
        return record
    }
}

extension StoredSignOff: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "signOff"
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
