import Foundation

/// The first error a source threw while a review read it. The review engine's questions do
/// not throw (files in memory cannot fail); a database can, so its failure is kept here and
/// the caller refuses the report instead of showing numbers computed without it.
final class ReadFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: (any Error)?

    var first: (any Error)? {
        lock.withLock { failure }
    }

    /// `body`'s answer, or `fallback` after keeping its error.
    func reading<T>(_ fallback: T, _ body: () throws -> T) -> T {
        do {
            return try body()
        } catch {
            lock.withLock { if failure == nil { failure = error } }
            return fallback
        }
    }
}
