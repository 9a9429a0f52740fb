package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void quotesAShortValueWhole() {
        assertThat(Excerpt.quoted("97l24")).isEqualTo("'97l24'");
    }

    @Test
    void quotesTheStartOfAFiveMegabyteCellAndSaysHowLongItWas() {
        // given
        String cell = "X".repeat(5_000_000);

        // when
        String quoted = Excerpt.quoted(cell);

        // then
        assertThat(quoted).isEqualTo("'" + "X".repeat(Excerpt.LENGTH) + "…' (5,000,000 characters)");
    }

    @Test
    void makesNulBytesAndLineBreaksVisible() {
        assertThat(Excerpt.quoted("97\u000024\r\n")).isEqualTo("'97\\u000024\\r\\n'");
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        // given: an emoji (two chars) straddling the cut
        String value = "X".repeat(Excerpt.LENGTH - 1) + "\uD83D\uDE00" + "tail";

        // when
        String quoted = Excerpt.quoted(value);

        // then
        assertThat(quoted).startsWith("'" + "X".repeat(Excerpt.LENGTH - 1) + "…'");
    }

    @Test
    void capsTextToExactlyTheColumnSize() {
        assertThat(Excerpt.capped("a".repeat(2500), 2000)).hasSize(2000).endsWith("a…");
        assertThat(Excerpt.capped("short", 2000)).isEqualTo("short");
        assertThat(Excerpt.capped(null, 10)).isNull();
    }

    @Test
    void findsControlCharacters() {
        assertThat(Excerpt.hasControlCharacters("WP-260701")).isFalse();
        assertThat(Excerpt.hasControlCharacters("WP-\u00002607")).isTrue();
        assertThat(Excerpt.hasControlCharacters("WP\t1")).isTrue();
    }
}
