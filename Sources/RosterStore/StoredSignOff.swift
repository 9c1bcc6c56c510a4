import Foundation
import GRDB
import Scheduling

/// A signature, as stored (parameters as JSON, the seed as text: SQLite integers are signed).
package struct StoredSignOff: Codable, Sendable, Hashable {
    package var id: Int64?
    package var versionId: Int64
    package var signer: String
    package var signedAt: String
    package var rosterSHA256: String
    package var scenarioSHA256: String
    package var engine: String?
    package var engineVersion: String?
    package var parameters: String?
    package var seed: String?

    package init(versionId: Int64, record: SignatureRecord) {
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

    /// A row as another backend reads it.
    package init(id: Int64?, versionId: Int64, signer: String, signedAt: String, rosterSHA256: String, scenarioSHA256: String,
                 engine: String?, engineVersion: String?, parameters: String?, seed: String?) {
        self.id = id
        self.versionId = versionId
        self.signer = signer
        self.signedAt = signedAt
        self.rosterSHA256 = rosterSHA256
        self.scenarioSHA256 = scenarioSHA256
        self.engine = engine
        self.engineVersion = engineVersion
        self.parameters = parameters
        self.seed = seed
    }

    package var record: SignatureRecord {
        var record = SignatureRecord(signer: signer, signedAt: signedAt, rosterSHA256: rosterSHA256, scenarioSHA256: scenarioSHA256, provenance: nil)
        record.engine = engine
        record.engineVersion = engineVersion
        record.parameters = parameters.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
        record.seed = seed.flatMap { UInt64($0) }
        return record
    }
}

extension StoredSignOff: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "signOff"
    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
