package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1558598797", "1245319599", "1003000126", "1114025228"})
    void acceptsCheckDigitOfValidNpis(String value) {
        assertThat(Npi.of(value).hasValidCheckDigit()).isTrue();
    }

    @Test
    void refusesCheckDigitOfCmsExampleWithLastDigitChanged() {
        assertThat(Npi.of("1234567890").hasValidCheckDigit()).isFalse();
    }

    @Test
    void keepsNpiWithWrongCheckDigitReadableSoRulesCanReportIt() {
        assertThat(Npi.of(" 1234567894 ").value()).isEqualTo("1234567894");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678931", "123456789A", "3234567893", ""})
    void refusesWhatIsNotTenDigitsStartingWithOneOrTwo(String value) {
        assertThatThrownBy(() -> Npi.of(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMissingNpi() {
        assertThatThrownBy(() -> Npi.of(null)).isInstanceOf(InvalidValueException.class);
    }
}
