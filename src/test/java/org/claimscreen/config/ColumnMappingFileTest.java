package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimscreen.intake.csv.ColumnMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping file, read through YamlNode: what it accepts, and every refusal naming file, line, key and reason. */
class ColumnMappingFileTest {

    private static final Path SHIPPED = Path.of("jobs", "mappings");

    @TempDir
    Path dir;

    @Test
    void loadsTheShippedCmsRifCarrierMapping() throws ColumnMappingException {
        // when
        ColumnMapping rif = ColumnMappingFile.load(SHIPPED.resolve("cms-rif-carrier.yaml"));

        // then
        assertThat(rif.delimiter()).isEqualTo('|');
        assertThat(rif.datePattern()).isEqualTo("dd-MMM-yyyy");
        assertThat(rif.needsRoster()).isTrue();
        assertThat(rif.identifyingHeaders()).containsExactly("clm_id", "hcpcs_cd");
        assertThat(rif.sources().get("modifiers"))
                .isEqualTo(new ColumnMapping.Headers(List.of("HCPCS_1ST_MDFR_CD", "HCPCS_2ND_MDFR_CD")));
        assertThat(rif.sources().get("payer_type")).isEqualTo(new ColumnMapping.Constant("ORIGINAL_MEDICARE"));
        assertThat(rif.screenOnly().get("dml_ind").values()).containsExactly("INSERT", "UPDATE");
    }

    @Test
    void loadsTheShippedTuvaMedicalClaimMapping() throws ColumnMappingException {
        // when
        ColumnMapping tuva = ColumnMappingFile.load(SHIPPED.resolve("tuva-medical-claim.yaml"));

        // then
        assertThat(tuva.delimiter()).isEqualTo(',');
        assertThat(tuva.datePattern()).isNull();
        assertThat(tuva.identifyingHeaders()).containsExactly("claim_id", "hcpcs_code");
        assertThat(tuva.sources().get("rendering_taxonomy")).isEqualTo(new ColumnMapping.FromRoster("rendering_npi"));
        assertThat(tuva.screenOnly().get("claim_type").values()).containsExactly("professional");
        assertThat(((ColumnMapping.Headers) tuva.sources().get("diagnosis_codes")).names()).hasSize(25);
    }

    @Test
    void aMappingOfOnlyADelimiterReadsCanonicalColumnsFromAnotherDelimiter() throws ColumnMappingException {
        // when
        ColumnMapping mapping = read("delimiter: ';'\n");

        // then
        assertThat(mapping.delimiter()).isEqualTo(';');
        assertThat(mapping.sources()).isEmpty();
        assertThat(mapping.needsRoster()).isFalse();
        assertThat(mapping.identifyingHeaders()).containsExactly("claim_id", "procedure_code");
    }

    @Test
    void acceptsATabDelimiterWrittenThreeWays() throws ColumnMappingException {
        assertThat(read("delimiter: \"\\t\"\n").delimiter()).isEqualTo('\t');
        assertThat(read("delimiter: '\\t'\n").delimiter()).isEqualTo('\t');
        assertThat(read("delimiter: tab\n").delimiter()).isEqualTo('\t');
    }

    @Test
    void canonicalColumnNamesIgnoreCase() throws ColumnMappingException {
        // when
        ColumnMapping mapping = read("columns:\n  Claim_ID: CLM_ID\n");

        // then
        assertThat(mapping.sources()).containsKey("claim_id");
    }

    @Test
    void refusesYamlThatDoesNotParseNamingTheLine() {
        assertRefused("columns:\n  claim_id: [CLM_ID\n  line_number: LINE_NUM\n", 3, "", "not valid YAML");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused("", 0, "", "the file is empty");
    }

    @Test
    void refusesAFileThatIsNotAMapping() {
        assertRefused("- claim_id\n- CLM_ID\n", 1, "", "must be a mapping of the keys description, delimiter");
    }

    @Test
    void refusesAnUnknownKeySuggestingTheNearOne() {
        assertRefused("delimeter: '|'\n", 1, "delimeter", "unknown key (did you mean delimiter?); known: description,");
    }

    @Test
    void refusesAKeyGivenTwice() {
        assertRefused("delimiter: '|'\ndelimiter: ','\n", 2, "delimiter", "given twice");
    }

    @Test
    void refusesAnUnknownCanonicalColumnSuggestingTheNearOne() {
        assertRefused("columns:\n  procedur_code: HCPCS_CD\n", 2, "columns.procedur_code",
                "unknown canonical column (did you mean procedure_code?)");
    }

    @Test
    void refusesAnUnknownCanonicalColumnInConstants() {
        assertRefused("constants:\n  carrier: ORIGINAL_MEDICARE\n", 2, "constants.carrier",
                "unknown canonical column; the canonical columns (docs/claim-csv.md) are claim_id, line_number,");
    }

    @Test
    void refusesAColumnMappedTwiceInDifferentCase() {
        assertRefused("columns:\n  claim_id: A\n  CLAIM_ID: B\n", 3, "columns.CLAIM_ID", "given twice (as claim_id)");
    }

    @Test
    void refusesAConstantForAMappedColumn() {
        assertRefused("columns:\n  payer_type: PAYER\nconstants:\n  payer_type: ORIGINAL_MEDICARE\n", 4,
                "constants.payer_type",
                "payer_type is mapped in columns too (line 2): a column comes from the file or is a constant, not both");
    }

    @Test
    void refusesAConstantClaimIdOrLineNumber() {
        assertRefused("constants:\n  line_number: 1\n", 2, "constants.line_number",
                "line_number differs from line to line; it cannot be a constant");
    }

