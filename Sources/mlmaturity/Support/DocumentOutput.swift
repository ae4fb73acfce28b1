import ArgumentParser
import MaturityCore
import TerminalUI

/// The formats of ``DocumentFormats`` as command-line errors, and the one
/// way every document command prints or writes its output (see
/// ``DocumentOptions``, the options they share).
enum DocumentOutput {
  /// The format `name` for `kind`, or a validation error (exit 64) that
  /// names the formats there are.
  static func format(_ name: String, for kind: DocumentKind) throws -> any DocumentFormat {
    do {
      return try DocumentFormats.format(named: name, for: kind)
    } catch {
      throw ValidationError(error.message)
    }
  }

  /// Renders `document` in `format` and prints it, or writes it to
  /// `output`.
  ///
  /// A file goes through ``OutputFile/write(_:to:inputs:)``: an output that
  /// is one of `inputs`, or a folder, is refused; `/dev/stdout`, a FIFO or a
  /// device is written in place, never replaced. The core spells control
  /// characters visibly in every format, so a file gets the text as
  /// rendered; text also passes the terminal sanitiser (CSV keeps its CR LF
  /// record ends, JSON escapes by itself). Printing always goes through
  /// ``Console``; toned lines are coloured by `colour` when it is given.
  static func emit(
    _ document: Document,
    as format: any DocumentFormat,
    to output: String?,
    inputs: [String],
    colour: ((DiffText.Tone) -> [Int])? = nil
  ) throws(MaturityError) {
    guard let rendered = format.render(document) else {
      throw MaturityError(
        .usage,
        "--format \(format.name) cannot write a \(document.kind.rawValue)"
      )
    }
    guard let output else {
      switch rendered {
      case .csv(let text): Console.out(csv: text)
      case .json(let text): Console.out(verbatim: text)
      case .text(let text): Console.out(text)
      case .toned(let lines):
        if let colour {
          Console.out(coloured: lines.map { ($0.text, colour($0.tone)) })
        } else {
          Console.out(rendered.plainText)
        }
      }
      return
    }
    let safe: String
    switch rendered {
    case .csv(let text), .json(let text): safe = text
    case .text, .toned:
      safe = TerminalSafeText.sanitize(rendered.plainText, allowing: [.lineBreaks, .tabs])
    }
    try OutputFile.write(safe, to: output, inputs: inputs)
  }
}
