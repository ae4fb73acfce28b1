import Foundation
import PackagePlugin

/// Embeds the package's `Resources/questions/*.json` and
/// `Resources/schema/*.json` into the target as Swift source.
///
/// The banks stay plain data files in the repository; this plugin only makes
/// them part of the binary so that an installed `mlmaturity` needs no files
/// beside it.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "Resources")
    var inputs: [URL] = []
    for folder in ["questions", "schema"] {
      let dir = root.appending(path: folder)
      let files = try FileManager.default.contentsOfDirectory(
        at: dir,
        includingPropertiesForKeys: nil
      )
      inputs += files.filter { $0.pathExtension == "json" }
    }
    inputs.sort { $0.path < $1.path }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) resource file(s)",
        executable: try context.tool(named: "EmbedResources").url,
        arguments: [output.path, root.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
