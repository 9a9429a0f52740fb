package org.claimscreen.intake.csv;

import org.claimscreen.intake.csv.SpreadsheetSafe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\r=1"})
    void prefixesTextThatASpreadsheetWouldRunAsAFormula(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"97124", "CLM-1001", "*******MK73", "Massage alone is not covered.", "a=b", " =1"})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(text);
    }

    @Test
    void keepsNullAndEmptyAsEmptyCells() {
        assertThat(SpreadsheetSafe.cell(null)).isNull();
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
    }
}
