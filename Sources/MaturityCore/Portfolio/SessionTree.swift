/// The session files of folder trees and named files: what `portfolio DIR…`
/// and `trend PATH…` read.
///
/// - Every `*.json` file under a walked folder, in its subfolders too,
///   sorted by path within each folder (a folder's files before its
///   subfolders'). Hidden files and folders (a leading `.`) are left out.
/// - Each file and folder counts once, however it is reached: a folder
///   reached twice (a symbolic link, `portfolio DIR DIR/sub`) is walked
///   once, so a link loop cannot make the walk endless, and a file reached
///   twice (a link to it, a folder named twice) is listed once, by device
///   and inode, under the first path it was reached by.
/// - A folder that cannot be read and a link to nothing are ``problems``
///   (the path and why), and the rest is still walked.
public struct SessionTree: Sendable {
  /// The session files found, in walk order.
  public private(set) var files: [String] = []
  /// Folders and links that could not be used, in walk order.
  public private(set) var problems: [TrendProblem] = []
  /// The files and folders already seen: `device:inode`.
  private var seen = Set<String>()

  /// An empty tree.
  public init() {}

  /// Every `*.json` file under `root` and its subfolders (see the type).
  public static func files(under root: String) -> [String] {
    var tree = SessionTree()
    tree.walk(root)
    return tree.files
  }

  /// Adds the `*.json` files of `root` and all its subfolders.
  public mutating func walk(_ root: String) {
    var folders = add(folder: root).reversed() as [String]
    while let folder = folders.popLast() {
      folders += add(folder: folder, named: false).reversed()
    }
  }

  /// Adds the `*.json` files of `folder` (not its subfolders); returns its
  /// subfolders, in name order (none when it was seen before).
  @discardableResult
  public mutating func add(folder: String) -> [String] {
    add(folder: folder, named: true)
  }

  /// ``add(folder:)``; `named` when the folder was named (a root), not
  /// found in a walk, which words the problem of an unreadable one.
  private mutating func add(folder: String, named: Bool) -> [String] {
    let folder = Self.trimmed(folder)
    if let identity = FileIdentity.of(folder) {
      guard seen.insert("\(identity.device):\(identity.inode)").inserted else { return [] }
    }
    let names: [String]
    do throws(MaturityError) {
      names = try FileIO.entries(folder)
    } catch {
      problems.append(
        TrendProblem(
          path: folder,
          problem: error.message
            + (named ? "; left out" : "; its files and subfolders were left out, the rest was read")
        )
      )
      return []
    }
    var subfolders: [String] = []
    for name in names where !name.hasPrefix(".") {
      let path = folder == "/" ? "/" + name : folder + "/" + name
      if FileIO.isDirectory(path) {
        subfolders.append(path)
      } else if let target = FileIO.danglingLinkTarget(path) {
        problems.append(
          TrendProblem(
            path: path,
            problem: "a symbolic link to \(target), which does not exist; left out"
          )
        )
      } else if name.hasSuffix(".json") {
        add(file: path)
      }
    }
    return subfolders
  }

  /// Adds the file `path`, unless the same file (device and inode) is
  /// already in. A path where nothing is is added, so reading it reports
  /// it.
  public mutating func add(file path: String) {
    if let identity = FileIdentity.of(path) {
      guard seen.insert("\(identity.device):\(identity.inode)").inserted else { return }
    }
    files.append(path)
  }

  /// `path` without a trailing `/` (`/` itself kept).
  private static func trimmed(_ path: String) -> String {
    path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }
}

extension SessionTrend {
  /// Records the problems of `tree` (folders that cannot be read, links to
  /// nothing), then reads its files (see ``read(_:warn:)``); every file or
  /// folder left out is then in ``problems``, pre-work files too.
  ///
  /// Returns the error the command should exit with: a problem of the tree
  /// (exit 66) if any, else what reading the files returned.
  public mutating func read(_ tree: SessionTree) -> MaturityError? {
    for problem in tree.problems { skip(problem.path, problem: problem.problem) }
    let worst = tree.problems.first.map {
      MaturityError(.missingFile, path: $0.path, $0.problem)
    }
    let read = read(tree.files) { _ in }
    return worst ?? read
  }
}
