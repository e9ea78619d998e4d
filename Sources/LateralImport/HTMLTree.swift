internal import CLibXML2
internal import COnDemand

/// A web page as libxml2's HTML parser reads it: forgiving of the broken markup real pages
/// carry (unclosed tags, stray ends), with entities decoded. The tree is walked read-only.
final class HTMLTree {
    private let document: htmlDocPtr

    /// - Parameter bytes: the page; declared as UTF-8 when it is valid UTF-8 (most pages, and
    ///   libxml2 would otherwise guess Latin-1 for a page that does not say), else left to the
    ///   page's own `<meta charset>`.
    init?(bytes: [UInt8], url: String?) {
        HTMLTree.libraryReady
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { htmlReadMemory($0, Int32(buffer.count), url, encoding, options) }
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// Why no page can be parsed, when libxml2 (loaded on the first page) cannot be loaded.
    static var libraryProblem: String? { lateral_libxml2_load_problem().map { String(cString: $0) } }

    /// libxml2 sets up its globals on first use, which two threads must not do at once (tests
    /// parse pages in parallel): done once, here, as a Swift static is.
    private static let libraryReady: Void = xmlInitParser()

    var root: Node? { xmlDocGetRootElement(document).map(Node.init) }

    /// An element or a text of the page.
    struct Node {
        let pointer: xmlNodePtr

        var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
        var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

        /// The element's name, in lower case ("p", "article").
        var name: String {
            guard isElement, let name = pointer.pointee.name else { return "" }
            return String(cString: name).lowercased()
        }

        var children: [Node] {
            var nodes: [Node] = []
            var child = pointer.pointee.children
            while let current = child {
                nodes.append(Node(pointer: current))
                child = current.pointee.next
            }
            return nodes
        }

        func attribute(_ name: String) -> String? {
            guard isElement, let value = xmlGetProp(pointer, name) else { return nil }
            defer { free(value) }
            return String(cString: value)
        }

        /// A text node's own text.
        var text: String {
            guard isText, let content = pointer.pointee.content else { return "" }
            return String(cString: content)
        }

        /// All the text under the node, as the page holds it.
        var allText: String {
            guard let content = xmlNodeGetContent(pointer) else { return "" }
            defer { free(content) }
            return String(cString: content)
        }

        /// Every element under the node (the node too), depth first.
        func elements(named wanted: Set<String>? = nil) -> [Node] {
            var found: [Node] = []
            var stack = [self]
            while let node = stack.popLast() {
                guard node.isElement else { continue }
                if wanted?.contains(node.name) ?? true { found.append(node) }
                stack += node.children.reversed()
            }
            return found
        }
    }
}
