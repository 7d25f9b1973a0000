import Foundation
import MetricsStore
@testable import MetricsStorePostgres
import Testing

/// `--store postgres://…` taken apart, and where the password comes from (no server needed).
@Suite("PostgreSQL store URLs")
struct PostgresURLTests {
    @Test func urlsAndPasswordSources() throws {
        let url = try PostgresURL("postgres://alice:s3cret@db.example:6543/metrics?schema=team&password_env=PW&sslmode=require")
        #expect((url.user, url.host, url.port, url.database, url.schema, url.tls) == ("alice", "db.example", 6543, "metrics", "team", .require))
        #expect(url.shown == "postgres://alice@db.example:6543/metrics?schema=team&password_env=PW&sslmode=require")
        #expect(try PostgresPassword.find(for: url, environment: ["PW": "from-env", "PGPASSWORD": "pg"]) == "from-env")
        #expect(throws: MetricsStoreError.self) { _ = try PostgresPassword.find(for: url, environment: [:]) }
        let plain = try PostgresURL("postgresql://alice@db.example/metrics")
        #expect(plain.port == 5432 && plain.schema == "cycleplan" && plain.tls == .prefer)
        #expect(try PostgresPassword.find(for: plain, environment: ["PGPASSWORD": "pg", "PGPASSFILE": "/nonexistent"]) == "pg")
        let folder = try temporaryStorePath()
        let passfile = (folder as NSString).deletingLastPathComponent + ".pgpass"
        try "# comment\nother:5432:*:*:no\ndb.example:5432:metrics:alice:pass\\:word\n*:*:*:*:fallback\n".write(toFile: passfile, atomically: true, encoding: .utf8)
        #expect(try PostgresPassword.find(for: plain, environment: ["PGPASSFILE": passfile]) == "pass:word")
        #expect(try PostgresPassword.find(for: try PostgresURL("postgres://bob@h/d"), environment: ["PGPASSFILE": passfile]) == "fallback")
        for bad in ["postgres://alice@/db", "postgres://alice@host", "postgres://alice@host/db?sslmode=maybe", "postgres://alice@host/db?colour=red"] {
            #expect(throws: MetricsStoreError.self) { _ = try PostgresURL(bad) }
        }
    }
}
