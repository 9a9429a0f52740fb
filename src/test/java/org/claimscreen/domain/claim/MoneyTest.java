package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesDollarSignAndThousandsSeparator() {
        assertThat(Money.parse("$1,234.50")).isEqualTo(Money.ofCents(123_450));
    }

    @Test
    void parsesWholeDollars() {
        assertThat(Money.parse("85")).isEqualTo(Money.ofCents(8_500));
    }

    @Test
    void parsesOneDecimal() {
        assertThat(Money.parse("85.5")).isEqualTo(Money.ofCents(8_550));
    }

    @Test
    void refusesMoreThanTwoDecimals() {
        assertThatThrownBy(() -> Money.parse("1.234")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesNegativeAmount() {
        assertThatThrownBy(() -> Money.parse("-5")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesEmptyAmount() {
        assertThatThrownBy(() -> Money.parse(" ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void printsTwoDecimalsWithoutSymbol() {
        assertThat(Money.parse("$1,234.5")).hasToString("1234.50");
    }

    @Test
    void neverGoesBelowZeroWhenSubtracting() {
        assertThat(Money.of("10").minus(Money.of("25"))).isEqualTo(Money.ZERO);
    }

    @Test
    void roundsPercentHalfUpToTheCent() {
        assertThat(Money.of("10.05").percent(new BigDecimal("20"))).isEqualTo(Money.ofCents(201));
    }
}
