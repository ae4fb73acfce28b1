/// The session files of a folder tree: what `portfolio DIR` reads.
public enum SessionTree {
  /// Every `*.json` file under `root`, in its subfolders too, sorted by
  /// path within each folder (a folder's files before its subfolders').
  /// Hidden files and folders (a leading `.`) are left out, and a folder
  /// reached twice (through a symbolic link) is walked once, so a link
  /// loop cannot make the walk endless.
  public static func files(under root: String) -> [String] {
    var files: [String] = []
    var seen = Set<String>()
    var folders = [root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root]
    while let folder = folders.popLast() {
      if let identity = FileIdentity.of(folder) {
        guard seen.insert("\(identity.device):\(identity.inode)").inserted else { continue }
      }
      var subfolders: [String] = []
      for name in FileIO.listDirectory(folder) where !name.hasPrefix(".") {
        let path = folder == "/" ? "/" + name : folder + "/" + name
        if FileIO.isDirectory(path) {
          subfolders.append(path)
        } else if name.hasSuffix(".json") {
          files.append(path)
        }
      }
      // Reversed, so the stack pops them in name order.
      folders += subfolders.reversed()
    }
    return files
  }
}
