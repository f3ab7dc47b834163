/// Recognises files that are not text by their first bytes (images, archives, executables,
/// documents), so that they are reported by name instead of being decoded as garbage.
public enum BinarySignature {
    /// Bytes needed to see every signature below.
    public static let headerLength = 16

    private static let signatures: [(offset: Int, bytes: [UInt8], name: String)] = [
        (0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        (0, [0xFF, 0xD8, 0xFF], "JPEG image"),
        (0, Array("GIF87a".utf8), "GIF image"),
        (0, Array("GIF89a".utf8), "GIF image"),
        (0, [0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        (0, [0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
        (0, Array("RIFF".utf8), "RIFF media (WebP, WAV, AVI)"),
        (0, Array("%PDF-".utf8), "PDF document"),
        (0, [0x50, 0x4B, 0x03, 0x04], "ZIP archive (or a document stored as one: docx, xlsx, epub)"),
        (0, [0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        (0, [0x1F, 0x8B], "gzip archive"),
        (0, [0x42, 0x5A, 0x68], "bzip2 archive"),
        (0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        (0, [0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        (0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        (0, Array("Rar!".utf8) + [0x1A, 0x07], "RAR archive"),
        (0, [0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (0, [0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        (0, [0xCA, 0xFE, 0xBA, 0xBE], "Java class or Mach-O universal binary"),
        (0, [0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
        (0, Array("SQLite format 3".utf8) + [0], "SQLite database"),
        (0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE document (doc, xls, ppt)"),
        (0, Array("OggS".utf8), "Ogg media"),
        (0, Array("fLaC".utf8), "FLAC audio"),
        (0, Array("ID3".utf8), "MP3 audio"),
        (4, Array("ftyp".utf8), "MP4/QuickTime media"),
        (0, Array("!<arch>\n".utf8), "ar archive"),
    ]

    /// What kind of binary file `header` starts, or nil when it may be text.
    public static func name(of header: some Collection<UInt8>) -> String? {
        let head = Array(header.prefix(headerLength))
        for signature in signatures {
            let end = signature.offset + signature.bytes.count
            guard head.count >= end, Array(head[signature.offset..<end]) == signature.bytes else { continue }
            if !confirmed(signature.name, head) { continue }
            return signature.name
        }
        return nil
    }

    /// Signatures made of letters need a second, non-text feature before they count.
    private static func confirmed(_ name: String, _ head: [UInt8]) -> Bool {
        switch name {
        case "bzip2 archive": head.count >= 6 && head[3] >= 0x31 && head[3] <= 0x39 && head[4] == 0x31 && head[5] == 0x41
        case "MP3 audio": head.count >= 5 && head[3] < 0x10 && head[4] < 0x10
        case "RIFF media (WebP, WAV, AVI)", "MP4/QuickTime media": head.prefix(8).contains { $0 < 0x09 || $0 >= 0x80 }
        case "Ogg media", "FLAC audio": head.count >= 6 && head[4...].prefix(4).contains { $0 < 0x09 }
        default: true
        }
    }
}
