package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureCodeTest {

    @Test
    void readsCptCode() {
        assertThat(ProcedureCode.of("97124").value()).isEqualTo("97124");
    }

    @Test
    void upperCasesAndStripsHcpcsCode() {
        assertThat(ProcedureCode.of(" g0283 ")).isEqualTo(new ProcedureCode("G0283"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9712", "971240", "97-24", ""})
    void refusesWhatIsNotFiveLettersOrDigits(String value) {
        assertThatThrownBy(() -> ProcedureCode.of(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ordersCodesAsText() {
        assertThat(ProcedureCode.of("97110")).isLessThan(ProcedureCode.of("97124"));
    }
}
