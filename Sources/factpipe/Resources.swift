import FactPipe
import FoundationEssentials

/// Lexicons and rates, found on disk.
struct Resources {
    let lexicons: Lexicons
    let rates: RateTable

    /// Loads them, the rate table (from its summary, or by a check of every row) and what the
    /// first document needs (``PipelineWarmUp``) on other threads while the lexicons load; a
    /// problem with the lexicons is reported before one with the rates. They stay loaded until
    /// the process ends (freeing the lexicons' tables object by object at exit would be work
    /// for nothing). What ``prefetch(arguments:)`` started for the same folder and rates is
    /// taken over.
    static func load(lexicons explicit: String?, rates ratesPath: String?, entityFiles: [String] = []) throws -> Resources {
        let loading = try Loading.taken(lexicons: explicit, rates: ratesPath) ?? Loading(lexicons: explicit, rates: ratesPath)
        defer { try? loading.warmUp.value() }
        var lexicons = try loading.lexicons.value()
        for file in entityFiles { try lexicons.addEntities(path: file) }
        let resources = Resources(lexicons: lexicons, rates: try loading.rates.value())
        loaded.append(resources)
        return resources
    }

    /// Starts loading, on other threads, the lexicons and rates an `extract` run with these
    /// arguments will ask for, while swift-argument-parser reads them (some millions of
    /// instructions): a one-line run then starts sooner. `--lexicons` and `--rates` are read
    /// here by their plain spellings only; a run that asks for anything else loads anew.
    static func prefetch(arguments: [String]) {
        let others: Set<String> = ["-h", "--help", "help", "lexicon", "eval", "--experimental-dump-help", "--generate-completion-script"]
        guard !arguments.contains(where: others.contains) else { return }
        func value(of option: String) -> String? {
            guard let at = arguments.lastIndex(of: option), at + 1 < arguments.count else { return nil }
            return arguments[at + 1]
        }
        Loading.prefetched = try? Loading(lexicons: value(of: "--lexicons"), rates: value(of: "--rates"))
    }

    nonisolated(unsafe) private static var loaded: [Resources] = []

    /// The lexicons, the rates and what the first document needs, loading.
    private final class Loading {
        /// What `--lexicons` and `--rates` said.
        let options: (lexicons: String?, rates: String?)
        let lexicons: InBackground<Lexicons>
        let rates: InBackground<RateTable>
        let warmUp: InBackground<Void>

        nonisolated(unsafe) static var prefetched: Loading?

        init(lexicons explicit: String?, rates ratesPath: String?) throws {
            let directory = try LexiconLocator.find(explicit: explicit)
            options = (explicit, ratesPath)
            let ratesPath = ratesPath ?? directory + "/rates.tsv"
            let cache = Self.cache
            lexicons = InBackground { try Lexicons(directory: directory, cache: cache) }
            rates = InBackground { try RateTable(path: ratesPath, cache: cache) }
            warmUp = InBackground { PipelineWarmUp.prepare() }
        }

        /// Where the built entity lexicon and the summaries of rate tables are kept
        /// (``CacheFolder``): `$FACTPIPE_CACHE` (`off`: nowhere), else the user's cache folder.
        private static var cache: CacheFolder? {
            let environment = ProcessInfo.processInfo.environment
            if let chosen = environment["FACTPIPE_CACHE"], !chosen.isEmpty {
                return chosen == "off" ? nil : CacheFolder(directory: chosen)
            }
            return CacheFolder.userCacheDirectory(environment: environment).map(CacheFolder.init(directory:))
        }

        /// The prefetched loading, when it was started with the same options.
        static func taken(lexicons explicit: String?, rates ratesPath: String?) -> Loading? {
            defer { prefetched = nil }
            guard let prefetched, prefetched.options == (explicit, ratesPath) else { return nil }
            return prefetched
        }
    }
}
