/// ICU's Chinese word-break dictionary, loaded ahead of the first document.
///
/// ICU loads the dictionary (and builds the tables of its dictionary engine) at the first
/// word break of Han text, some millions of instructions, once per process: a program that
/// calls ``prepare()`` on another thread while its lexicons load finds it ready. Breaks come
/// out the same either way. Runs of Chinese characters are divided with the same dictionary
/// outside ICU's iterator (``HanWordDictionary``), which opens it here too.
public enum WordBreakWarmUp {
    public static func prepare() {
        _ = HanWordDictionary()
        guard let words = try? BreakIterator(.word, locale: "zh") else { return }
        _ = words.boundaries(of: Array("中文分词".unicodeScalars)[...])
    }
}
