import MaturityJSON

/// The largest texts and files the tool writes.
///
/// Enforced where text enters (the wizard's dialogs and editor, `set`) by
/// ``Session/apply(_:catalog:now:)``, and kept well below what the reader
/// accepts (``JSONParser/maximumStringBytes``, 1 MiB per string, and
/// ``FileIO/maximumFileBytes``, 16 MiB per file), so everything the tool
/// writes it can read back.
public enum SessionLimits {
  /// The longest text of one field (a note, a rationale, a name, …), in
  /// UTF-8 bytes: 256 KiB, about 100 pages.
  public static let maximumTextBytes = 256 << 10
  /// The largest session file, in bytes as written (JSON escapes
  /// included): 8 MiB.
  public static let maximumSessionBytes = 8 << 20
  /// The most participants one session names.
  public static let maximumParticipants = 200
  /// The most evidence items on one question.
  public static let maximumEvidence = 100
}
