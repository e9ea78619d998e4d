import LateralCore

/// Keys on the screens that are lists or pages: the library, a claim's sources, a source, a
/// claim's case, the help.
extension ReaderState {
    mutating func reduceLibrary(_ action: Action, effects: inout [Effect]) {
        if action == .cancel {
            libraryFilter = ""
            librarySelection = 0
            return
        }
        let visible = visibleLibrary
        let count = visible.count
        guard count > 0 else { return }
        switch action {
        case .top: librarySelection = 0
        case .bottom: librarySelection = count - 1
        case .open:
            requestArticle(path: library[visible[min(librarySelection, count - 1)]].articlePath,
                           purpose: .article(selectingClaim: nil), effects: &effects)
        default:
            guard let step = listStep(action) else { return }
            librarySelection = min(count - 1, max(0, librarySelection + step))
        }
    }

    mutating func reducePicker(_ picker: SourcePicker, _ action: Action, effects: inout [Effect]) {
        var picker = picker
        let count = picker.claim.links.count
        var chosen: Int?
        switch action {
        case .top: picker.selection = 0
        case .bottom: picker.selection = count - 1
        case .open: chosen = picker.selection
        case .choose(let number):
            guard number <= count else {
                message = "there are \(count) sources"
                return
            }
            chosen = number - 1
        default:
            if let step = listStep(action) { picker.selection = min(count - 1, max(0, picker.selection + step)) }
        }
        guard let chosen else {
            screens[screens.count - 1] = .picker(picker)
            return
        }
        // The picker gives way to the source: going back returns to the article.
        screens.removeLast()
        jump(to: picker.claim.links[chosen], sidecar: picker.sidecar, folder: picker.folder, articlePath: picker.articlePath, effects: &effects)
    }

    mutating func reduceSource(_ page: SourcePage, _ action: Action, effects: inout [Effect]) {
        var page = page
        let uses = page.uses.count
        switch action {
        case .openURL, .copy:
            copyOrOpen(page.source.url, action, effects: &effects)
            return
        case .open:
            guard page.uses.indices.contains(page.selection) else { return }
            returnToClaim(page.context.claim(page.uses[page.selection]).id, in: page.context.articlePath, effects: &effects)
            return
        case .lineDown, .lineUp:
            // j and k walk the claims that use the source; the page scrolls to keep the one selected in view.
            guard uses > 0 else { break }
            page.selection = min(uses - 1, max(0, page.selection + (action == .lineDown ? 1 : -1)))
            let rows = max(1, height - 2)
            let lines = page.lines(width: max(1, width - 2), lastUse: page.selection)
            if let row = lines.firstIndex(where: { $0.use == page.selection }) {
                if row < page.scroll { page.scroll = row }
                if row >= page.scroll + rows { page.scroll = row - rows + 1 }
            }
            screens[screens.count - 1] = .source(page)
            return
        default:
            break
        }
        let rows = max(1, height - 2)
        guard let step = scrollStep(action, rows: rows) else { return }
        // Laid out only as far as the page scrolls to: a page shorter than that is its end.
        let reach = page.scroll + max(0, step) + rows
        let last = max(0, page.lines(width: max(1, width - 2), limit: reach).count - rows)
        page.scroll = min(max(0, page.scroll + step), last)
        screens[screens.count - 1] = .source(page)
    }

    mutating func reduceClaimCase(_ page: ClaimCase, _ action: Action, effects: inout [Effect]) {
        var page = page
        switch action {
        case .choose(let number):
            guard page.claim.links.indices.contains(number - 1) else {
                message = "claim \(page.claim.id) has \(page.claim.links.count) sources"
                return
            }
            jump(to: page.claim.links[number - 1], sidecar: page.sidecar, folder: page.folder, articlePath: page.articlePath, effects: &effects)
            return
        case .openURL, .copy:
            claimEffect(action, page.claim, sidecar: page.sidecar, effects: &effects)
            return
        default:
            break
        }
        let rows = max(1, height - 2)
        guard let step = scrollStep(action, rows: rows) else { return }
        let last = max(0, page.lines(width: max(1, width - 2), ascii: asciiGlyphs).count - rows)
        page.scroll = min(max(0, page.scroll + step), last)
        screens[screens.count - 1] = .claim(page)
    }

    mutating func reduceHelp(scroll: Int, _ action: Action) {
        let rows = max(1, height - 2)
        guard let step = scrollStep(action, rows: rows) else { return }
        let last = max(0, HelpView.rowCount(ascii: asciiGlyphs) - rows)
        screens[screens.count - 1] = .help(scroll: min(max(0, scroll + step), last))
    }
}
