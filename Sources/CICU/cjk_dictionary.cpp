// The division of a run of Chinese characters into words, as ICU's CJK dictionary engine
// makes it (CjkBreakEngine::divideUpDictionaryRange, word mode) for text it needs neither
// to normalise nor to treat as kana or Hangul: the same dictionary (ICU's cjdict, read
// through ICU's public UCharsTrie), the same costs, the same tie order. It skips what a
// general break iterator pays for on every call (UText, vectors, set lookups, the rules).
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

namespace {

// The dictionary's header (ICU's DictionaryData): offsets and the trie's type.
enum { kStringTrieOffset = 0, kTrieType = 4 };
enum { kTrieTypeMask = 7, kTrieTypeUChars = 1, kTransformMask = 0x7f000000 };

// The dictionary's file, kept open for the life of the process, as ICU keeps its own.
UDataMemory *dictionaryFile = NULL;

const char16_t *openDictionary() {
    UErrorCode error = U_ZERO_ERROR;
    // ICU names its Han dictionary in the break iterators' root bundle ("cjdict.dict")
    UResourceBundle *root = ures_open(U_ICUDATA_NAME "-brkitr", "", &error);
    UResourceBundle *dictionaries = ures_getByKey(root, "dictionaries", NULL, &error);
    int32_t length = 0;
    const UChar *file = ures_getStringByKey(dictionaries, "Hani", &length, &error);
    char name[64] = {0};
    if (U_SUCCESS(error) && length > 0 && length < (int32_t)sizeof(name)) u_UCharsToChars(file, name, length);
    ures_close(dictionaries);
    ures_close(root);
    if (U_FAILURE(error)) return NULL;
    char *dot = strrchr(name, '.');
    if (dot == NULL) return NULL;
    *dot = 0;
    UDataMemory *data = udata_open(U_ICUDATA_NAME "-brkitr", dot + 1, name, &error);
    if (U_FAILURE(error)) return NULL;
    const int32_t *indexes = (const int32_t *)udata_getMemory(data);
    // only a plain UChars trie (no transform of the text) is read this way
    if ((indexes[kTrieType] & kTrieTypeMask) != kTrieTypeUChars || (indexes[kTrieType] & kTransformMask) != 0) {
        udata_close(data);
        return NULL;
    }
    dictionaryFile = data;
    return (const char16_t *)((const uint8_t *)indexes + indexes[kStringTrieOffset]);
}

// The trie's first step from `unit`, looked up once per unit and table: the root branches
// to thousands of first characters, and its search is most of the cost of a division.
UStringTrieResult firstStep(icu::UCharsTrie &trie, int32_t unit, fp_cjk_first_step *steps) {
    uint32_t index = (uint32_t)unit - 0x3000;
    if (index >= FP_CJK_FIRST_STEPS) return trie.first(unit);
    fp_cjk_first_step *step = &steps[index];
    if (step->result == 0) {
        UStringTrieResult result = trie.first(unit);
        // (after no match the trie has no state: it is read no further)
        step->state = result == USTRINGTRIE_NO_MATCH ? 0 : trie.getState64();
        step->result = (int32_t)result + 1;
        return result;
    }
    UStringTrieResult result = (UStringTrieResult)(step->result - 1);
    if (result != USTRINGTRIE_NO_MATCH) trie.resetToState64(step->state);
    return result;
}

}  // namespace

extern "C" const void *fp_cjk_dictionary(void) {
    static const char16_t *const dictionary = openDictionary();
    return dictionary;
}

extern "C" int32_t fp_cjk_divide(const void *dictionary, const uint32_t *text, int32_t length,
                                 uint8_t *breaks, uint32_t *scratch, fp_cjk_first_step *firstSteps) {
    if (dictionary == NULL || length <= 0) return -1;
    // ICU's constants: the longest word tried, and the cost of a character no word starts with
    const int32_t maxWordSize = 20;
    const uint32_t maxSnlp = 255;
    uint32_t *best = scratch;                       // best cost of the first i characters
    int32_t *previous = (int32_t *)(scratch + length + 1);  // where the last word of that best starts
    best[0] = 0;
    for (int32_t i = 1; i <= length; i++) best[i] = UINT32_MAX;
    for (int32_t i = 0; i <= length; i++) previous[i] = -1;
    icu::UCharsTrie trie((const char16_t *)dictionary);
    for (int32_t i = 0; i < length; i++) {
        if (best[i] == UINT32_MAX) continue;
        bool singleFound = false;
        trie.reset();
        // every dictionary word starting at i, shortest first
        for (int32_t k = i; k < length; k++) {
            // (every code point is of the BMP: it is its own UTF-16 unit)
            int32_t unit = (int32_t)text[k];
            UStringTrieResult result = k == i ? firstStep(trie, unit, firstSteps) : trie.next(unit);
            int32_t matched = k + 1 - i;
            if (USTRINGTRIE_HAS_VALUE(result)) {
                if (matched == 1) singleFound = true;
                uint32_t cost = best[i] + (uint32_t)trie.getValue();
                if (cost < best[i + matched]) { best[i + matched] = cost; previous[i + matched] = i; }
                if (result == USTRINGTRIE_FINAL_VALUE) break;
            } else if (result == USTRINGTRIE_NO_MATCH) {
                break;
            }
            if (matched >= maxWordSize) break;
        }
        // a character that is no word of its own is one, at the highest cost (ICU adds it
        // after the dictionary's words, so it loses every tie)
        if (!singleFound) {
            uint32_t cost = best[i] + maxSnlp;
            if (cost < best[i + 1]) { best[i + 1] = cost; previous[i + 1] = i; }
        }
    }
    for (int32_t i = 0; i <= length; i++) breaks[i] = 0;
    for (int32_t i = length; i > 0; i = previous[i]) breaks[i] = 1;
    breaks[0] = 1;
    return 0;
}
