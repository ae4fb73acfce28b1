/// The question banks and schemas shipped with mlmaturity.
///
/// The files live in the repository's top-level `Resources/` folder; the
/// `EmbedResourcesPlugin` build plugin compiles them into this module as
/// ``EmbeddedResources``, so the binary is self-contained.
public enum BundledResources {
  /// Returns the text of an embedded resource, for example
  /// `questions/mlts.json`, or `nil` when there is no such file.
  public static func text(_ path: String) -> String? {
    EmbeddedResources.files[path]
  }

  /// Every embedded path below `folder/`, sorted.
  public static func paths(in folder: String) -> [String] {
    EmbeddedResources.files.keys.filter { $0.hasPrefix(folder + "/") }.sorted()
  }
}
