import Dispatch
import FactPipe

/// Lexicons and rates, found on disk.
struct Resources {
    let lexicons: Lexicons
    let rates: RateTable

    /// Loads them, the rate table (a check of every row) and ICU's Chinese word-break
    /// dictionary on other threads while the lexicons load; a problem with the lexicons is
    /// reported before one with the rates. They stay loaded until the process ends (freeing
    /// the lexicons' tables object by object at exit would be work for nothing).
    static func load(lexicons explicit: String?, rates ratesPath: String?, entityFiles: [String] = []) throws -> Resources {
        let directory = try LexiconLocator.find(explicit: explicit)
        let rates = InBackground { try RateTable(path: ratesPath ?? directory + "/rates.tsv") }
        let wordBreaks = InBackground { WordBreakWarmUp.prepare() }
        defer { try? wordBreaks.value() }
        var lexicons = try Lexicons(directory: directory)
        for file in entityFiles { try lexicons.addEntities(path: file) }
        let resources = Resources(lexicons: lexicons, rates: try rates.value())
        loaded.append(resources)
        return resources
    }

    nonisolated(unsafe) private static var loaded: [Resources] = []
}

/// Work started on another thread, its result waited for when needed.
final class InBackground<Value>: @unchecked Sendable {
    private var result: Result<Value, Error>?
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.leave()
        }
    }

    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