    @Test
    void refusesAConstantTheModelCannotRead() {
        assertRefused("constants:\n  payer_type: MEDICARE\n", 2, "constants.payer_type", "MEDICARE");
        assertRefused("constants:\n  rendering_taxonomy: 2251\n", 2, "constants.rendering_taxonomy",
                "is not a NUCC taxonomy code");
        assertRefused("constants:\n  billing_npi: 123\n", 2, "constants.billing_npi", "is not an NPI");
        assertRefused("constants:\n  place_of_service: office\n", 2, "constants.place_of_service",
                "'office' is not a two-digit place-of-service code");
        assertRefused("constants:\n  abn_on_file: maybe\n", 2, "constants.abn_on_file", "maybe");
    }

    @Test
    void refusesADatePatternWithAnUnknownLetter() {
        assertRefused("date-format: dd-bbb-yyyy\n", 1, "date-format",
                "'dd-bbb-yyyy' is not a date pattern (Unknown pattern letter: b); use java DateTimeFormatter letters");
    }

    @Test
    void refusesADatePatternThatNamesNoWholeDate() {
        assertRefused("date-format: MM-yyyy\n", 1, "date-format",
                "'MM-yyyy' does not name a whole date: it needs the year, month and day, e.g. yyyyMMdd");
        assertRefused("date-format: HH:mm\n", 1, "date-format", "does not name a whole date");
    }

    @Test
    void refusesADelimiterOfMoreThanOneCharacter() {
        assertRefused("delimiter: '||'\n", 1, "delimiter", "'||' is not a delimiter: give one character");
    }

    @Test
    void refusesADelimiterThatCannotSeparateCells() {
        assertRefused("delimiter: x\n", 1, "delimiter", "'x' cannot be a delimiter (not a letter, digit, quote or line break)");
        assertRefused("delimiter: '\"'\n", 1, "delimiter", "cannot be a delimiter");
        assertRefused("delimiter: ''\n", 1, "delimiter", "has no value");
    }

    @Test
    void refusesAColumnWithoutAHeader() {
        assertRefused("columns:\n  procedure_code:\n", 2, "columns.procedure_code", "has no value");
    }

    @Test
    void refusesAnEmptyOrRepeatingListOfHeaders() {
        assertRefused("columns:\n  modifiers: []\n", 2, "columns.modifiers", "the list of the file's headers is empty");
        assertRefused("columns:\n  modifiers: [M1, M1]\n", 2, "columns.modifiers[1]", "'M1' is listed twice");
    }

    @Test
    void refusesAListInsideAList() {
        assertRefused("columns:\n  modifiers: [M1, [M2]]\n", 2, "columns.modifiers[1]", "must be a single value, not a list");
    }

    @Test
    void refusesTheRosterForAnyColumnButTheRenderingTaxonomy() {
        assertRefused("columns:\n  rendering_npi: { from-roster: billing_npi }\n", 2, "columns.rendering_npi",
                "from-roster serves rendering_taxonomy only");
    }

    @Test
    void refusesARosterLookUpByAColumnThatIsNoNpi() {
        assertRefused("columns:\n  rendering_taxonomy: { from-roster: member_id }\n", 2,
                "columns.rendering_taxonomy.from-roster",
                "'member_id' is not an NPI column (one of rendering_npi, supervising_npi, referring_npi, billing_npi)");
    }

    @Test
    void refusesAnUnknownKeyBesideFromRoster() {
        assertRefused("columns:\n  rendering_taxonomy: { from-roster: rendering_npi, default: 225100000X }\n", 2,
                "columns.rendering_taxonomy.default", "unknown key; known: from-roster");
        assertRefused("columns:\n  rendering_taxonomy: {}\n", 2, "columns.rendering_taxonomy",
                "give from-roster: the NPI column whose roster taxonomy to take");
    }

    @Test
    void refusesScreenOnlyWithoutValues() {
        assertRefused("screen-only:\n  claim_type: []\n", 2, "screen-only.claim_type", "the list of values is empty");
        assertRefused("screen-only:\n  claim_type:\n", 2, "screen-only.claim_type", "has no value");
    }

    @Test
    void refusesSectionsThatAreNotMappings() {
        assertRefused("columns: [claim_id]\n", 1, "columns", "must be a mapping of canonical column: the file's header");
        assertRefused("constants: ORIGINAL_MEDICARE\n", 1, "constants", "must be a mapping of canonical column: value");
    }

    @Test
    void refusesAMissingFile() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> ColumnMappingFile.load(missing))
                .isInstanceOf(ColumnMappingException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void messagesNameTheFileAsGiven() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("rif.yaml"), "columns:\n  units: LINE_SRVC_CNT\n  unit: X\n");

        // then
        assertThatThrownBy(() -> ColumnMappingFile.load(file))
                .isInstanceOf(ColumnMappingException.class)
                .hasMessageStartingWith(file + " line 3, columns.unit: unknown canonical column (did you mean units?)");
    }

    private static ColumnMapping read(String yaml) throws ColumnMappingException {
        return ColumnMappingFile.read("m.yaml", new StringReader(yaml));
    }

    private static void assertRefused(String yaml, int line, String key, String reason) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(ColumnMappingException.class)
                .satisfies(e -> {
                    ColumnMappingException bad = (ColumnMappingException) e;
                    assertThat(bad.file()).isEqualTo("m.yaml");
                    assertThat(bad.line()).as(bad.getMessage()).isEqualTo(line);
                    assertThat(bad.key()).as(bad.getMessage()).isEqualTo(key);
                    assertThat(bad.reason()).as(bad.getMessage()).contains(reason);
                    assertThat(bad.getMessage()).doesNotContain("\n");
                });
    }
}
