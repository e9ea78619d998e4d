/// The one line a command working through many files keeps on standard error while it works
/// ("checking 312 of 1001 articles"), as git does: it appears only once the work has taken half
/// a second, changes at most ten times a second, and is erased before anything else is printed
/// and when the work ends, so that a quick command prints nothing and the results stay clean.
/// Times are in seconds from any fixed point; the text returned is written as it is.
public struct ProgressLine: Sendable {
    public static let delay = 0.5
    public static let interval = 0.1
    static let eraseLine = "\r\u{1B}[K"

    let verb: String
    let noun: String
    private var started: Double?
    private var lastDrawn: Double?
    private var visible = false

    public init(verb: String, noun: String) {
        self.verb = verb
        self.noun = noun
    }

    /// What to write now that `done` of `total` are done: the line drawn again, or nothing.
    public mutating func update(done: Int, total: Int, now: Double) -> String? {
        let start = started ?? now
        started = start
        guard now - start >= ProgressLine.delay, done < total else { return nil }
        if visible, let lastDrawn, now - lastDrawn < ProgressLine.interval { return nil }
        lastDrawn = now
        visible = true
        let nouns = total == 1 ? noun : noun + "s"
        return ProgressLine.eraseLine + "\(verb) \(done) of \(total) \(nouns)"
    }

    /// What erases the line, if it shows, so that other text can be printed; the next update
    /// draws it again.
    public mutating func erase() -> String? {
        guard visible else { return nil }
        visible = false
        lastDrawn = nil
        return ProgressLine.eraseLine
    }
}
