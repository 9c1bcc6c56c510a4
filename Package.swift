// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "HospitalRostering",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Scheduling", targets: ["Scheduling"]),
        .executable(name: "sched-cli", targets: ["sched-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        .executableTarget(
            name: "sched-cli",
            dependencies: [
                "Scheduling",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SchedulingTests",
            dependencies: ["Scheduling"]
        ),
    ]
)
