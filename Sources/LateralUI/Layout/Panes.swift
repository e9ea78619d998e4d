/// A rectangle of the screen.
public struct Rect: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// The width left for text inside a one-cell margin on each side.
    public var textWidth: Int { max(1, width - 2) }
}

/// Where the panes go: a title line, the content, a status line. The side pane stands right
/// of the article on a wide window and below it on a narrow one, as a mail reader's does.
public struct Panes: Sendable, Hashable {
    public static let minimumWidth = 30
    public static let minimumHeight = 6
    public static let sideBySideWidth = 100

    public var article: Rect
    public var side: Rect?
    public var isTooSmall: Bool

    public init(width: Int, height: Int, showSidePane: Bool) {
        isTooSmall = width < Panes.minimumWidth || height < Panes.minimumHeight
        let content = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        guard showSidePane, !isTooSmall else {
            article = content
            side = nil
            return
        }
        if width >= Panes.sideBySideWidth {
            let sideWidth = min(60, width * 2 / 5)
            article = Rect(x: 0, y: 1, width: width - sideWidth - 1, height: content.height)
            side = Rect(x: width - sideWidth, y: 1, width: sideWidth, height: content.height)
        } else {
            let sideHeight = content.height * 2 / 5
            article = Rect(x: 0, y: 1, width: width, height: content.height - sideHeight - 1)
            side = Rect(x: 0, y: 1 + article.height + 1, width: width, height: sideHeight)
        }
    }
}
