package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.rules.NcciEdit;
import org.junit.jupiter.api.Test;

/** CMS's tab-delimited Practitioner PTP file, read from a small fixture in its layout. */
class CmsPtpFileTest {

    private static final Predicate<String> PACK_CODES = RulePackFile.careAbout(BuiltinPack.data().codes());

    private static final String HEADER = "Column 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\t"
            + "Deletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n";

    @Test
    void findsTheHeaderAfterTheCopyrightAndTitleLines() {
        List<NcciEdit> edits = fixture(code -> true);

        assertThat(edits).hasSize(11);
        assertThat(edits.get(0)).isEqualTo(new NcciEdit(code("0001A"), code("0591T"), 0, LocalDate.of(2021, 1, 1), null));
    }

    @Test
    void keepsOnlyEditsTouchingThePacksCodes() {
        List<NcciEdit> edits = fixture(PACK_CODES);

        assertThat(edits).extracting(e -> e.column1() + "/" + e.column2()).containsExactly("97140/97530",
                "97161/97140", "97161/97530", "97530/97164", "98940/97140", "98940/97012", "98941/97124",
                "29581/97140");
    }

    @Test
    void readsAStarDeletionDateAsStillInForce() {
        NcciEdit edit = fixture(PACK_CODES).get(0);

        assertThat(edit.deleted()).isNull();
        assertThat(edit.inForceOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void readsADeletionDateAsTheDayTheEditStops() {
        NcciEdit deleted = fixture(PACK_CODES).get(2);

        assertThat(deleted.deleted()).isEqualTo(LocalDate.of(2020, 1, 24));
        assertThat(deleted.modifierIndicator()).isZero();
        assertThat(deleted.inForceOn(LocalDate.of(2020, 1, 23))).isTrue();
        assertThat(deleted.inForceOn(LocalDate.of(2020, 1, 24))).isFalse();
    }

    @Test
    void readsTheModifierIndicator() {
        assertThat(fixture(PACK_CODES)).extracting(NcciEdit::modifierIndicator).containsExactly(1, 1, 0, 9, 1, 1, 1, 1);
    }

    @Test
    void findsColumnsByHeaderNameWhereverTheyStand() {
        String file = "title\nModifier\tColumn 2\tColumn 1\tDeletion Date\tEffective Date\n1\t97530\t97140\t*\t20200101\n";

        List<NcciEdit> edits = CmsPtpFile.read("moved.txt", new StringReader(file), PACK_CODES);

        assertThat(edits).containsExactly(new NcciEdit(code("97140"), code("97530"), 1, LocalDate.of(2020, 1, 1), null));
    }

    @Test
    void refusesAFileWithoutHeader() {
        assertThatThrownBy(() -> CmsPtpFile.read("x.txt", new StringReader("97140\t97530\t\t20200101\t*\t1\n"), PACK_CODES))
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("x.txt: no header row with 'Column 1' and 'Column 2'");
    }

    @Test
    void refusesAHeaderWithoutModifierColumn() {
        assertThatThrownBy(() -> CmsPtpFile.read("x.txt", new StringReader("Column 1\tColumn 2\tEffective Date\tDeletion Date\n"),
                PACK_CODES))
                .isInstanceOf(RulePackException.class).hasMessage("x.txt line 1: the header row has no Modifier column");
    }

    @Test
    void refusesABadEffectiveDateOnAKeptRow() {
        String file = "title\n" + HEADER + "97140\t97530\t\t2020-01-01\t*\t1\tMutually exclusive\n";

        assertThatThrownBy(() -> CmsPtpFile.read("x.txt", new StringReader(file), PACK_CODES))
                .isInstanceOf(RulePackException.class)
                .hasMessage("x.txt line 3, Effective Date: '2020-01-01' is not a date (YYYYMMDD)");
    }

    @Test
    void refusesABadModifierIndicatorOnAKeptRow() {
        String file = HEADER + "97140\t97530\t\t20200101\t*\t2\tMutually exclusive\n";

        assertThatThrownBy(() -> CmsPtpFile.read("x.txt", new StringReader(file), PACK_CODES))
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("x.txt line 2, Modifier: '2' is not a modifier indicator");
    }

    @Test
    void passesOverABrokenRowAboutCodesThePackNeverScreens() {
        String file = HEADER + "36000\t36410\t*\tbroken\t*\t1\tMisuse\n";

        assertThat(CmsPtpFile.read("x.txt", new StringReader(file), PACK_CODES)).isEmpty();
    }

    private static List<NcciEdit> fixture(Predicate<String> careAbout) {
        return CmsPtpFile.read("ptp-sample.txt",
                new InputStreamReader(CmsPtpFileTest.class.getResourceAsStream("ptp-sample.txt"), CmsPtpFile.CHARSET),
                careAbout);
    }

    private static ProcedureCode code(String value) {
        return ProcedureCode.of(value);
    }
}
