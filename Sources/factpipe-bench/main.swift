import FactPipe
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// factpipe-bench: throughput of each pipeline stage on corpus files, in one process.
///
///     factpipe-bench [--runs 5] [--warmup 1] [--slice-mb N] [--input text|jsonl]
///                    [--lexicons DIR] [--tsv] FILE...
///
/// Each file is read into memory first (not timed), then run through decode, normalise,
/// segment, entities, recognise, link and emit (JSON Lines into a memory buffer, each
/// paragraph's facts as it is done) `--runs` times; every stage's median time and MB/s (10^6
/// bytes of input per second) are printed, with the whole pipeline's and the process's peak
/// resident memory.

struct Options {
    var runs = 5
    var warmup = 1
    var sliceMB: Double? = nil
    var input: String? = nil
    var lexicons = "Lexicons"
    var tsv = false
    var files: [String] = []
}

func fail(_ message: String) -> Never {
    FileHandleStderr.write("factpipe-bench: \(message)\n")
    exit(2)
}

enum FileHandleStderr {
    static func write(_ s: String) { var s = s; s.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) } }
}

func parseOptions() -> Options {
    var options = Options()
    var args = CommandLine.arguments.dropFirst()
    func value(_ name: String) -> String {
        guard let v = args.popFirst() else { fail("\(name) needs a value") }
        return v
    }
    while let arg = args.popFirst() {
        switch arg {
        case "--runs": options.runs = max(1, Int(value(arg)) ?? 5)
        case "--warmup": options.warmup = max(0, Int(value(arg)) ?? 1)
        case "--slice-mb": options.sliceMB = Double(value(arg))
        case "--input": options.input = value(arg)
        case "--lexicons": options.lexicons = value(arg)
        case "--tsv": options.tsv = true
        case "-h", "--help":
            print("usage: factpipe-bench [--runs 5] [--warmup 1] [--slice-mb N] [--input text|jsonl] [--lexicons DIR] [--tsv] FILE...")
            exit(0)
        default:
            if arg.hasPrefix("-") { fail("unknown option \(arg)") }
            options.files.append(arg)
        }
    }
    if options.files.isEmpty { fail("no input files (make some with ../shared/bench/make-corpus or scripts/bench)") }
    return options
}

func readBytes(_ path: String, sliceMB: Double?) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    var bytes = [UInt8](data)
    if let sliceMB, Double(bytes.count) > sliceMB * 1e6 {
        var cut = Int(sliceMB * 1e6)
        while cut < bytes.count, bytes[cut - 1] != 10 { cut += 1 }
        bytes.removeSubrange(cut...)
    }
    return bytes
}

/// One pass of the whole pipeline over `bytes`; returns the number of facts.
func runPipeline(_ bytes: [UInt8], jsonl: Bool, name: String, extractor: Extractor, clock: StageClock) -> Int {
    let encoder = JSONLEncoder()
    var out: [UInt8] = []
    out.reserveCapacity(1 << 20)
    var facts = 0
    func emit(_ found: [Fact], doc: String) {
        for fact in found {
            encoder.encode(.fact(doc: doc, fact), into: &out)
            if out.count >= 1 << 20 { out.removeAll(keepingCapacity: true) }
        }
        facts += found.count
        clock.lap(.emit)
    }
    // (paragraph by paragraph, each one's facts written before the next is read, as the command
    // writes them: the facts of a whole document gathered first would be a cost of the bench's)
    func extract(_ scalars: [Unicode.Scalar], doc: String) {
        let session = extractor.session()
        session.forEachPiece(of: scalars) { emit(session.feed($0), doc: doc) }
    }
    clock.reset()
    if jsonl {
        let decoder = JSONDecoder()
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            defer { start = end + 1 }
            guard end > start else { continue }
            // (as the command reads a line: the common shape straight to scalars, else the decoder)
            if let line = PlainJSONLine(bytes[start..<end]) {
                clock.lap(.decode)
                extract(line.text, doc: line.id)
                continue
            }
            guard let line = try? decoder.decode(DecodedJSONLine.self, from: Data(bytes[start..<end])) else { continue }
            let scalars = Array(line.text.unicodeScalars)
            clock.lap(.decode)
            extract(scalars, doc: line.id)
        }
    } else {
        guard let decoded = try? TextDecoder.decode(bytes) else { fail("\(name): cannot decode") }
        clock.lap(.decode)
        extract(decoded.scalars, doc: name)
    }
    return facts
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

func peakRSSMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func format(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
        let have = text.distance(from: dot, to: text.endIndex) - 1
        if decimals == 0 { text = String(text[..<dot]) } else if have < decimals { text += String(repeating: "0", count: decimals - have) }
    }
    return text
}

func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
    let n = s.unicodeScalars.count
    if n >= width { return s }
    let fill = String(repeating: " ", count: width - n)
    return left ? s + fill : fill + s
}

let options = parseOptions()
let lexicons: Lexicons
let rates: RateTable
do {
    lexicons = try Lexicons(directory: options.lexicons)
    rates = try RateTable(path: options.lexicons + "/rates.tsv")
} catch { fail("\(error)") }

for path in options.files {
    let bytes = readBytes(path, sliceMB: options.sliceMB)
    let megabytes = Double(bytes.count) / 1e6
    let jsonl = (options.input ?? (path.hasSuffix(".jsonl") ? "jsonl" : "text")) == "jsonl"
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let extractor: Extractor
    do { extractor = try Extractor(lexicons: lexicons, rates: rates) } catch { fail("\(error)") }
    let clock = StageClock()
    extractor.clock = clock
    var perStage = [[Double]](repeating: [], count: PipelineStage.allCases.count)
    var totals: [Double] = []
    var facts = 0
    for run in 0..<(options.warmup + options.runs) {
        let started = StageClock.now()
        facts = runPipeline(bytes, jsonl: jsonl, name: name, extractor: extractor, clock: clock)
        let total = Double(StageClock.now() - started) / 1e6
        guard run >= options.warmup else { continue }
        totals.append(total)
        for stage in PipelineStage.allCases { perStage[stage.rawValue].append(Double(clock.nanoseconds[stage.rawValue]) / 1e6) }
    }
    let totalMs = median(totals)
    if options.tsv {
        for stage in PipelineStage.allCases {
            let ms = median(perStage[stage.rawValue])
            print("stage\t\(name)\t\(stage.name)\t\(format(ms, 2))\t\(format(megabytes / (ms / 1000), 2))")
        }
        print("pipeline\t\(name)\t\(format(megabytes, 3))\t\(format(totalMs, 2))\t\(format(megabytes / (totalMs / 1000), 2))\t\(facts)\t\(format(peakRSSMB(), 1))")
        continue
    }
    print("\(name): \(format(megabytes, 2)) MB (\(jsonl ? "jsonl" : "text")), \(facts) facts, median of \(options.runs) runs")
    print("  \(pad("stage", 10, left: true)) \(pad("ms", 10)) \(pad("MB/s", 10)) \(pad("share", 7))")
    for stage in PipelineStage.allCases {
        let ms = median(perStage[stage.rawValue])
        print("  \(pad(stage.name, 10, left: true)) \(pad(format(ms, 1), 10)) \(pad(format(megabytes / (ms / 1000), 1), 10)) \(pad(format(100 * ms / totalMs, 1) + "%", 7))")
    }
    print("  \(pad("pipeline", 10, left: true)) \(pad(format(totalMs, 1), 10)) \(pad(format(megabytes / (totalMs / 1000), 2), 10))")
    print("  peak RSS of this process so far: \(format(peakRSSMB(), 1)) MB")
}
