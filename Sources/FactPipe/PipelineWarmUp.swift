/// What the first document would otherwise make, made ahead of it: a program that calls
/// ``prepare()`` on another thread while its lexicons load finds it ready.
///
/// - The Chinese dictionary that divides runs of Chinese characters (``HanWordDictionary``).
///   (ICU's break iterators are not opened: the fast paths give the boundaries of most texts,
///   and a ``Segmenter`` opens them for the first that they do not.)
/// - The recognisers' and the linker's largest tables of words and phrases, each some
///   hundreds of thousands of instructions to build at its first use.
///
/// ICU's own Chinese word-break engine is not warmed up: it builds its tables (about eight
/// million instructions, once per process) only when text that mixes Chinese characters with
/// others reaches it, which English text and many short texts never do.
public enum PipelineWarmUp {
    public static func prepare() {
        _ = HanWordDictionary()
        _ = DecimalText.layoutChecked
        _ = CandidateFilter.mayHoldQuantity([])
        _ = WordRoles.table
        _ = DateRecognizer.englishWords
        _ = DateRecognizer.hanOpeners
        _ = SubjectRules.englishAnaphorNounList
    }
}
