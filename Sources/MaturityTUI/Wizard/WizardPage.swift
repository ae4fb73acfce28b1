import MaturityCore
import TerminalUI

/// A wizard screen beside the questions, in one file: its state, its key
/// table (footer and `?` help), how it handles a key and how it is drawn.
/// It is shown as ``WizardModel/Screen/page(_:)``, so a new one needs no
/// case anywhere: one file, plus the line that opens it (e.g. a handler
/// for a key of ``KeyBindings/questions``). ``BacklogPage`` is one.
public protocol WizardPage: Sendable {
  /// Its keys; the footer and `?` help are generated from them.
  static var keys: KeyTable<WizardKeys.ScreenAction> { get }
  /// Handles `action` (the action `key` is bound to) on `model`, whose
  /// screen is this page: it sets `model.screen` to its next state. Leave,
  /// help and quit are ``WizardModel/handleScreenAction(_:key:)``'s.
  func handle(
    _ action: WizardKeys.ScreenAction?,
    key: Key,
    model: inout WizardModel,
    now: Timestamp
  ) -> [WizardEffect]
  /// Draws it into `body`.
  func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer)
  /// Whether it is the same page in the same state as `other`.
  func isEqual(to other: any WizardPage) -> Bool
}

extension WizardPage {
  /// Its keys (``keys``, for a page of any type).
  public var keys: KeyTable<WizardKeys.ScreenAction> { Self.keys }
}

extension WizardPage where Self: Equatable {
  public func isEqual(to other: any WizardPage) -> Bool {
    (other as? Self) == self
  }
}

extension WizardModel {
  /// Shows `page` (the registration line of a new screen: its key's
  /// handler calls this).
  public mutating func show(_ page: any WizardPage) {
    screen = .page(page)
  }
}
