import GRDB

/// The database schema, as named, append-only migrations.
///
/// A migration that has shipped is never edited: a change is a new migration appended at the
/// end. Migrations speak SQL only and never mention the app's types, so they keep meaning the
/// same thing whatever the Swift code becomes.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-scenarios-and-rosters") { db in
            try db.execute(sql: """
                CREATE TABLE unit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE
                );
                CREATE TABLE scenario (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    unitId INTEGER NOT NULL REFERENCES unit(id),
                    name TEXT NOT NULL,
                    periodStart TEXT NOT NULL,
                    periodDays INTEGER NOT NULL,
                    sha256 TEXT NOT NULL UNIQUE,
                    content TEXT NOT NULL,
                    importedBy TEXT NOT NULL,
                    importedAt TEXT NOT NULL
                );
                CREATE TABLE roster (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    scenarioId INTEGER NOT NULL REFERENCES scenario(id),
                    label TEXT,
                    createdBy TEXT NOT NULL,
                    createdAt TEXT NOT NULL
                );
                CREATE TABLE rosterVersion (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    rosterId INTEGER NOT NULL REFERENCES roster(id),
                    number INTEGER NOT NULL,
                    parentVersionId INTEGER REFERENCES rosterVersion(id),
                    content TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('proposed', 'under-review', 'validated', 'signed')),
                    createdBy TEXT NOT NULL,
                    createdAt TEXT NOT NULL,
                    note TEXT,
                    UNIQUE (rosterId, number)
                );
                CREATE TABLE edit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    versionId INTEGER NOT NULL REFERENCES rosterVersion(id),
                    staff TEXT NOT NULL,
                    date TEXT NOT NULL,
                    before TEXT,
                    after TEXT,
                    editedBy TEXT NOT NULL,
                    editedAt TEXT NOT NULL
                );
                CREATE TABLE override (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    versionId INTEGER NOT NULL REFERENCES rosterVersion(id),
                    item TEXT NOT NULL,
                    justification TEXT NOT NULL CHECK (length(trim(justification)) > 0),
                    decidedBy TEXT NOT NULL,
                    decidedAt TEXT NOT NULL
                );
                CREATE TABLE acknowledgement (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    versionId INTEGER NOT NULL REFERENCES rosterVersion(id),
                    item TEXT NOT NULL,
                    acknowledgedBy TEXT NOT NULL,
                    acknowledgedAt TEXT NOT NULL,
                    note TEXT,
                    UNIQUE (versionId, item)
                );
                CREATE TABLE signOff (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    versionId INTEGER NOT NULL UNIQUE REFERENCES rosterVersion(id),
                    signer TEXT NOT NULL,
                    signedAt TEXT NOT NULL,
                    rosterSHA256 TEXT NOT NULL,
                    scenarioSHA256 TEXT NOT NULL,
                    engine TEXT,
                    engineVersion TEXT,
                    parameters TEXT,
                    seed TEXT
                );
                """)
        }
        migrator.registerMigration("v1-audit-log") { db in
            try db.execute(sql: """
                CREATE TABLE auditEntry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sequence INTEGER NOT NULL UNIQUE,
                    recordedAt TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    previousHash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE TABLE auditHead (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    sequence INTEGER NOT NULL,
                    hash TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v1-immutability-triggers") { db in
            // Defence in depth: the application never updates or deletes these rows; the
            // triggers make an accidental write fail, the hash chain detects a deliberate one.
            try db.execute(sql: """
                CREATE TRIGGER auditEntryNoUpdate BEFORE UPDATE ON auditEntry
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER auditEntryNoDelete BEFORE DELETE ON auditEntry
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER rosterVersionContentFixed BEFORE UPDATE OF content, sha256, rosterId, number, parentVersionId ON rosterVersion
                BEGIN SELECT RAISE(ABORT, 'a roster version''s content never changes; save a new version'); END;
                CREATE TRIGGER rosterVersionSignedFixed BEFORE UPDATE ON rosterVersion WHEN OLD.state = 'signed'
                BEGIN SELECT RAISE(ABORT, 'a signed roster version is immutable'); END;
                CREATE TRIGGER rosterVersionNoDelete BEFORE DELETE ON rosterVersion
                BEGIN SELECT RAISE(ABORT, 'roster versions are never deleted'); END;
                CREATE TRIGGER signOffNoUpdate BEFORE UPDATE ON signOff
                BEGIN SELECT RAISE(ABORT, 'a signature is immutable'); END;
                CREATE TRIGGER signOffNoDelete BEFORE DELETE ON signOff
                BEGIN SELECT RAISE(ABORT, 'a signature is immutable'); END;
                """)
        }
        migrator.registerMigration("v2-service-accounts-and-jobs") { db in
            // The HTTP service: accounts with a role and the units they may see, and solve
            // jobs that survive a restart (a `running` job is queued again on start).
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL CHECK (role IN ('admin', 'cadre', 'viewer')),
                    passwordHash TEXT NOT NULL,
                    createdAt TEXT NOT NULL
                );
                CREATE TABLE accountUnit (
                    accountId INTEGER NOT NULL REFERENCES account(id),
                    unitName TEXT NOT NULL,
                    PRIMARY KEY (accountId, unitName)
                );
                CREATE TABLE solveJob (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    scenarioId INTEGER NOT NULL REFERENCES scenario(id),
                    timeLimitSeconds REAL NOT NULL CHECK (timeLimitSeconds > 0),
                    seed INTEGER NOT NULL,
                    engine TEXT NOT NULL DEFAULT 'hybrid' CHECK (engine IN ('hybrid', 'mip', 'local-search', 'greedy')),
                    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
                    submittedBy TEXT NOT NULL,
                    submittedAt TEXT NOT NULL,
                    startedAt TEXT,
                    finishedAt TEXT,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    failure TEXT,
                    summary TEXT,
                    rosterId INTEGER REFERENCES roster(id)
                );
                CREATE INDEX solveJobState ON solveJob(state);
                """)
        }
        return migrator
    }
}
