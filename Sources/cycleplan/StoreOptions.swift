import ArgumentParser
import Foundation
import MetricsStore
import MetricsStorePostgres
import MetricsStoreSQLite
import PlanModel

/// `--store URL`: where the metrics store is. A path or sqlite:PATH is a SQLite file;
/// postgres://USER@HOST[:PORT]/DB is a PostgreSQL database (password from password_env=VAR,
/// PGPASSWORD or ~/.pgpass: never from the plan).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The metrics store: a path, sqlite:PATH or postgres://USER@HOST[:PORT]/DB (default: .cycleplan/metrics.sqlite beside the plan, or here).")
    var store: String?

    /// The store named, else the one beside `plan`, else `.cycleplan/metrics.sqlite` here.
    func location(plan: String?) throws -> StoreLocation {
        guard let store else { return plan.map(StoreLocation.beside(plan:)) ?? .sqlite(path: ".cycleplan/metrics.sqlite") }
        do {
            let location = try StoreLocation.parse(store)
            // A malformed PostgreSQL URL is a usage error too, before any connection.
            if case .postgres(let url) = location { _ = try PostgresURL(url) }
            return location
        } catch {
            throw UsageFailure(zh: "--store：[\(error.id)] \(error.message(in: .zh))；\(error.hint(in: .zh))", en: "--store: [\(error.id)] \(error); \(error.hint)")
        }
    }

    /// Opens the store; its failures are printed as diagnostics and end the command (exit 1).
    func open(plan: String?, readOnly: Bool) throws -> any MetricsDatabase {
        let location = try location(plan: plan)
        do {
            switch location {
            case .sqlite(let path):
                return try SQLiteMetricsStore(path: path, mode: readOnly ? .readOnly : .readWrite)
            case .postgres(let url):
                return try PostgresMetricsStore(url: url, mode: readOnly ? .readOnly : .readWrite)
            }
        } catch {
            reportStoreFailure(error)
            throw InputErrors()
        }
    }
}

/// `PLACE: error: [id] message` and the hint, as the other diagnostics, in the run's language.
func reportStoreFailure(_ error: any Error) {
    let language = runLanguage()
    let failed = language.pick(zh: "错误", en: "error")
    if let error = error as? MetricsStoreError {
        Console.err("\(error.place): \(failed): [\(error.id)] \(error.message(in: language))\n  \(language.pick(zh: "提示", en: "hint")): \(error.hint(in: language))\n")
    } else if let error = error as? NoSuchImport {
        Console.err("cycleplan: \(failed): \(error.message(in: language))\n")
    } else {
        // The database's own words, passed on as they are.
        Console.err("cycleplan: \(failed): [store_database_error] \(error)\n")
    }
}
