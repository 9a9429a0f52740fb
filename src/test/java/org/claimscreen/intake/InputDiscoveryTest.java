package org.claimscreen.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.config.ColumnMappingFile;
import org.claimscreen.intake.csv.ColumnMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDiscoveryTest {

    private static final String CLAIM_HEADER = "claim_id,line_number,procedure_code\n";

    @TempDir
    Path dir;

    @Test
    void folderGivesItsClaimCsvFilesSortedByName() throws Exception {
        write("b.csv", CLAIM_HEADER);
        write("a.csv", CLAIM_HEADER);

        InputDiscovery.Discovered found = InputDiscovery.discover(List.of(dir));

        assertThat(found.claimFiles()).containsExactly(dir.resolve("a.csv"), dir.resolve("b.csv"));
        assertThat(found.notes()).isEmpty();
    }

    @Test
    void passesOverReferenceFilesAndReadmesSilently() throws Exception {
        write("claims.csv", CLAIM_HEADER);
        write("plans.csv", "plan_id\n");
        write("Providers.CSV", "npi\n");
        write("documentation.csv", "member_id\n");
        write("README.md", "about");

        InputDiscovery.Discovered found = InputDiscovery.discover(List.of(dir));

        assertThat(found.claimFiles()).containsExactly(dir.resolve("claims.csv"));
        assertThat(found.notes()).isEmpty();
    }

    @Test
    void skipsOtherFilesWithANote() throws Exception {
        write("claims.csv", CLAIM_HEADER);
        write("payments.csv", "check_number,amount\n");
        write("notes.txt", "x");

        InputDiscovery.Discovered found = InputDiscovery.discover(List.of(dir));

        assertThat(found.claimFiles()).containsExactly(dir.resolve("claims.csv"));
        assertThat(found.notes()).containsExactly(
                "skipped " + dir.resolve("notes.txt") + ": not a claim file",
                "skipped " + dir.resolve("payments.csv") + ": its header names neither claim_id nor procedure_code");
    }

    @Test
    void takesAClaimFileThatLacksOneIdentifyingColumnSoTheRunRefusesItAloud() throws Exception {
        // given: a claim export that lost its procedure_code column, and a table whose header only
        // holds the identifying names inside longer ones
        write("claims.csv", CLAIM_HEADER.replace(",procedure_code", ""));
        write("lines.csv", "claim_id_old,line_procedure_code\n");

        InputDiscovery.Discovered found = InputDiscovery.discover(List.of(dir));

        assertThat(found.claimFiles()).containsExactly(dir.resolve("claims.csv"));
        assertThat(found.notes()).containsExactly(
                "skipped " + dir.resolve("lines.csv") + ": its header names neither claim_id nor procedure_code");
    }

    @Test
    void withAMappingAFolderGivesTablesWithItsHeadersAlsoNamedTxt() throws Exception {
        ColumnMapping rif = ColumnMappingFile.read("rif.yaml", new StringReader("""
                delimiter: "|"
                columns: {claim_id: CLM_ID, procedure_code: HCPCS_CD}
                """));
        write("carrier.txt", "DML_IND|CLM_ID|HCPCS_CD\n");
        write("claims.csv", CLAIM_HEADER);
        write("beneficiaries.txt", "BENE_ID|BENE_BIRTH_DT\n");
        write("notes.md", "x");

        InputDiscovery.Discovered found = InputDiscovery.discover(List.of(dir), rif);

        assertThat(found.claimFiles()).containsExactly(dir.resolve("carrier.txt"));
        assertThat(found.notes()).containsExactly(
                "skipped " + dir.resolve("beneficiaries.txt") + ": its header names neither clm_id nor hcpcs_cd",
                "skipped " + dir.resolve("claims.csv") + ": its header names neither clm_id nor hcpcs_cd",
                "skipped " + dir.resolve("notes.md") + ": not a claim file");
    }

    @Test
    void folderGivesItsFhirFilesButNotOtherJson() throws Exception {
        write("a.ndjson", "{\"resourceType\":\"Claim\",\"id\":\"1\"}\n");
        write("b.xml", "<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"1\"/></Claim>");
        write("settings.json", "{\"theme\":\"dark\"}");

        InputDiscovery.Discovered found = InputDiscovery.discover(List.of(dir));

        assertThat(found.claimFiles()).containsExactly(dir.resolve("a.ndjson"), dir.resolve("b.xml"));
        assertThat(found.notes()).containsExactly(
                "skipped " + dir.resolve("settings.json") + ": not a FHIR resource (no resourceType)");
    }

    @Test
    void takesAFileNamedExplicitlyWhateverItsHeader() throws Exception {
        Path file = write("export.txt", "anything\n");

        assertThat(InputDiscovery.discover(List.of(file)).claimFiles()).containsExactly(file);
    }

    @Test
    void takesAFileNamedTwiceOnce() throws Exception {
        Path file = write("claims.csv", CLAIM_HEADER);

        assertThat(InputDiscovery.discover(List.of(file, dir)).claimFiles()).containsExactly(file);
    }

    @Test
    void refusesAMissingInput() {
        assertThatThrownBy(() -> InputDiscovery.discover(List.of(dir.resolve("nope"))))
                .isInstanceOf(InputDiscovery.InputProblem.class).hasMessage("no such file or folder: " + dir.resolve("nope"));
    }

    @Test
    void looksForReferenceFilesInTheFirstInputsFolder() throws Exception {
        Path file = write("claims.csv", CLAIM_HEADER);

        assertThat(InputDiscovery.referenceFolder(List.of(file))).isEqualTo(dir);
        assertThat(InputDiscovery.referenceFolder(List.of(dir))).isEqualTo(dir);
    }

    @Test
    void patternGivesTheMatchingFilesOfItsFolderEachTakenAsIfNamed() throws Exception {
        write("a.csv", CLAIM_HEADER);
        write("broken.csv", "claim,procedure\n"); // taken all the same: it fails visibly in the run
        write("b.json", "{}");
        write("plans.csv", "plan_id\n");
        write("README.csv", "about");
        write(".hidden.csv", CLAIM_HEADER);

        InputDiscovery.Discovered found = InputDiscovery.discover(List.of(dir.resolve("*.csv")));

        assertThat(found.claimFiles()).containsExactly(dir.resolve("a.csv"), dir.resolve("broken.csv"));
        assertThat(found.notes()).isEmpty();
    }

    @Test
    void patternsOfOneFolderGiveEachFileOnce() throws Exception {
        write("a.csv", CLAIM_HEADER);

        InputDiscovery.Discovered found = InputDiscovery.discover(List.of(dir.resolve("*.csv"), dir.resolve("a.*")));

        assertThat(found.claimFiles()).containsExactly(dir.resolve("a.csv"));
    }

    @Test
    void patternOfAFolderThatIsNotThereIsAProblem() {
        assertThatThrownBy(() -> InputDiscovery.discover(List.of(dir.resolve("gone/*.csv"))))
                .isInstanceOf(InputDiscovery.InputProblem.class)
                .hasMessage("no such folder: " + dir.resolve("gone"));
    }

    @Test
    void tellsAPatternFromAFileOfThatVeryName() throws Exception {
        write("odd[1].csv", CLAIM_HEADER);

        assertThat(InputDiscovery.isPattern(dir.resolve("*.csv"))).isTrue();
        assertThat(InputDiscovery.isPattern(dir.resolve("odd[1].csv"))).isFalse();
        assertThat(InputDiscovery.isPattern(dir.resolve("a.csv"))).isFalse();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
