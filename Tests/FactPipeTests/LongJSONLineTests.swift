import Foundation
import Testing

/// A JSON Lines document longer than a file read whole is streamed as such a file is, its text
/// decoded from its line a piece at a time: memory stays near the line's own bytes, and it
/// runs on two threads with `-j 2`. Its records must be those of the same text read whole.
@Suite("Long JSON Lines documents", .serialized)
struct LongJSONLineTests {
    /// A line of `fields`, in the order given.
    static func line(_ fields: KeyValuePairs<String, String>) throws -> String {
        let parts = try fields.map { key, value in
            let json = try JSONSerialization.data(withJSONObject: [value], options: .fragmentsAllowed)
            return "\"\(key)\": " + String(decoding: json.dropFirst().dropLast(), as: UTF8.self)
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    @Test("long documents among short ones and a failed line: the records of the text read whole, on one worker and two")
    func sameAsReadWhole() throws {
        let articles = try DocumentMemoryReuseTests.corpusTexts().map { String(String.UnicodeScalarView($0.text)) }
        let all = articles.joined(separator: "\n\n")
        // (Chinese and English, and a `\u` escape past the first pieces)
        let long = Array(repeating: all, count: 1_100_000 / all.utf8.count + 1).joined(separator: "\n\n\u{2028}")
        let documents = [("a0", articles[0]), ("long1", long), ("a1", articles[1]), ("long2", String(long.reversed()).prefix(1_050_000) + "。"),
                         ("a2", articles[2])]
        #expect(long.utf8.count > 1 << 20)
        let dir = try EncodingFixtures.temporaryDirectory("long-jsonl")
        defer { try? FileManager.default.removeItem(at: dir) }
        // the common shape (other keys passed over) is streamed; with a key written with an escape,
        // the line goes to the JSON decoder and is read whole
        var plain = try documents.map { try Self.line(["id": $0.0, "url": "https://example.com/\($0.0)", "text": String($0.1)]) }
        var other = try documents.map { try Self.line(["id": $0.0, #"s\u006furce"#: "test", "text": String($0.1)]) }
        plain.insert("not json", at: 2)
        other.insert("not json", at: 2)
        let plainPath = dir.appendingPathComponent("plain.jsonl").path, otherPath = dir.appendingPathComponent("other.jsonl").path
        try (plain.joined(separator: "\n") + "\n").write(toFile: plainPath, atomically: true, encoding: .utf8)
        try (other.joined(separator: "\n") + "\n").write(toFile: otherPath, atomically: true, encoding: .utf8)
        let whole = try CLIRun.run(["extract", "-j", "1", "--input", "jsonl", otherPath])
        // (the failed line makes the status 1)
        #expect(whole.status == 1)
        var order: [String] = []
        for record in whole.records {
            let doc = record["doc"] as? String ?? ""
            if order.last != doc { order.append(doc) }
        }
        #expect(order == ["a0", "long1", otherPath + ":3", "a1", "long2", "a2"])
        for jobs in ["1", "2"] {
            let streamed = try CLIRun.run(["extract", "-j", jobs, "--input", "jsonl", plainPath])
            #expect(streamed.status == 1)
            #expect(streamed.stdout == whole.stdout.replacingOccurrences(of: otherPath, with: plainPath), "-j \(jobs)")
            // (the tally: documents read and failed, facts written)
            #expect(streamed.stderr.split(separator: "\n").last?.split(separator: " ").prefix(9)
                    == whole.stderr.split(separator: "\n").last?.split(separator: " ").prefix(9))
        }
    }

    @Test("a long line ill-formed deep into its text: an error record, and none of its facts")
    func illFormedDeepIn() throws {
        let articles = try DocumentMemoryReuseTests.corpusTexts().map { String(String.UnicodeScalarView($0.text)) }
        let all = articles.joined(separator: "\n\n")
        let long = Array(repeating: all, count: 1_100_000 / all.utf8.count + 1).joined(separator: "\n\n")
        var line = Array(try Self.line(["id": "long", "text": long]).utf8)
        line.insert(0xFF, at: line.count - 1000)
        let input = Array(try Self.line(["id": "a0", "text": articles[0]]).utf8) + [10] + line + [10]
            + Array(try Self.line(["id": "a1", "text": articles[1]]).utf8) + [10]
        for jobs in ["1", "2"] {
            let run = try CLIProcess.run(["extract", "-j", jobs, "--input", "jsonl"], input: input)
            let docs = run.records.map { $0["doc"] as? String ?? "" }
            #expect(docs.contains("a0") && docs.contains("a1"))
            #expect(!docs.contains("long"))
            #expect(run.records.contains { $0["doc"] as? String == "-:2" && $0["type"] as? String == "error" })
        }
    }
}
