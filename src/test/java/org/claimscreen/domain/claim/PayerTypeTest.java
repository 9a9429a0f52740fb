package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayerTypeTest {

    @ParameterizedTest
    @CsvSource({
        "MB, ORIGINAL_MEDICARE",
        "16, MEDICARE_ADVANTAGE",
        "MC, MEDICAID",
        "09, SELF_PAY",
        "12, COMMERCIAL",
        "BL, COMMERCIAL",
        "ZZ, OTHER"
    })
    void readsX12ClaimFilingIndicatorCode(String code, PayerType type) {
        assertThat(PayerType.parse(code)).isEqualTo(type);
    }

    @Test
    void readsCanonicalNameInAnyCase() {
        assertThat(PayerType.parse(" original_medicare ")).isEqualTo(PayerType.ORIGINAL_MEDICARE);
    }

    @Test
    void refusesTextThatIsNeitherNameNorCode() {
        assertThatThrownBy(() -> PayerType.parse("Medicare")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesEmptyPayerType() {
        assertThatThrownBy(() -> PayerType.parse("")).isInstanceOf(InvalidValueException.class);
    }
}
