import ArgumentParser

extension CompletionKind {
  /// Session and bank files: shell completion offers `*.json` files, and
  /// folders to reach them (bash `plusdirs`, zsh `_files -g`, fish), so
  /// `trend DIR` completes folders too.
  static var jsonFile: CompletionKind { .file(extensions: ["json"]) }
}
