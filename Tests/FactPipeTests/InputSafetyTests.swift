import Foundation
import Testing

@Suite("Any input, nothing lost", .serialized)
struct InputSafetyTests {
    static let article = "谷歌向Anthropic投资20亿美元，估值约1830亿美元，增长35%。\n\n"
    static let traditional = "輝達市值逾4萬億美元，兩名高管各獲港幣3,500萬元獎金，營收增長兩成。\n\n"

    func write(_ bytes: [UInt8], to url: URL) throws { try Data(bytes).write(to: url) }

    /// Every fact record's text must be the document's text at [start, end).
    func checkSpans(_ run: CLIRun, documents: [String: String]) {
        let scalarsOf = documents.mapValues { Array($0.unicodeScalars) }
        for record in run.records where record["type"] as? String == "fact" {
            guard let doc = record["doc"] as? String, let scalars = scalarsOf[doc] else { continue }
            let start = record["start"] as! Int, end = record["end"] as! Int
            #expect(end <= scalars.count)
            if end <= scalars.count {
                #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
            }
        }
    }

    @Test("a messy folder: every file is a fact run or an error record naming the reason, and the walk goes on")
    func messyFolder() throws {
        let dir = try EncodingFixtures.temporaryDirectory("messy")
        defer { chmod(dir.appendingPathComponent("locked").path, 0o755); try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try write(EncodingFixtures.encode(Self.article, as: "GBK"), to: dir.appendingPathComponent("a-gbk.txt"))
        try write(EncodingFixtures.encode(Self.traditional, as: "BIG5"), to: dir.appendingPathComponent("b-big5.txt"))
        try write([0xFF, 0xFE] + EncodingFixtures.encode(Self.article, as: "UTF-16LE"), to: dir.appendingPathComponent("c-utf16.txt"))
        try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + EncodingFixtures.bytes(count: 2000, seed: 7), to: dir.appendingPathComponent("d-image.txt"))
        try write(EncodingFixtures.bytes(count: 5000, seed: 8), to: dir.appendingPathComponent("e-random.md"))
        try write([0x50, 0x4B, 0x03, 0x04] + EncodingFixtures.bytes(count: 500, seed: 9), to: dir.appendingPathComponent("f-archive.txt"))
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("g-dangling.txt").path, withDestinationPath: "missing.txt")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("h-self").path, withDestinationPath: "h-self")
        var badName = Array(dir.path.utf8) + Array("/i-bad".utf8) + [0xFF, 0xFE] + Array(".txt".utf8)
        badName.append(0)
        let fd = badName.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        #expect(fd >= 0); close(fd)
        try write(Array("营收5%\n".utf8), to: dir.appendingPathComponent("j-unreadable.txt"))
        chmod(dir.appendingPathComponent("j-unreadable.txt").path, 0)
        try fm.createDirectory(at: dir.appendingPathComponent("locked"), withIntermediateDirectories: true)
        try write(Array("营收5%\n".utf8), to: dir.appendingPathComponent("locked/k.txt"))
        chmod(dir.appendingPathComponent("locked").path, 0)
        // as root, permissions do not stop reading: then those two are read like any file
        let permissionsBite = access(dir.appendingPathComponent("j-unreadable.txt").path, R_OK) != 0

        let run = try CLIProcess.run(["extract", "-j", "2", dir.path])
        let errors = Dictionary(run.records.filter { $0["type"] as? String == "error" }
            .map { (($0["doc"] as! String).replacingOccurrences(of: dir.path + "/", with: ""), $0["message"] as! String) },
            uniquingKeysWith: { a, _ in a })
        #expect(errors["d-image.txt"] == "not text: PNG image")
        #expect(errors["e-random.md"]?.hasPrefix("not text") == true)
        #expect(errors["f-archive.txt"]?.hasPrefix("not text: ZIP archive") == true)
        #expect(errors["sub/loop"]?.contains("symbolic link loop") == true)
        #expect(errors["g-dangling.txt"]?.contains("no such file") == true)
        #expect(errors["h-self"]?.contains("symbolic link loop") == true)
        #expect(errors["i-bad\u{FFFD}\u{FFFD}.txt"] == "file name is not valid UTF-8")
        if permissionsBite {
            #expect(errors["j-unreadable.txt"]?.contains("ermission denied") == true)
            #expect(errors["locked"]?.contains("ermission denied") == true)
        }
        let factDocs = Set(run.records.filter { $0["type"] as? String == "fact" }.compactMap { ($0["doc"] as? String)?.replacingOccurrences(of: dir.path + "/", with: "") })
        #expect(factDocs.isSuperset(of: ["a-gbk.txt", "b-big5.txt", "c-utf16.txt"]))
        #expect(Set(errors.keys).isDisjoint(with: factDocs))
        let documents = 12
        #expect(run.stderr.contains("factpipe: \(documents) documents read, \(documents - errors.count) processed, \(errors.count) failed"))
        #expect(run.stderr.contains("encodings: Big5 1, GB18030 1, UTF-16LE 1"))
        #expect(run.status == 1)
        checkSpans(run, documents: [
            dir.path + "/a-gbk.txt": Self.article, dir.path + "/b-big5.txt": Self.traditional, dir.path + "/c-utf16.txt": Self.article,
        ])
    }

    @Test("a file that vanishes after the walk found it is an error record; the run goes on")
    func vanishedFile() throws {
        let dir = try EncodingFixtures.temporaryDirectory("vanish")
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(Array("营收增长5%。\n".utf8), to: dir.appendingPathComponent("a.txt"))
        try write(Array("利润3亿元。\n".utf8), to: dir.appendingPathComponent("b.txt"))
        // standard input is read first; while it is open the walk's list is already made
        let running = try CLIProcess(["extract", "-", dir.path])
        running.send(Array("Revenue rose 7%.\n\n".utf8))
        #expect(running.wait(seconds: 60) { running.stdoutSoFar.contains("\n") })
        try FileManager.default.removeItem(at: dir.appendingPathComponent("a.txt"))
        let run = running.finish()
        #expect(run.status == 1)
        let records = run.records
        #expect(records.map { $0["type"] as! String } == ["fact", "error", "fact"])
        #expect((records[1]["message"] as? String)?.contains("No such file") == true)
        #expect(run.stderr.contains("3 documents read, 2 processed, 1 failed, 2 facts written"))
    }

    @Test("invalid bytes: one warning per document, facts kept; --strict makes it exit 1; --verbose names encodings")
    func warningsStrictVerbose() throws {
        let dir = try EncodingFixtures.temporaryDirectory("strict")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = Array("营收20亿美元".utf8) + [0xFF, 0xE4, 0xB8] + Array("，增长3%。".utf8) + [0xC3] + Array("\n".utf8)
        try write(bad, to: dir.appendingPathComponent("bad.txt"))
        try write(EncodingFixtures.encode(Self.article, as: "GBK"), to: dir.appendingPathComponent("good.txt"))
        let plain = try CLIProcess.run(["extract", dir.path])
        #expect(plain.status == 0)
        #expect(plain.stderr.components(separatedBy: "warning").count == 2)
        #expect(plain.stderr.contains("bad.txt: warning: 3 invalid byte sequences replaced"))
        #expect(plain.records.filter { ($0["doc"] as? String)?.hasSuffix("bad.txt") == true }.map { $0["text"] as! String } == ["20亿美元", "3%"])
        #expect(plain.stderr.contains("3 invalid byte sequences replaced in 1 documents"))
        let strict = try CLIProcess.run(["extract", "--strict", dir.path])
        #expect(strict.status == 1)
        #expect(strict.stdout == plain.stdout)
        let verbose = try CLIProcess.run(["extract", "--verbose", dir.path])
        #expect(verbose.stderr.contains("good.txt: GB18030, 3 facts"))
        #expect(verbose.stderr.contains("bad.txt: UTF-8, 2 facts"))
        let stdin = try CLIProcess.run(["extract", "--strict"], input: bad)
        #expect(stdin.status == 1)
        #expect(stdin.stderr.contains("-: warning: 3 invalid byte sequences replaced"))
    }

    @Test("standard input in GBK, Big5 and UTF-16 is detected like a file")
    func standardInputEncodings() throws {
        let gbk = try CLIProcess.run(["extract", "--verbose"], input: EncodingFixtures.encode(Self.article, as: "GBK"))
        #expect(gbk.records.map { $0["text"] as! String } == ["20亿美元", "约1830亿美元", "35%"])
        #expect(gbk.stderr.contains("-: GB18030, 3 facts"))
        let big5 = try CLIProcess.run(["extract"], input: EncodingFixtures.encode(Self.traditional, as: "BIG5"))
        #expect(big5.records.map { $0["text"] as! String }.contains("港幣3,500萬元"))
        #expect(big5.stderr.contains("encodings: Big5 1"))
        let utf16 = try CLIProcess.run(["extract"], input: [0xFE, 0xFF] + EncodingFixtures.encode(Self.traditional, as: "UTF-16BE"))
        #expect(utf16.records.map { $0["text"] as! String } == big5.records.map { $0["text"] as! String })
        checkSpans(utf16, documents: ["-": Self.traditional])
        let binary = try CLIProcess.run(["extract"], input: [0x1F, 0x8B, 0x08, 0x00] + EncodingFixtures.bytes(count: 300, seed: 3))
        #expect(binary.status == 1)
        #expect(binary.records.first?["message"] as? String == "not text: gzip archive")
    }

    @Test("a 1.1 MB document without a line end, as a file and on stdin: every quantity found, spans exact")
    func longLine() throws {
        let dir = try EncodingFixtures.temporaryDirectory("longline")
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = ""
        var expected = 0
        var n = 0
        let filler = String(repeating: "Nothing else moved in the market that week, and the analysts went home early. ", count: 4)
        while text.utf8.count < (1 << 20) + (1 << 17) {
            n += 1
            text += n % 2 == 0 ? "第\(n)季度营收增长\(n % 90 + 1)%。" : "Revenue rose to $\(n) million. " + filler
            expected += 1
        }
        let path = dir.appendingPathComponent("long.txt")
        try write(Array(text.utf8), to: path)
        for run in [try CLIProcess.run(["extract", "--quiet", path.path]), try CLIProcess.run(["extract", "--quiet"], input: Array(text.utf8))] {
            #expect(run.status == 0)
            let amounts = run.records.filter { $0["kind"] as? String == "money" || $0["kind"] as? String == "percent" }
            #expect(amounts.count == expected)
            checkSpans(run, documents: [path.path: text, "-": text])
        }
    }

    @Test("a paragraph too long for a stream to hold is cut where a sentence starts: the records of the file read whole")
    func longParagraphCut() throws {
        let dir = try EncodingFixtures.temporaryDirectory("longparagraph")
        defer { try? FileManager.default.removeItem(at: dir) }
        // quoted sentences, whose closing quote follows the full stop, on one line: no line end,
        // nor a blank line, for the stream to be cut at, and spaces inside sentences
        var text = ""
        var n = 0
        while text.unicodeScalars.count < 200_000 {
            n += 1
            text += n % 3 == 0
                ? "The chief executive said: \"Revenue rose \(n % 40 + 1)% to $\(n) million.\" "
                : "一位分析师说：\"OpenAI 今年的营收增长了\(n % 90 + 1)%。\"他补充道：\"净利润达到\(n)亿美元。\""
        }
        let path = dir.appendingPathComponent("one-paragraph.txt")
        try write(Array(text.utf8), to: path)
        let whole = try CLIRun.run(["extract", "--quiet", path.path])
        #expect(whole.status == 0)
        #expect(whole.records.count >= 2 * n)
        for jobs in ["1", "2"] {
            let streamed = try CLIProcess.run(["extract", "--quiet", "-j", jobs], input: Array(text.utf8))
            #expect(streamed.status == 0)
            #expect(streamed.stdout == whole.stdout.replacingOccurrences(of: "\"doc\":\"\(path.path)\"", with: "\"doc\":\"-\""), "-j \(jobs)")
        }
    }

    /// Paragraphs, `separator` between them, in which US dollars are written most often and yuan
    /// last before each bare amount, in a paragraph that names none: its amount takes the
    /// document's last currency (as each paragraph counts on its own), not the most written.
    static func paragraphsOfCurrencies(separator: String, times: Int) -> String {
        (1...times).map { n in
            "甲公司第\(n)季度营收\(n % 50 + 20)亿美元，利润\(n % 9 + 1)亿美元。" + separator
                + "乙公司同期营收\(n % 30 + 10)亿元。" + separator
                + "丙公司计划投资\(n % 7 + 2)亿建设新工厂。" + separator
        }.joined()
    }

    static func jsonLine(_ text: String) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: ["id": "-", "text": text]) + Data("\n".utf8))
    }

    /// The records of `text` with an investment predicate, read whole (one JSON Lines document),
    /// after checking that standard input gives the same bytes with `-j 1` and `-j 2`.
    static func investmentsReadWholeAndStreamed(_ text: String) throws -> [[String: Any]] {
        let whole = try CLIProcess.run(["extract", "--quiet", "--input", "jsonl"], input: try jsonLine(text))
        #expect(whole.status == 0)
        for jobs in ["1", "2"] {
            let streamed = try CLIProcess.run(["extract", "--quiet", "-j", jobs], input: Array(text.utf8))
            #expect(streamed.status == 0)
            #expect(streamed.stdout == whole.stdout, "-j \(jobs)")
        }
        return whole.records.filter { $0["predicate"] as? String == "investment" }
    }

    @Test("a stream's pieces hold many paragraphs: each gives its bare amounts the currency it gives read whole")
    func paragraphCurrencyInStreams() throws {
        let invested = try Self.investmentsReadWholeAndStreamed(Self.paragraphsOfCurrencies(separator: "\n\n", times: 3_000))
        #expect(invested.count == 3_000)
        #expect(invested.allSatisfy { $0["currency"] as? String == "CNY" && $0["currency_inferred"] as? Bool == true })
    }

    @Test("a paragraph too long to hold is cut as it is read whole: its bare amounts take the currencies they take read whole")
    func longParagraphCurrencies() throws {
        // one paragraph (lines, no blank line) of 300,000 code points: US dollars in its first
        // half, yuan in its second, a bare amount in each line
        let dollars = Self.paragraphsOfCurrencies(separator: "\n", times: 3_500)
        let yuan = (1...3_500).map { n in "乙公司第\(n)季度营收\(n % 30 + 10)亿元。\n丁公司计划投资\(n % 7 + 2)亿建设新工厂。\n" }.joined()
        #expect((dollars + yuan).unicodeScalars.count > 4 * 65_536)
        let invested = try Self.investmentsReadWholeAndStreamed(dollars + yuan)
        #expect(invested.count == 7_000)
        #expect(Set(invested.compactMap { $0["currency"] as? String }) == ["USD", "CNY"])
    }

    @Test("paragraphs apart by old Mac line ends (CR), Windows', U+2028, U+2029, or a line of no-break or zero-width spaces: the records of line feeds, read whole and streamed")
    func otherLineEnds() throws {
        let expected = try CLIProcess.run(["extract", "--quiet", "--input", "jsonl"],
                                          input: try Self.jsonLine(Self.paragraphsOfCurrencies(separator: "\n\n", times: 300)))
        #expect(expected.status == 0 && expected.records.count > 100)
        for separator in ["\r\r", "\r\n\r\n", "\r\n \r\n", "\u{2028}\u{2028}", "\u{2028}\u{3000}\u{2028}", "\n\u{A0}\n", "\r\n\u{200B} \r\n", "\u{2029}", "\r\u{2029}\n"] {
            let text = Self.paragraphsOfCurrencies(separator: separator, times: 300)
            let whole = try CLIProcess.run(["extract", "--quiet", "--input", "jsonl"], input: try Self.jsonLine(text))
            let streamed = try CLIProcess.run(["extract", "--quiet"], input: Array(text.utf8))
            #expect(whole.status == 0 && streamed.status == 0)
            // (the same records but for their offsets: line ends of more than one code point move them)
            #expect(Self.withoutOffsets(whole) == Self.withoutOffsets(expected), "\(separator.unicodeScalars.map(\.value))")
            #expect(Self.withoutOffsets(streamed) == Self.withoutOffsets(expected), "\(separator.unicodeScalars.map(\.value))")
        }
    }

    static func withoutOffsets(_ run: CLIRun) -> [NSDictionary] {
        run.records.map { NSDictionary(dictionary: $0.filter { $0.key != "start" && $0.key != "end" }) }
    }

    @Test("Ctrl-C: --output is not left half-written, standard output holds whole records, status 130")
    func interrupt() throws {
        let dir = try EncodingFixtures.temporaryDirectory("interrupt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("facts.jsonl")
        let toFile = try CLIProcess(["extract", "-o", output.path])
        for _ in 0..<50 { toFile.send(Array(Self.article.utf8)) }
        let temporary = dir.appendingPathComponent("facts.jsonl.tmp-\(toFile.process.processIdentifier)")
        #expect(toFile.wait(seconds: 30) { ((try? FileManager.default.attributesOfItem(atPath: temporary.path)[.size] as? Int) ?? 0) > 0 })
        kill(toFile.process.processIdentifier, SIGINT)
        let fileRun = toFile.finish()
        #expect(fileRun.status == 130)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(!FileManager.default.fileExists(atPath: temporary.path))
        #expect(fileRun.stderr.contains("interrupted"))

        let toStdout = try CLIProcess(["extract"])
        for _ in 0..<50 { toStdout.send(Array(Self.article.utf8)) }
        #expect(toStdout.wait(seconds: 30) { toStdout.stdoutSoFar.contains("\n") })
        kill(toStdout.process.processIdentifier, SIGINT)
        let stdoutRun = toStdout.finish()
        #expect(stdoutRun.status == 130)
        #expect(stdoutRun.stdout.hasSuffix("\n"))
        #expect(stdoutRun.records.count == stdoutRun.stdout.split(separator: "\n").count)
    }

    @Test("a closed pipe while streaming standard input ends the run at once with status 0")
    func brokenPipeOnStream() throws {
        let dir = try EncodingFixtures.temporaryDirectory("pipe")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.txt")
        try write(Array(String(repeating: "营收增长5%。\n\n", count: 200_000).utf8), to: path)
        let run = try CLIRun.run([], shell: "FACTPIPE extract --quiet < '\(path.path)' | head -1; FACTPIPE extract --quiet '\(path.path)' | head -1")
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stderr.isEmpty)
    }
}
