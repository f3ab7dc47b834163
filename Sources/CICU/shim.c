#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

struct fp_breaker { UBreakIterator *iterator; };
struct fp_transliterator { UTransliterator *transliterator; };

fp_breaker *fp_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == FP_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    fp_breaker *breaker = malloc(sizeof(fp_breaker));
    if (!breaker) { ubrk_close(iterator); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    breaker->iterator = iterator;
    return breaker;
}

fp_breaker *fp_breaker_clone(const fp_breaker *breaker, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(breaker->iterator, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    fp_breaker *copy = malloc(sizeof(fp_breaker));
    if (!copy) { ubrk_close(iterator); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    copy->iterator = iterator;
    return copy;
}

void fp_breaker_close(fp_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t fp_breaker_boundaries(fp_breaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses, int32_t capacity,
                              int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
    *status = error;
    if (U_FAILURE(error)) return 0;
    int32_t count = 0;
    for (int32_t b = ubrk_next(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (count >= capacity) return -1;
        boundaries[count] = b;
        if (statuses) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

int32_t fp_nfkc(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity,
                int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&error);
    if (U_FAILURE(error)) { *status = error; return 0; }
    int32_t needed = unorm2_normalize(nfkc, (const UChar *)source, length, (UChar *)dest,
                                      capacity, &error);
    *status = error == U_BUFFER_OVERFLOW_ERROR ? 0 : error;
    return needed;
}

fp_transliterator *fp_transliterator_open(const char *id, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UChar wide[64];
    int32_t n = 0;
    for (; id[n] && n < 63; n++) wide[n] = (UChar)id[n];
    UTransliterator *t = utrans_openU(wide, n, UTRANS_FORWARD, NULL, 0, NULL, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    fp_transliterator *result = malloc(sizeof(fp_transliterator));
    if (!result) { utrans_close(t); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->transliterator = t;
    return result;
}

void fp_transliterator_close(fp_transliterator *transliterator) {
    if (!transliterator) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t fp_transliterate(fp_transliterator *transliterator, uint16_t *text, int32_t length,
                         int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->transliterator, (UChar *)text, &textLength, capacity,
                       0, &limit, &error);
    *status = error == U_BUFFER_OVERFLOW_ERROR ? 0 : error;
    return textLength;
}

int32_t fp_detect_charset(const char *bytes, int32_t length, char *name, int32_t nameCapacity,
                          int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&error);
    if (U_FAILURE(error)) { *status = error; return -1; }
    ucsdet_setText(detector, bytes, length, &error);
    const UCharsetMatch *match = ucsdet_detect(detector, &error);
    int32_t confidence = -1;
    if (U_SUCCESS(error) && match) {
        const char *found = ucsdet_getName(match, &error);
        confidence = ucsdet_getConfidence(match, &error);
        if (U_SUCCESS(error) && found) {
            strncpy(name, found, nameCapacity - 1);
            name[nameCapacity - 1] = 0;
        } else {
            confidence = -1;
        }
    }
    ucsdet_close(detector);
    *status = error;
    return confidence;
}

static void fp_count_replacement(const void *context, UConverterToUnicodeArgs *args,
                                 const char *codeUnits, int32_t length,
                                 UConverterCallbackReason reason, UErrorCode *error) {
    if (reason <= UCNV_IRREGULAR) (*(int32_t *)context)++;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, error);
}

int32_t fp_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *dest, int32_t capacity, int32_t *replaced,
                            int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) { *status = error; return 0; }
    *replaced = 0;
    ucnv_setToUCallBack(converter, fp_count_replacement, replaced, NULL, NULL, &error);
    int32_t needed = ucnv_toUChars(converter, (UChar *)dest, capacity, bytes, length, &error);
    ucnv_close(converter);
    *status = error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING ? 0 : error;
    return needed;
}

int32_t fp_spellout(int64_t value, const char *locale, const char *ruleSet,
                    uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &error);
    if (U_FAILURE(error)) { *status = error; return 0; }
    if (ruleSet) {
        UChar name[64];
        u_uastrncpy(name, ruleSet, 63);
        name[63] = 0;
        unum_setTextAttribute(format, UNUM_DEFAULT_RULESET, name, -1, &error);
    }
    int32_t needed = U_SUCCESS(error) ? unum_formatInt64(format, value, (UChar *)dest, capacity, NULL, &error) : 0;
    unum_close(format);
    *status = error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING ? 0 : error;
    return needed;
}

struct fp_converter { UConverter *converter; int32_t replaced; };

fp_converter *fp_converter_open(const char *charset, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    fp_converter *result = malloc(sizeof(fp_converter));
    if (!result) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->replaced = 0;
    result->converter = ucnv_open(charset, &error);
    if (U_SUCCESS(error)) {
        ucnv_setToUCallBack(result->converter, fp_count_replacement, &result->replaced, NULL, NULL, &error);
    }
    *status = error;
    if (U_FAILURE(error)) {
        if (result->converter) ucnv_close(result->converter);
        free(result);
        return NULL;
    }
    return result;
}

void fp_converter_close(fp_converter *converter) {
    if (!converter) return;
    ucnv_close(converter->converter);
    free(converter);
}

int32_t fp_converter_decode(fp_converter *converter, const char *bytes, int32_t length,
                            int32_t *consumed, uint16_t *dest, int32_t capacity, int32_t flush,
                            int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const char *source = bytes;
    UChar *target = (UChar *)dest;
    ucnv_toUnicode(converter->converter, &target, (UChar *)dest + capacity, &source, bytes + length,
                   NULL, flush != 0, &error);
    *consumed = (int32_t)(source - bytes);
    *status = error;
    return (int32_t)(target - (UChar *)dest);
}

int32_t fp_converter_replaced(const fp_converter *converter) { return converter->replaced; }

int32_t fp_sentence_break_class(int32_t c) { return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK); }

int32_t fp_sentence_break_exceptions(const char *locale, char *out, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    /* where ICU keeps its break-iterator data, as its filtered sentence iterator reads it */
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME "-brkitr", locale, &error);
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &error);
    UResourceBundle *strings = ures_getByKey(exceptions, "SentenceBreak", NULL, &error);
    int32_t needed = 0;
    if (U_SUCCESS(error)) {
        int32_t count = ures_getSize(strings);
        for (int32_t i = 0; i < count; i++) {
            UErrorCode stringError = U_ZERO_ERROR;
            int32_t length = 0;
            const UChar *string = ures_getStringByIndex(strings, i, &length, &stringError);
            if (U_FAILURE(stringError)) continue;
            int32_t bytes = 0;
            UErrorCode convertError = U_ZERO_ERROR;
            u_strToUTF8(NULL, 0, &bytes, string, length, &convertError);
            if (needed + bytes + 1 <= capacity) {
                convertError = U_ZERO_ERROR;
                u_strToUTF8(out + needed, capacity - needed, NULL, string, length, &convertError);
                out[needed + bytes] = 0;
            }
            needed += bytes + 1;
        }
    }
    ures_close(strings);
    ures_close(exceptions);
    ures_close(bundle);
    return needed;
}
