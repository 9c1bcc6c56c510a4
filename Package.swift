// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "HospitalRostering",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Scheduling", targets: ["Scheduling"]),
        .library(name: "RosterStore", targets: ["RosterStore"]),
        .executable(name: "sched-cli", targets: ["sched-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
        .executableTarget(
            name: "sched-cli",
            dependencies: [
                "Scheduling",
                "RosterStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
    ]
)
