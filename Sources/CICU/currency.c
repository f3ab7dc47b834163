#include "CICU.h"

#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

int32_t fp_iso_currency_codes(char *buffer, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    UEnumeration *codes = ucurr_openISOCurrencies(UCURR_ALL, &error);
    if (U_FAILURE(error)) return -1;
    int32_t count = 0;
    int32_t length = 0;
    const char *code;
    while ((code = uenum_next(codes, &length, &error)) != NULL && U_SUCCESS(error)) {
        if (length != 3) continue;
        if ((count + 1) * 3 <= capacity) memcpy(buffer + count * 3, code, 3);
        count++;
    }
    uenum_close(codes);
    return U_FAILURE(error) ? -1 : count;
}
