import Foundation
import Testing

@testable import TerminalUI

@Suite("DisplayWidth agrees with glibc wcwidth")
struct DisplayWidthTests {
  /// Named samples: Latin, accents, combining marks, CJK, emoji, symbols
  /// used by the widgets, controls.
  static let samples: [(name: String, range: ClosedRange<UInt32>)] = [
    ("ASCII and C0", 0x00...0x7F),
    ("Latin-1 and C1", 0x80...0xFF),
    ("Latin Extended", 0x100...0x24F),
    ("combining diacritics", 0x300...0x36F),
    ("Hangul jamo", 0x1100...0x11FF),
    ("general punctuation and bidi", 0x2000...0x206F),
    ("box drawing and blocks", 0x2500...0x259F),
    ("misc symbols and dingbats", 0x2600...0x27BF),
    ("CJK punctuation, kana", 0x3000...0x30FF),
    ("CJK ideographs (part)", 0x4E00...0x4FFF),
    ("Hangul syllables (part)", 0xAC00...0xACFF),
    ("fullwidth forms", 0xFF00...0xFFEF),
    ("emoji", 0x1F300...0x1F6FF),
    ("supplemental symbols", 0x1F900...0x1F9FF),
    ("CJK extension B (part)", 0x20000...0x200FF),
  ]

  @Test(arguments: samples.map(\.name))
  func sampleRangeMatchesGlibc(name: String) throws {
    let range = try #require(Self.samples.first { $0.name == name }).range
    let mismatches = try #require(
      GlibcWidth.withWidths { glibc in Self.mismatches(in: range, glibc) }
    )
    #expect(mismatches.isEmpty, "\(name): \(mismatches.prefix(10))")
  }

  @Test(.enabled(if: GlibcWidth.version == DisplayWidth.tableGlibcVersion))
  func everyScalarMatchesTheGlibcTheTableWasMadeFrom() throws {
    let mismatches = try #require(
      GlibcWidth.withWidths { glibc in
        Self.mismatches(in: 0...0xD7FF, glibc) + Self.mismatches(in: 0xE000...0x10FFFF, glibc)
      }
    )
    #expect(mismatches.isEmpty, "\(mismatches.count) differ, e.g. \(mismatches.prefix(10))")
  }

  @Test func everyPrintableScalarOfTheQuestionBanksMatchesGlibc() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Resources/questions").standardized
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".json") }
    guard !files.isEmpty else { return }  // no banks yet: nothing to check
    var scalars = Set<UInt32>()
    for file in files {
      let data = try Data(contentsOf: folder.appendingPathComponent(file))
      let json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      Self.collectScalars(of: json, into: &scalars)
    }
    let mismatches = try #require(
      GlibcWidth.withWidths { glibc in
        scalars.sorted().filter { value in
          guard let scalar = Unicode.Scalar(value), glibc(value) >= 0 else { return false }
          return DisplayWidth.of(scalar) != glibc(value)
        }
      }
    )
    #expect(mismatches.isEmpty, "bank scalars differ: \(mismatches.map { String($0, radix: 16) })")
  }

  @Test func widthsOfTypicalText() {
    #expect(DisplayWidth.of("Évaluation") == 10)
    #expect(DisplayWidth.of("E\u{301}valuation") == 10)
    #expect(DisplayWidth.of("日本") == 4)
    #expect(DisplayWidth.of("👍") == 2)
    #expect(DisplayWidth.of("┌─┐│└┘█░▏") == 9)
    #expect(DisplayWidth.of("한국어") == 6)
    #expect(DisplayWidth.of(Character("漢")) == 2)
    #expect(DisplayWidth.of("\u{1B}" as Unicode.Scalar) == -1)
    #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
  }

  @Test func zeroWidthScalarsWithNothingBeforeThemTakeNoCell() {
    #expect(DisplayWidth.of("\u{301}a") == 1)
    #expect(DisplayWidth.of("\u{302}") == 0)
    // A zero-width space is shown escaped instead (TerminalSafeText).
    #expect(DisplayWidth.of("\u{200B}") == DisplayWidth.of("<U+200B>"))
  }

  private static func mismatches(
    in range: ClosedRange<UInt32>,
    _ glibc: (UInt32) -> Int
  ) -> [String] {
    range.compactMap { value in
      guard let scalar = Unicode.Scalar(value) else { return nil }
      let ours = DisplayWidth.of(scalar)
      let theirs = glibc(value)
      return ours == theirs ? nil : "U+\(String(value, radix: 16)) ours \(ours) glibc \(theirs)"
    }
  }

  private static func collectScalars(of json: Any, into scalars: inout Set<UInt32>) {
    switch json {
    case let text as String:
      scalars.formUnion(text.unicodeScalars.map(\.value))
    case let array as [Any]:
      for element in array { collectScalars(of: element, into: &scalars) }
    case let object as [String: Any]:
      for (key, value) in object {
        collectScalars(of: key, into: &scalars)
        collectScalars(of: value, into: &scalars)
      }
    default:
      break
    }
  }
}
