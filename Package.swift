// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "HospitalRostering",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Scheduling", targets: ["Scheduling"]),
        .library(name: "RosterStore", targets: ["RosterStore"]),
        .library(name: "RosterStorePostgres", targets: ["RosterStorePostgres"]),
        .library(name: "RosterService", targets: ["RosterService"]),
        .executable(name: "sched-cli", targets: ["sched-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // GLPK, the GNU Linear Programming Kit, from Debian's libglpk-dev (no pkg-config file).
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // The pure core: model, rules, evaluator, linear model, solvers.
        .target(
            name: "Scheduling",
            dependencies: ["CGLPK"]
        ),
        // The embedded store: scenarios, roster versions, sign-offs and the hash-chained audit
        // log in one SQLite file (GRDB); SHA-256 from swift-crypto.
        .target(
            name: "RosterStore",
            dependencies: [
                "Scheduling",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The same store's job queue (and schema) on a shared PostgreSQL server (postgres-nio), so
        // that several service instances and solve workers on several machines share the jobs.
        .target(
            name: "RosterStorePostgres",
            dependencies: [
                "Scheduling",
                "RosterStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The HTTP service and the cadre's web pages (Hummingbird 2); solves run in child processes.
        .target(
            name: "RosterService",
            dependencies: [
                "Scheduling",
                "RosterStore",
                "RosterStorePostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The service load test: simulated users over HTTP (AsyncHTTPClient), latencies in
        // HdrHistogram. Kept apart so that only the CLI pulls in an HTTP client.
        .target(
            name: "LoadTesting",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "sched-cli",
            dependencies: [
                "Scheduling",
                "RosterStore",
                "RosterService",
                "RosterStorePostgres",
                "LoadTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "SchedulingTests",
            dependencies: ["Scheduling"]
        ),
        .testTarget(
            name: "RosterStoreTests",
            dependencies: ["RosterStore", "Scheduling"]
        ),
        // The job-queue contract, one suite run against SQLite always and against PostgreSQL when
        // ROSTER_TEST_POSTGRES_URL names a server (`.ci/run` starts one).
        .testTarget(
            name: "JobStoreTests",
            dependencies: ["RosterStore", "RosterStorePostgres", "Scheduling"]
        ),
        .testTarget(
            name: "LoadTestingTests",
            dependencies: ["LoadTesting"]
        ),
        .testTarget(
            name: "RosterServiceTests",
            dependencies: [
                "RosterService",
                "LoadTesting",
                "RosterStore",
                "RosterStorePostgres",
                "Scheduling",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
