package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportedDateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void isMissingOnlyWhenTheSourceHasTheFieldAndLeftItEmpty() {
        assertThat(ReportedDate.LEFT_EMPTY.isMissing()).isTrue();
        assertThat(ReportedDate.NOT_CARRIED.isMissing()).isFalse();
        assertThat(ReportedDate.of(DAY).isMissing()).isFalse();
    }

    @Test
    void ofNullIsLeftEmpty() {
        assertThat(ReportedDate.of(null)).isEqualTo(ReportedDate.LEFT_EMPTY);
    }

    @Test
    void refusesADateFromASourceWithoutTheField() {
        assertThatThrownBy(() -> new ReportedDate(DAY, false)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aDateGivenOnOneRowFillsTheOthers() {
        assertThat(ReportedDate.LEFT_EMPTY.with(ReportedDate.of(DAY))).isEqualTo(ReportedDate.of(DAY));
        assertThat(ReportedDate.of(DAY).with(ReportedDate.LEFT_EMPTY)).isEqualTo(ReportedDate.of(DAY));
        assertThat(ReportedDate.NOT_CARRIED.with(ReportedDate.LEFT_EMPTY)).isEqualTo(ReportedDate.LEFT_EMPTY);
        assertThat(ReportedDate.NOT_CARRIED.with(ReportedDate.NOT_CARRIED)).isEqualTo(ReportedDate.NOT_CARRIED);
    }

    @Test
    void twoDifferentDatesDisagree() {
        assertThatThrownBy(() -> ReportedDate.of(DAY).with(ReportedDate.of(DAY.plusDays(1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2026-11-02 and 2026-11-03");
    }
}
