extension String {
    /// The string with `pad` put before it until it is `width` characters long: hex digits with
    /// zeros, numbers in a column with spaces.
    public func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
