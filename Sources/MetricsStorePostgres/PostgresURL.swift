import PlanModel
import Foundation
import MetricsStore

/// A `--store postgres://USER[:PASSWORD]@HOST[:PORT]/DB?schema=S&password_env=VAR&sslmode=M`
/// taken apart. The password is not kept here: `PostgresPassword` finds it when connecting,
/// so it never appears in a plan, a message or a log.
public struct PostgresURL: Sendable, Equatable {
    public enum TLSMode: String, Sendable {
        /// Plain connections only (a loopback server).
        case disable
        /// TLS when the server offers it, without checking its certificate (libpq's default).
        case prefer
        /// TLS or no connection, without checking the certificate (libpq's `require`).
        case require
        /// TLS with the certificate checked against the system's roots and the host name.
        case verifyFull = "verify-full"
    }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    /// The schema holding the store's tables (`cycleplan` unless `?schema=` names another), so
    /// the store shares a database with other tables without meeting them.
    public var schema: String
    /// A password given in the URL itself (discouraged: it shows in shell history).
    var inlinePassword: String?
    /// `?password_env=VAR`: the environment variable holding the password.
    public var passwordVariable: String?
    public var tls: TLSMode
    /// The URL as given, for messages (without a password).
    public var shown: String

    /// - Throws: `MetricsStoreError.badLocation` naming what is wrong.
    public init(_ text: String) throws(MetricsStoreError) {
        let shown = StoreLocation.postgres(url: text).shown
        self.shown = shown
        let bad = { (zh: String, en: String) -> MetricsStoreError in .badLocation(shown, reason: Bilingual(zh: zh, en: en)) }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql" else {
            throw bad("不是 postgres://用户@主机/库 形式的 URL", "not a postgres://USER@HOST/DB URL")
        }
        guard let host = components.host, !host.isEmpty else { throw bad("没有主机（postgres://用户@主机/库）", "no host (postgres://USER@HOST/DB)") }
        self.host = host
        port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw bad("端口 \(port) 超出范围", "port \(port) is out of range") }
        let environment = ProcessInfo.processInfo.environment
        guard let user = components.user ?? environment["PGUSER"] ?? environment["USER"], !user.isEmpty else {
            throw bad("没有用户（postgres://用户@主机/库）", "no user (postgres://USER@HOST/DB)")
        }
        self.user = user
        inlinePassword = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/") else { throw bad("没有库名（postgres://用户@主机/库）", "no database name (postgres://USER@HOST/DB)") }
        database = path
        schema = "cycleplan"
        tls = .prefer
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "schema":
                guard !value.isEmpty, value.utf8.count <= 63, !value.utf8.contains(0) else {
                    throw bad("schema 须为 1 到 63 字节", "schema must be 1 to 63 bytes")
                }
                schema = value
            case "password_env":
                guard !value.isEmpty else { throw bad("password_env 没有指定环境变量", "password_env names no variable") }
                passwordVariable = value
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else { throw bad("sslmode 须是 disable、prefer、require 或 verify-full", "sslmode must be disable, prefer, require or verify-full") }
                tls = mode
            default:
                throw bad("未知的参数 '\(item.name)'（已知：schema、password_env、sslmode）", "unknown parameter '\(item.name)' (known: schema, password_env, sslmode)")
            }
        }
    }
}
