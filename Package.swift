// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "mlmaturity",
  products: [
    .executable(name: "mlmaturity", targets: ["mlmaturity"]),
    .library(name: "MaturityCore", targets: ["MaturityCore"]),
  ],
  dependencies: [
    .package(
      url: "https://github.com/apple/swift-argument-parser",
      from: "1.8.2"
    )
  ],
  targets: [
    // Build-time tool and plugin that embed Resources/questions/*.json and
    // Resources/schema/*.json into the binary, so an installed copy is
    // self-contained.
    .executableTarget(name: "EmbedResources", dependencies: ["MaturityJSON"]),
    .plugin(
      name: "EmbedResourcesPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedResources"]
    ),
    // The bundled question banks and schemas, as generated Swift source.
    .target(name: "BundledBanks", plugins: ["EmbedResourcesPlugin"]),
    // The one JSON parser (errors with line and column), reader and writer:
    // pure, no Foundation. The core, the resource embedder and the fuzzer
    // all read JSON through it.
    .target(name: "MaturityJSON"),
    // Pure core: frameworks as data, sessions, scoring, reports. No curses,
    // no printing.
    // TerminalUI for its one rule of unsafe characters (TerminalSafeText).
    .target(name: "MaturityCore", dependencies: ["MaturityJSON", "BundledBanks", "TerminalUI"]),
    // Generic terminal UI toolkit: cells, screen buffer, widgets, keys,
    // display width. No curses, nothing about maturity models.
    .target(name: "TerminalUI"),
    // The wizard as a pure state machine plus views into a screen buffer.
    // No curses.
    .target(name: "MaturityTUI", dependencies: ["MaturityCore", "TerminalUI"]),
    // Thin C module over the system ncursesw.
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // The one place that talks to curses: draws a screen buffer, reads keys.
    .target(name: "CursesBackend", dependencies: ["CNcursesw", "TerminalUI"]),
    // The command line.
    .executableTarget(
      name: "mlmaturity",
      dependencies: [
        "MaturityCore", "MaturityTUI", "TerminalUI", "CursesBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Shared test helpers: snapshot assertions, process runner, tmux driver,
    // a recording terminal backend.
    .target(name: "TestSupport", dependencies: ["TerminalUI"], path: "Tests/TestSupport"),
    .testTarget(
      name: "MaturityCoreTests",
      dependencies: ["MaturityCore", "TestSupport"]
    ),
    .testTarget(name: "MaturityJSONTests", dependencies: ["MaturityJSON"]),
    .testTarget(
      name: "TerminalUITests",
      dependencies: ["TerminalUI", "TestSupport"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "MaturityTUITests",
      dependencies: ["MaturityTUI", "MaturityCore", "TestSupport"],
      exclude: ["Snapshots"]
    ),
    // Runs the built `mlmaturity` binary: batch commands and, in tmux, the
    // wizard.
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["TestSupport"]
    ),
  ]
)
