package org.claimscreen.intake.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimscreen.intake.Reject;
import org.junit.jupiter.api.Test;

/** Bad input rejects the claim or transaction it breaks, with file, segment number, segment id and reason; the rest is read. */
class X12RejectsTest {

    @Test
    void aWrongSe01RejectsEveryClaimOfItsTransactionAndTheNextTransactionIsRead() throws Exception {
        // when
        X12Files.Read read = X12Files.read(X12Files.file("se-count.837"));

        // then
        assertThat(read.rejects()).extracting(Reject::claimId).containsExactly("C1001", "C1002", "C2001");
        assertThat(read.rejects()).allSatisfy(reject -> {
            assertThat(reject.file()).isEqualTo("se-count.837");
            assertThat(reject.column()).isEqualTo("SE");
            assertThat(reject.reason()).contains("transaction 0001", "segment 48 SE", "SE01 '99' does not match");
        });
        assertThat(read.claimIds()).containsExactly("C3002");
    }

    @Test
    void aSegmentThatCannotBeReadEndsTheFileAndRejectsTheTransactionItIsIn() throws Exception {
        // when
        X12Files.Read read = X12Files.read(X12Files.file("bad-segment.837"));

        // then the first transaction was screened, the second one's claim before the break is rejected
        assertThat(read.claimIds()).containsExactly("C1001", "C1002", "C2001");
        assertThat(read.rejects()).hasSize(2);
        Reject claim = read.rejects().get(0);
        assertThat(claim.claimId()).isEqualTo("C3001");
        assertThat(claim.reason()).contains("transaction 0002", "segment 70");
        Reject file = read.rejects().get(1);
        assertThat(file.line()).isEqualTo(70);
        assertThat(file.reason()).contains("cannot be read past segment 69", "the rest of the file is not read");
        // the claims read before the break are whole: the run must not reject them as a broken CSV's
        assertThat(read.restUnreadable()).containsExactly(false, false);
    }

    @Test
    void aBadFieldRejectsOnlyItsClaimNamingSegmentAndElement() throws Exception {
        // when
        X12Files.Read read = X12Files.read(X12Files.file("bad-fields.837"));

        // then
        assertThat(read.rejects()).extracting(Reject::claimId, Reject::line, Reject::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1002", 33L, "SV102"),
                        org.assertj.core.groups.Tuple.tuple("C2001", 40L, "NM109"));
        assertThat(read.rejects().get(0).reason()).contains("segment 33", "'9O.00' is not a dollar amount");
        assertThat(read.claimIds()).containsExactly("C1001", "C3002");
    }

    @Test
    void aSubscriberLevelNamingAnotherParentRejectsItsClaimsAtItsHl(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // given
        String text = java.nio.file.Files.readString(X12Files.file("good.837")).replace("HL*3*1*22*0~", "HL*3*9*22*0~");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("hl.837"), text);

        // when
        X12Files.Read read = X12Files.read(file);

        // then
        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.claimId()).isEqualTo("C2001");
            assertThat(reject.line()).isEqualTo(38);
            assertThat(reject.column()).isEqualTo("HL");
            assertThat(reject.reason()).contains("subscriber HL 3 names parent '9'");
        });
        assertThat(read.claimIds()).containsExactly("C1001", "C1002", "C3002");
    }

    @Test
    void aBirthDateThatIsNoDateIsNotQuotedInTheReject(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // given
        String text = java.nio.file.Files.readString(X12Files.file("good.837")).replace("DMG*D8*19500101*F", "DMG*D8*19501301*F");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("dmg.837"), text);

        // when
        X12Files.Read read = X12Files.read(file);

        // then
        assertThat(read.rejects()).extracting(Reject::claimId).containsExactly("C1001", "C1002");
        assertThat(read.rejects()).allSatisfy(reject -> assertThat(reject.reason()).contains("DMG02").doesNotContain("1950"));
    }

    @Test
    void aTransactionOfAnotherGuideIsReadButNotScreened(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // given: the second transaction declares the institutional guide
        String text = java.nio.file.Files.readString(X12Files.file("good.837"))
                .replace("ST*837*0002*005010X222A1~", "ST*837*0002*005010X223A2~");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("institutional.837"), text);

        // when
        X12Files.Read read = X12Files.read(file);

        // then
        assertThat(read.claimIds()).containsExactly("C1001", "C1002", "C2001");
        assertThat(read.unscreened()).extracting(org.claimscreen.intake.ClaimRecord.Unscreened::claimId)
                .containsExactly("C3001", "C3002");
        assertThat(read.unscreened()).allSatisfy(u -> assertThat(u.reason()).contains("005010X223A2", "005010X222"));
        assertThat(read.rejects()).isEmpty();
    }

    @Test
    void aFileCutOffInsideATransactionRejectsThatTransactionsClaims(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // given: the file ends after the second transaction's first claim
        String text = java.nio.file.Files.readString(X12Files.file("good.837"));
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("cut.837"),
                text.substring(0, text.indexOf("CLM*C3002")));

        // when
        X12Files.Read read = X12Files.read(file);

        // then
        assertThat(read.claimIds()).containsExactly("C1001", "C1002", "C2001");
        assertThat(read.rejects()).extracting(Reject::claimId).containsExactly("C3001", null);
        assertThat(read.rejects().get(0).reason()).contains("transaction 0002", "is broken");
    }

    @Test
    void anIsaWhoseDelimitersCannotBeFoundFailsTheFileWhenItIsOpened() {
        assertThatThrownBy(() -> new X12ClaimFormat().open(X12Files.file("bad-isa.837")))
                .isInstanceOf(X12FileException.class)
                .hasMessageContaining("bad-isa.837")
                .hasMessageContaining("delimiters are unknown");
    }

    @Test
    void aFileThatIsNoInterchangeFailsWhenItIsOpened(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // given
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("claims.837"), "claim_id,line_number\n");

        // then
        assertThatThrownBy(() -> new X12ClaimFormat().open(csv)).isInstanceOf(X12FileException.class)
                .hasMessageContaining("does not start with an ISA");
    }
}
