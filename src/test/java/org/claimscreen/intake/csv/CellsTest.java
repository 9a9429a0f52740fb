package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "85.", "85.5", "85.50", "999999999999.99", "000012.30", "$85", "1,234.56"})
    void readsPlainAmountsExactlyAsMoneyParseDoes(String text) {
        // when
        Money fast = Cells.money(text);

        // then
        assertThat(fast).isEqualTo(Money.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {".5", "1.234", "1..2", "1.2.3", "1234567890123", "-1", "1e3", "."})
    void refusesWhatMoneyParseRefuses(String text) {
        // when / then
        assertThatThrownBy(() -> Cells.money(text)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(InvalidValueException.class);
    }
}
