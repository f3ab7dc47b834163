import Foundation
import Testing

/// Runs the built `factpipe` binary, feeding stdin and collecting both outputs concurrently.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String

    static var binary: URL {
        // the test bundle sits in the build folder next to the executable
        var url = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent("factpipe")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return TestSupport.packageRoot.appendingPathComponent(".build/debug/factpipe")
    }

    static func run(_ arguments: [String], input: String = "", shell: String? = nil) throws -> CLIRun {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-o", "pipefail", "-c", shell.replacingOccurrences(of: "FACTPIPE", with: binary.path)]
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = TestSupport.packageRoot
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let outData = LockedData(), errData = LockedData()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outData.set(readToEnd(stdout.fileHandleForReading)) }
        DispatchQueue.global().async(group: group) { errData.set(readToEnd(stderr.fileHandleForReading)) }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus, stdout: String(decoding: outData.get(), as: UTF8.self),
                      stderr: String(decoding: errData.get(), as: UTF8.self))
    }

    /// What `handle` gives until its end, by plain reads of its descriptor. (Foundation's
    /// `readDataToEndOfFile` once stopped a test run asking for an allocation of 10^18 bytes.)
    private static func readToEnd(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if n > 0 { data.append(contentsOf: buffer[..<n]) } else if n < 0 && errno == EINTR { continue } else { return data }
        }
    }

    var records: [[String: Any]] {
        stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}

final class LockedData: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

@Suite("Command line", .serialized)
struct CLITests {
    @Test("stdin text: facts with exact values, spans on the original text, a summary on stderr")
    func standardInput() throws {
        let text = "Ａｎｔｈｒｏｐｉｃ估值约１８３０亿美元，增长３５％。\n\nRevenue rose to $7 billion."
        let run = try CLIRun.run(["extract"], input: text)
        #expect(run.status == 0)
        let records = run.records
        let scalars = Array(text.unicodeScalars)
        for record in records {
            let start = record["start"] as! Int, end = record["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
            #expect(record["doc"] as? String == "-")
        }
        #expect(records.map { $0["text"] as! String } == ["约１８３０亿美元", "３５％", "$7 billion"])
        #expect(run.stdout.contains("\"value\":183000000000,"))
        #expect(run.stderr.contains("1 documents read, 1 processed, 0 failed, 3 facts written"))
    }

    @Test("jsonl: the id becomes doc; a bad line is an error record, the run goes on, status 1")
    func jsonl() throws {
        let input = """
        {"id": "a", "text": "融资20亿美元"}
        not json
        {"id": 7, "text": "up 12.5 percent"}
        """
        let run = try CLIRun.run(["extract", "--input", "jsonl"], input: input)
        #expect(run.status == 1)
        let records = run.records
        #expect(records.count == 3)
        #expect(records[0]["doc"] as? String == "a")
        #expect(records[1]["type"] as? String == "error")
        #expect(records[1]["doc"] as? String == "-:2")
        #expect(records[2]["doc"] as? String == "7")
        #expect(run.stderr.contains("3 documents read, 2 processed, 1 failed, 2 facts written"))
    }

    @Test("folders are walked in path order; a missing path is an error record")
    func folders() throws {
        let run = try CLIRun.run(["extract", "--quiet", "Corpus/en", "no-such-file.txt"])
        #expect(run.status == 1)
        let docs = run.records.compactMap { $0["doc"] as? String }
        #expect(docs == docs.sorted() || docs.last == "no-such-file.txt")
        #expect(docs.first?.hasPrefix("Corpus/en/") == true)
        #expect(run.records.last?["type"] as? String == "error")
    }

    @Test("-j 2 writes the same bytes as -j 1; -j2 and --jobs 2 are -j 2")
    func parallelOrder() throws {
        let one = try CLIRun.run(["extract", "--quiet", "-j", "1", "Corpus"])
        let two = try CLIRun.run(["extract", "--quiet", "-j", "2", "Corpus"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        for spelling in [["-j2"], ["--jobs", "2"], ["--jobs=2"]] {
            let run = try CLIRun.run(["extract", "--quiet"] + spelling + ["Corpus"])
            #expect(run.status == 0 && run.stdout == two.stdout, "\(spelling)")
        }
        #expect(one.stdout.split(separator: "\n").count > 200)
    }

    @Test("a closed pipe ends the run quietly with status 0")
    func brokenPipe() throws {
        let run = try CLIRun.run([], shell: "FACTPIPE extract --quiet Corpus Corpus Corpus | head -1")
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 1)
        #expect(!run.stderr.contains("rror"))
    }

    @Test("usage errors exit 2; --output writes the file atomically")
    func usageAndOutput() throws {
        let bad = try CLIRun.run(["extract", "--date", "yesterday"])
        #expect(bad.status == 2)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factpipe-test-\(getpid()).jsonl").path
        let run = try CLIRun.run(["extract", "--quiet", "-o", path, "Corpus/zh"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.split(separator: "\n").count > 100)
        try? FileManager.default.removeItem(atPath: path)
    }

    @Test("every record of the corpus run is valid against the JSON Schema")
    func schema() throws {
        let run = try CLIRun.run([], shell: "FACTPIPE extract --quiet Corpus | python3 scripts/validate-records Schemas/fact-record.schema.json")
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("records valid"))
    }
}
