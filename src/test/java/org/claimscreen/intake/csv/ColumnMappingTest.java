package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The mapping as a model, built without a file (the file's refusals, with file and line, are
 * config.ColumnMappingFileTest's): its checks, and what it tells the readers.
 */
class ColumnMappingTest {

    @Test
    void aMappingOfOnlyADelimiterReadsCanonicalColumns() {
        // when
        ColumnMapping mapping = new ColumnMapping("m.yaml", ';', null, Map.of(), List.of());

        // then
        assertThat(mapping.delimiter()).isEqualTo(';');
        assertThat(mapping.needsRoster()).isFalse();
        assertThat(mapping.identifyingHeaders()).containsExactly("claim_id", "procedure_code");
        assertThat(mapping.shortName()).isEqualTo("the mapping m.yaml");
    }

    @Test
    void identifiesFilesByTheHeadersOfClaimIdAndProcedureCode() {
        // given
        Map<String, ColumnMapping.Source> sources = new LinkedHashMap<>();
        sources.put("claim_id", new ColumnMapping.Headers(List.of("CLM_ID")));
        sources.put("procedure_code", new ColumnMapping.Headers(List.of("HCPCS_CD")));
        sources.put("rendering_taxonomy", ColumnMapping.FromRoster.of(" Rendering_NPI "));
        sources.put("payer_type", new ColumnMapping.Constant("ORIGINAL_MEDICARE"));

        // when
        ColumnMapping mapping = new ColumnMapping("jobs/mappings/rif.yaml", '|', "dd-MMM-yyyy", sources,
                List.of(new ColumnMapping.ScreenOnly("DML_IND", List.of("INSERT", "UPDATE"))));

        // then
        assertThat(mapping.identifyingHeaders()).containsExactly("clm_id", "hcpcs_cd");
        assertThat(mapping.needsRoster()).isTrue();
        assertThat(mapping.dateFormat()).isNotNull();
        assertThat(mapping.fileName()).isEqualTo("rif.yaml");
        assertThat(mapping.screenOnly()).containsOnlyKeys("dml_ind");
    }

    @Test
    void theChecksSayWhatIsWrong() {
        assertThat(ColumnMapping.canonicalColumn(" Claim_ID ")).isEqualTo("claim_id");
        assertThatThrownBy(() -> ColumnMapping.canonicalColumn("procedur_code"))
                .hasMessage("unknown canonical column (did you mean procedure_code?)");
        assertThat(ColumnMapping.delimiter("tab")).isEqualTo('\t');
        assertThat(ColumnMapping.delimiter("\\t")).isEqualTo('\t');
        assertThatThrownBy(() -> ColumnMapping.delimiter("x")).hasMessageContaining("cannot be a delimiter");
        assertThatThrownBy(() -> ColumnMapping.checkDatePattern("MM-yyyy")).hasMessageContaining("does not name a whole date");
        assertThatThrownBy(() -> ColumnMapping.checkConstant("line_number", "1")).hasMessageContaining("cannot be a constant");
        assertThatThrownBy(() -> ColumnMapping.checkConstant("place_of_service", "office"))
                .hasMessage("'office' is not a two-digit place-of-service code");
        assertThatThrownBy(() -> ColumnMapping.FromRoster.of("member_id")).hasMessageContaining("is not an NPI column");
    }

    @Test
    void theConstructorRefusesWhatTheChecksRefuse() {
        assertThatThrownBy(() -> new ColumnMapping("m.yaml", 'x', null, Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnMapping("m.yaml", ',', "HH:mm", Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnMapping("m.yaml", ',', null,
                Map.of("claim_id", new ColumnMapping.Constant("C1")), List.of()))
                .hasMessageContaining("cannot be a constant");
        assertThatThrownBy(() -> new ColumnMapping("m.yaml", ',', null,
                Map.of("rendering_npi", new ColumnMapping.FromRoster("billing_npi")), List.of()))
                .hasMessageContaining("from-roster serves rendering_taxonomy only");
        assertThatThrownBy(() -> new ColumnMapping("m.yaml", ',', null, Map.of(), List.of(
                new ColumnMapping.ScreenOnly("DML_IND", List.of("INSERT")),
                new ColumnMapping.ScreenOnly("dml_ind", List.of("UPDATE")))))
                .hasMessageContaining("twice");
    }
}
