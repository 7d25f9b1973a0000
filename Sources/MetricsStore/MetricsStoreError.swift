import PlanModel
/// Why a metrics store could not be opened, read or written. Each case has a stable id and a
/// hint, as diagnostics do.
public enum MetricsStoreError: Error, Equatable, CustomStringConvertible {
    case badLocation(String, reason: Bilingual)
    /// Opened for reading and there is nothing there.
    case missing(path: String)
    /// A file that is not a cycleplan metrics store (another application's database, or not SQLite).
    case notAStore(path: String, reason: Bilingual)
    /// Written by a newer cycleplan: migrations this version does not know.
    case newerVersion(path: String, unknown: [String])
    /// Opened read-only at an older version: it needs a write command to migrate it first.
    case needsMigration(path: String)
    /// The database server could not be reached or refused the login (PostgreSQL).
    case connection(location: String, message: String)
    /// The database refused or failed (disk full, locked past the timeout, corrupted).
    case database(path: String, message: String)
    /// A text the store cannot keep as it is: SQLite's C strings end at a NUL character, so
    /// `门店\0A` would come back as `门店` and merge with it.
    case unstorableText(file: String, text: String)

    public var id: String {
        switch self {
        case .badLocation: return "store_bad_location"
        case .missing: return "store_missing"
        case .notAStore: return "store_not_a_store"
        case .newerVersion: return "store_newer_version"
        case .needsMigration: return "store_needs_migration"
        case .database: return "store_database_error"
        case .connection: return "store_connection_failed"
        case .unstorableText: return "store_unstorable_text"
        }
    }

    /// Where, for the diagnostic's place.
    public var place: String {
        switch self {
        case .badLocation(let text, _): return text
        case .connection(let location, _): return location
        case .missing(let path), .notAStore(let path, _), .newerVersion(let path, _), .needsMigration(let path), .database(let path, _):
            return path
        case .unstorableText(let file, _): return file
        }
    }

    public var description: String {
        switch self {
        case let .badLocation(text, reason): return "'\(text)' is not a store location: \(reason.en)"
        case .missing: return "no metrics store here"
        case let .notAStore(_, reason): return "not a cycleplan metrics store: \(reason.en)"
        case let .newerVersion(_, unknown):
            return "the store was written by a newer cycleplan (schema steps unknown here: \(unknown.joined(separator: ", "))); it is left untouched"
        case .needsMigration: return "the store was written by an older cycleplan and is opened read-only, so it cannot be migrated now"
        case let .database(_, message): return "the database failed: \(message)"
        case let .connection(_, message): return "cannot connect to the PostgreSQL store: \(message)"
        case let .unstorableText(_, text):
            return "a metric or dimension name or value holds a NUL character (\(text.debugDescription)); the file was not imported"
        }
    }

    public var hint: String {
        switch self {
        case .badLocation: return "give a path, sqlite:PATH, or postgres://USER@HOST/DB"
        case .missing: return "import exports first: cycleplan actuals import FILE… --store PATH"
        case .notAStore: return "name another file; cycleplan creates its store where none exists"
        case .newerVersion: return "use the cycleplan version that wrote the store, or a newer one"
        case .needsMigration: return "run 'cycleplan actuals list --store PATH' once: it migrates the store (after a backup copy)"
        case .connection:
            return "check that the server runs and the URL's user, host, port and database; the password comes from "
                + "password_env=VAR in the URL, PGPASSWORD or ~/.pgpass, never from the plan"
        case .database: return "check the disk and the file's permissions; a store busy with another import is waited for up to a minute"
        case .unstorableText: return "remove the NUL characters from the export (a damaged file, or a binary column)"
        }
    }
}
