import Foundation
import MetricsStore
import PostgresNIO

/// One connection to the server, used by one caller at a time. The store's API is
/// synchronous (as the SQLite store's), so each statement is sent through postgres-nio's
/// EventLoopFuture interface and waited for on the calling thread: no Swift concurrency task
/// is blocked, so a review or a parallel test run cannot starve the cooperative pool.
final class PostgresSession: @unchecked Sendable {
    let connection: PostgresConnection
    let location: String
    let lock = NSLock()
    private let logger: Logger

    init(_ url: PostgresURL) throws(MetricsStoreError) {
        location = url.shown
        var logger = Logger(label: "cycleplan.metrics-store.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let password = try PostgresPassword.find(for: url)
        do {
            var configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user, password: password,
                                                                 database: url.database, tls: try Self.tls(url.tls))
            configuration.options.connectTimeout = .seconds(15)
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                        id: 1, logger: logger).wait()
        } catch {
            throw .connection(location: url.shown, message: Self.message(error))
        }
    }

    deinit {
        // A read-only session's open transaction ends (rolled back) with the connection.
        try? connection.close().wait()
    }

    private static func tls(_ mode: PostgresURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer, .require:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: configuration)
            return mode == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    /// Runs one statement (its values bound as parameters, never spliced into the SQL) and
    /// collects its rows. The caller holds `lock`.
    @discardableResult
    func run(_ sql: String, _ binds: Binds = Binds()) throws(MetricsStoreError) -> PostgresQueryResult {
        do {
            return try send(sql, binds).wait()
        } catch {
            throw .database(path: location, message: Self.message(error))
        }
    }

    /// Sends a statement without waiting: statements sent one after the other on a connection
    /// run in that order, so an import pipelines its rows instead of paying a round trip each.
    func send(_ sql: String, _ binds: Binds) -> EventLoopFuture<PostgresQueryResult> {
        connection.query(PostgresQuery(unsafeSQL: sql, binds: binds.bindings), logger: logger)
    }

    /// `body` with the connection to itself (a transaction's statements must not interleave
    /// with another caller's).
    func locked<T>(_ body: () throws(MetricsStoreError) -> T) throws(MetricsStoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// `body` inside BEGIN … COMMIT; any failure rolls back, so the store keeps its previous state.
    func transaction<T>(_ begin: String = "BEGIN", _ body: () throws(MetricsStoreError) -> T) throws(MetricsStoreError) -> T {
        try run(begin)
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    /// The server's own words (PSQLError hides them from its description by design).
    static func message(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let server = error.serverInfo?[.message] {
            let code = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return server + code
        }
        if let underlying = error.underlying { return "\(underlying)" }
        return "\(error.code)"
    }
}
