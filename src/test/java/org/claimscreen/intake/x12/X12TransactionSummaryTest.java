package org.claimscreen.intake.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.RecordRejectedException;
import org.claimscreen.intake.x12.X12Transaction.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 999-style summary the reader gives of each transaction (ST..SE) as it ends. */
class X12TransactionSummaryTest {

    @TempDir
    Path dir;

    @Test
    void acceptsATransactionWhoseClaimsAreAllRead() throws Exception {
        // when
        List<X12Transaction> transactions = transactionsOf(X12Files.file("good.837"));

        // then: the first holds three claims, the second a void (not screened) and a claim
        assertThat(transactions).hasSize(2);
        X12Transaction first = transactions.get(0);
        assertThat(first.file()).isEqualTo("good.837");
        assertThat(first.position()).isEqualTo(1);
        assertThat(List.of(first.isa13(), first.gs06(), first.st02(), first.st03()))
                .containsExactly("000000001", "1", "0001", "005010X222A1");
        assertThat(first.stSegment()).isEqualTo(3);
        assertThat(first.seSegment()).isEqualTo(48L);
        assertThat(List.of(first.claimsRead(), first.claimsAccepted(), first.claimsRejected(), first.claimsNotScreened()))
                .containsExactly(3L, 3L, 0L, 0L);
        assertThat(first.code()).isEqualTo(Code.A);
        assertThat(first.firstError()).isNull();
        X12Transaction second = transactions.get(1);
        assertThat(List.of(second.stSegment(), second.seSegment())).containsExactly(49L, 75L);
        assertThat(List.of(second.claimsRead(), second.claimsAccepted(), second.claimsNotScreened()))
                .containsExactly(2L, 1L, 1L);
        assertThat(second.code()).isEqualTo(Code.A);
    }

    @Test
    void acceptsWithErrorsATransactionWithARejectedClaim() throws Exception {
        // given: claim C1002's first line charges '9O.00'
        Path file = copy("good.837", "SV1*HC:97110:GP*90.00", "SV1*HC:97110:GP*9O.00");

        // when
        X12Transaction first = transactionsOf(file).get(0);

        // then
        assertThat(first.code()).isEqualTo(Code.E);
        assertThat(first.code().label()).isEqualTo("accepted with errors");
        assertThat(List.of(first.claimsRead(), first.claimsAccepted(), first.claimsRejected()))
                .containsExactly(3L, 2L, 1L);
        assertThat(first.errors()).isEmpty();
        assertThat(first.firstError()).contains("segment 33", "SV102");
    }

    @Test
    void rejectsATransactionWhoseSe01IsWrongAndAcceptsTheNext() throws Exception {
        // when
        List<X12Transaction> transactions = transactionsOf(X12Files.file("se-count.837"));

        // then
        X12Transaction first = transactions.get(0);
        assertThat(first.code()).isEqualTo(Code.R);
        assertThat(first.errors()).singleElement().asString().contains("segment 48 SE", "SE01 '99'");
        assertThat(List.of(first.claimsRead(), first.claimsRejected())).containsExactly(3L, 3L);
        assertThat(transactions.get(1).code()).isEqualTo(Code.A);
    }

    @Test
    void rejectsEveryTransactionOfAGroupWhoseGe01IsWrong() throws Exception {
        // given: the group says it holds three transactions; it holds two
        Path file = copy("good.837", "GE*2*1~", "GE*3*1~");

        // when
        List<X12Transaction> transactions = transactionsOf(file);

        // then
        assertThat(transactions).hasSize(2).allSatisfy(t -> {
            assertThat(t.code()).isEqualTo(Code.R);
            assertThat(t.errors()).singleElement().asString().contains("segment 76 GE");
            assertThat(t.claimsRejected()).isEqualTo(t.claimsRead());
        });
    }

    @Test
    void rejectsATransactionWhoseClaimsAreAllRejected() throws Exception {
        // given: the second transaction's two claims (its void made an original) both charge '4O.00'
        Path file = dir.resolve("all-rejected.837");
        Files.writeString(file, Files.readString(X12Files.file("good.837"))
                .replace("CLM*C3001*40.00***11:B:8", "CLM*C3001*40.00***11:B:1")
                .replace("SV1*HC:97124*40.00", "SV1*HC:97124*4O.00"));

        // when
        List<X12Transaction> transactions = transactionsOf(file);

        // then
        X12Transaction second = transactions.get(1);
        assertThat(List.of(second.claimsRead(), second.claimsAccepted(), second.claimsRejected()))
                .containsExactly(2L, 0L, 2L);
        assertThat(second.errors()).isEmpty();
        assertThat(second.code()).isEqualTo(Code.R);
        assertThat(transactions.get(0).code()).isEqualTo(Code.A);
    }

    @Test
    void rejectsTheTransactionASyntaxErrorEndsTheFileIn() throws Exception {
        // when
        List<X12Transaction> transactions = transactionsOf(X12Files.file("bad-segment.837"));

        // then: the first is whole, the second has no SE
        assertThat(transactions).extracting(X12Transaction::code).containsExactly(Code.A, Code.R);
        X12Transaction broken = transactions.get(1);
        assertThat(broken.seSegment()).isNull();
        assertThat(broken.firstError()).contains("segment 70");
    }

    private Path copy(String name, String from, String to) throws IOException {
        String text = Files.readString(X12Files.file(name));
        assertThat(text).contains(from);
        return Files.writeString(dir.resolve(name), text.replace(from, to));
    }

    private static List<X12Transaction> transactionsOf(Path file) throws IOException {
        List<X12Transaction> transactions = new ArrayList<>();
        try (ClaimReader reader = new X12ClaimFormat().open(file)) {
            reader.onTransaction(transactions::add);
            while (true) {
                try {
                    if (reader.next() == null) {
                        break;
                    }
                } catch (RecordRejectedException e) {
                    // counted in the summary
                }
            }
        }
        return transactions;
    }
}
