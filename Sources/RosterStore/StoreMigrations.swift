import GRDB

/// The SQLite side of `SchemaMigrations`, as GRDB's migrator (which records the applied names in
/// its `grdb_migrations` table).
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in SchemaMigrations.all {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sqlite)
            }
        }
        return migrator
    }
}
