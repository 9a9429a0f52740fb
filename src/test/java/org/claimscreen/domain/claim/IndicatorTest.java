package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Y", "y", "yes", "TRUE", "1"})
    void readsYes(String text) {
        assertThat(Indicator.parse(text)).isEqualTo(Indicator.YES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N", "no", "false", "0"})
    void readsNo(String text) {
        assertThat(Indicator.parse(text)).isEqualTo(Indicator.NO);
    }

    @Test
    void readsBlankAsNotGivenRatherThanNo() {
        assertThat(Indicator.parse("  ")).isEqualTo(Indicator.NOT_GIVEN);
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> Indicator.parse("maybe")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void writesCanonicalCodes() {
        assertThat(Indicator.NOT_GIVEN.code()).isEmpty();
        assertThat(Indicator.YES.code()).isEqualTo("Y");
    }
}
