package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModifierTest {

    @Test
    void upperCasesLetterModifier() {
        assertThat(Modifier.of(" gp ")).isEqualTo(new Modifier("GP"));
    }

    @Test
    void acceptsDigitModifier() {
        assertThat(Modifier.of("59").value()).isEqualTo("59");
    }

    @ParameterizedTest
    @ValueSource(strings = {"G", "GPX", "G-", ""})
    void refusesWhatIsNotTwoLettersOrDigits(String value) {
        assertThatThrownBy(() -> Modifier.of(value)).isInstanceOf(InvalidValueException.class);
    }
}
