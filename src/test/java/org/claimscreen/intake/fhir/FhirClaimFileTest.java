package org.claimscreen.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.intake.Reject;
import org.claimscreen.intake.fhir.FhirClaimFile.Format;
import org.claimscreen.intake.fhir.FhirClaimFile.Result;
import org.claimscreen.testdata.ExternalData;
import org.hl7.fhir.r4.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file as a whole: formats, broken resources, NDJSON order and restart, XML safety. */
class FhirClaimFileTest {

    @TempDir
    Path dir;

    @Test
    void readsASingleJsonClaim() throws IOException {
        // given
        Path file = FhirClaims.write(dir, "claim.json", FhirClaims.json(FhirClaims.claim()));

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).singleElement().isInstanceOf(Result.Screenable.class);
        Result.Screenable claim = (Result.Screenable) results.get(0);
        assertThat(claim.location()).isEqualTo("resource");
        assertThat(FhirSampleData.asRows(claim.claim())).extracting(row -> row.line().sourceLine()).containsExactly(1L, 1L);
        assertThat(FhirSampleData.asRows(claim.claim())).extracting(ClaimRow::sourceFile).containsOnly("claim.json");
    }

    @Test
    void readsTheSameClaimFromXml() throws IOException {
        // given
        Path json = FhirClaims.write(dir, "claim.json", FhirClaims.json(FhirClaims.claim()));
        Path xml = FhirClaims.write(dir, "claim.xml", FhirClaims.xml(FhirClaims.claim()));

        // when
        List<ClaimRow> fromJson = FhirSampleData.asRows(((Result.Screenable) readAll(json).get(0)).claim());
        List<ClaimRow> fromXml = FhirSampleData.asRows(((Result.Screenable) readAll(xml).get(0)).claim());

        // then
        assertThat(fromXml.stream().map(FhirSampleData::withoutSource).toList())
                .isEqualTo(fromJson.stream().map(FhirSampleData::withoutSource).toList());
    }

    @Test
    void sniffsTheFormatWhenTheExtensionSaysNothing() throws IOException {
        // given
        String json = FhirClaims.json(FhirClaims.claim());
        Path single = FhirClaims.write(dir, "claim.txt", "\n  " + json);
        Path xml = FhirClaims.write(dir, "claim.dat", FhirClaims.xml(FhirClaims.claim()));
        Path ndjson = FhirClaims.write(dir, "claims.export", json + "\n" + json + "\n");
        Path pretty = FhirClaims.write(dir, "pretty.out",
                ParserPolicy.STRICT.jsonParser().setPrettyPrint(true).encodeResourceToString(FhirClaims.claim()));

        // when / then
        assertThat(formatOf(single)).isEqualTo(Format.JSON);
        assertThat(formatOf(xml)).isEqualTo(Format.XML);
        assertThat(formatOf(ndjson)).isEqualTo(Format.NDJSON);
        assertThat(formatOf(pretty)).isEqualTo(Format.JSON);
        assertThat(readAll(ndjson)).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(Result.Screenable.class));
    }

    @Test
    void aJsonFileHoldingNdjsonIsReadLineByLineNotCutAfterTheFirstClaim() throws IOException {
        // given
        String json = FhirClaims.json(FhirClaims.claim());
        Path file = FhirClaims.write(dir, "claims.json", json + "\n" + json + "\n" + json + "\n");

        // when / then
        assertThat(formatOf(file)).isEqualTo(Format.NDJSON);
        assertThat(readAll(file)).hasSize(3);
    }

    @Test
    void trailingContentAfterASingleResourceIsRejectedNotIgnored() throws IOException {
        // given
        String pretty = ParserPolicy.STRICT.jsonParser().setPrettyPrint(true).encodeResourceToString(FhirClaims.claim());
        Path file = FhirClaims.write(dir, "claim.json", pretty + "\n{\"resourceType\":\"Claim\"}");

        // when / then
        assertThat(onlyReject(readAll(file)).file()).isEqualTo("claim.json");
    }

    @Test
    void aBundleOnAnNdjsonLineIsNotScreenedWithTheReason() throws IOException {
        // given
        Path file = FhirClaims.write(dir, "b.ndjson", "{\"resourceType\":\"Bundle\",\"id\":\"b1\",\"type\":\"collection\"}\n");

        // when
        Result result = readAll(file).get(0);

        // then
        assertThat(((Result.NotScreened) result).reason()).contains("one resource per line");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        // given
        Path file = FhirClaims.write(dir, "empty.ndjson", "\n  \n");

        // when / then
        assertThatThrownBy(() -> FhirClaimFile.open(file)).isInstanceOf(FhirFileException.class)
                .hasMessageContaining("empty.ndjson").hasMessageContaining("the file is empty");
    }

    @Test
    void refusesAnEmptyJsonFile() throws IOException {
        Path file = FhirClaims.write(dir, "empty.json", "");
        assertThatThrownBy(() -> FhirClaimFile.open(file)).isInstanceOf(FhirFileException.class)
                .hasMessageContaining("the file is empty");
    }

    @Test
    void refusesTextThatIsNeitherJsonNorXml() throws IOException {
        Path file = FhirClaims.write(dir, "claims.dat", "claim_id,line_number\n");
        assertThatThrownBy(() -> FhirClaimFile.open(file)).isInstanceOf(FhirFileException.class)
                .hasMessageContaining("neither FHIR JSON nor FHIR XML");
    }

    @Test
    void rejectsMalformedJsonWithHapisMessage() throws IOException {
        // given
        Path file = FhirClaims.write(dir, "broken.json", "{\"resourceType\": \"Claim\", \"id\": ");

        // when
        List<Result> results = readAll(file);

        // then
        Reject reject = onlyReject(results);
        assertThat(reject.file()).isEqualTo("broken.json");
        assertThat(reject.reason()).contains("HAPI-");
        assertThat(results.get(0).location()).isEqualTo("resource");
    }

    @Test
    void rejectsMalformedXml() throws IOException {
        // given
        Path file = FhirClaims.write(dir, "broken.xml", "<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"1\"/>");

        // when
        Reject reject = onlyReject(readAll(file));

        // then
        assertThat(reject.reason()).contains("HAPI-");
    }

    @Test
    void rejectsAnUnknownElementUnderTheStrictPolicy() throws IOException {
        // given
        String json = FhirClaims.json(FhirClaims.claim()).replaceFirst("\\{", "{\"colour\":\"blue\",");
        Path file = FhirClaims.write(dir, "odd.json", json);

        // when
        Reject reject = onlyReject(readAll(file));

        // then
        assertThat(reject.reason()).contains("colour");
        assertThat(reject.claimId()).isEqualTo("C-1001");
    }

    @Test
    void ndjsonWithOneBrokenLineStillYieldsTheOthers() throws IOException {
        // given
        String good = FhirClaims.json(FhirClaims.claim());
        Path file = FhirClaims.write(dir, "claims.ndjson", good + "\n" + good + "\n\n{\"resourceType\":\"Claim\",\"id\":\n"
                + good + "\n");

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).hasSize(4);
        assertThat(results.get(2)).isInstanceOf(Result.Rejected.class);
        Reject reject = ((Result.Rejected) results.get(2)).reject();
        assertThat(reject.line()).isEqualTo(4);
        assertThat(results.get(2).location()).isEqualTo("line 4");
        assertThat(results.get(3)).isInstanceOf(Result.Screenable.class);
        assertThat(FhirSampleData.asRows(((Result.Screenable) results.get(3)).claim()).get(0).line().sourceLine()).isEqualTo(5);
    }

    @Test
    void ndjsonLinesOfOtherResourcesAreNotScreened() throws IOException {
        // given
        Path file = FhirClaims.write(dir, "eob.ndjson", "{\"resourceType\":\"ExplanationOfBenefit\",\"id\":\"e1\","
                + "\"meta\":{\"lastUpdated\":\"IGNORED_FIELD\"}}\n{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n");

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).containsExactly(
                new Result.NotScreened("e1", "an ExplanationOfBenefit is an adjudicated claim, not a claim to screen", "line 1"),
                new Result.NotScreened("p1", "a Patient is not a Claim; only Claim resources are screened", "line 2"));
    }

    @Test
    void parallelNdjsonKeepsFileOrderOverFiveThousandLines() throws IOException {
        // given
        Path file = numberedClaims(5_000);

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).hasSize(5_000);
        for (int i = 0; i < results.size(); i++) {
            assertThat(FhirSampleData.asRows(((Result.Screenable) results.get(i)).claim()).get(0).claimId()).isEqualTo("N-" + (i + 1));
        }
    }

    @Test
    void skipResourcesResumesAtTheNextLineWithoutParsingTheSkipped() throws IOException {
        // given
        Path file = numberedClaims(1_000);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(10, "this line is not JSON and is never parsed");
        Files.write(file, lines);

        // when
        List<Result> rest = new ArrayList<>();
        long read;
        try (FhirClaimFile reader = FhirClaimFile.open(file)) {
            reader.skipResources(700);
            read = reader.resourcesRead();
            assertThat(reader.currentLine()).isEqualTo(700);
            reader.forEachRemaining(rest::add);
        }

        // then
        assertThat(read).isEqualTo(700);
        assertThat(rest).hasSize(300);
        assertThat(rest).allSatisfy(result -> assertThat(result).isInstanceOf(Result.Screenable.class));
        assertThat(FhirSampleData.asRows(((Result.Screenable) rest.get(0)).claim()).get(0).claimId()).isEqualTo("N-701");
    }

    @Test
    void skipResourcesAfterReadingSomeContinuesInOrder() throws IOException {
        // given
        Path file = numberedClaims(2_000);

        // when
        List<String> ids = new ArrayList<>();
        try (FhirClaimFile reader = FhirClaimFile.open(file)) {
            ids.add(claimId(reader.next()));
            reader.skipResources(600); // part of the blocks already being parsed
            ids.add(claimId(reader.next()));
            reader.skipResources(5_000);
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.resourcesRead()).isEqualTo(2_000);
        }

        // then
        assertThat(ids).containsExactly("N-1", "N-602");
    }

    @Test
    void externalEntitiesInXmlAreNeverResolved() throws IOException {
        // given
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Claim [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"x1\"/><identifier><value value=\"&e;\"/></identifier>"
                + "</Claim>";
        Path file = FhirClaims.write(dir, "xxe.xml", xxe);

        // when
        List<Result> results = readAll(file);

        // then
        Reject reject = onlyReject(results);
        assertThat(reject.reason()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
        assertThat(results.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void hapisOwnXmlParserDoesNotResolveExternalEntitiesEither() throws IOException {
        // given: defence in depth, in case the DOCTYPE check above is ever bypassed
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Claim [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"x1\"/><identifier><value value=\"&e;\"/></identifier>"
                + "</Claim>";

        // when
        String outcome;
        try {
            Claim claim = ParserPolicy.LENIENT.xmlParser().parseResource(Claim.class, xxe);
            outcome = claim.getIdentifierFirstRep().getValue();
        } catch (RuntimeException e) {
            outcome = e.getMessage();
        }

        // then
        assertThat(String.valueOf(outcome)).doesNotContain("TOP-SECRET");
    }

    @Test
    void refusesStu3NdjsonAtOpenNamingTheVersion() throws IOException {
        // given
        String stu3 = Files.readString(ExternalData.DIR.resolve("fhir-non-r4-versions/STU3-3.0.1_Claim-860150.json"))
                .replaceAll("\\s*\\n\\s*", "");
        Path file = FhirClaims.write(dir, "old.ndjson", stu3 + "\n" + stu3 + "\n");

        // when / then
        assertThatThrownBy(() -> FhirClaimFile.open(file)).isInstanceOf(FhirFileException.class)
                .hasMessageContaining("old.ndjson").hasMessageContaining("STU3");
    }

    @Test
    void refusesDstu2XmlNamingTheVersion() throws IOException {
        // given: DSTU2 wrote Claim.type as a plain code and had Claim.coverage
        Path file = FhirClaims.write(dir, "old.xml", "<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"1\"/>"
                + "<type value=\"professional\"/><use value=\"complete\"/><coverage><sequence value=\"1\"/>"
                + "</coverage></Claim>");

        // when / then
        assertThatThrownBy(() -> FhirClaimFile.open(file)).isInstanceOf(FhirFileException.class)
                .hasMessageContaining("old.xml").hasMessageContaining("looks like FHIR DSTU2")
                .hasMessageContaining("Claim.type is a plain code");
    }

    @Test
    void theApplicationHasOneR4Context() {
        assertThat(Fhir.CONTEXT.getVersion().getVersion()).isEqualTo(ca.uhn.fhir.context.FhirVersionEnum.R4);
        assertThat(Fhir.CONTEXT).isSameAs(ca.uhn.fhir.context.FhirContext.forR4Cached());
    }

    @Test
    void aBundleEntryThatDoesNotParseIsRejectedWithItsIndex() throws IOException {
        // given
        String claim = FhirClaims.json(FhirClaims.claim());
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                + "{\"resource\":" + claim + "},"
                + "{\"resource\":" + claim.replaceFirst("\\{", "{\"bogus\":1,") + "}]}";
        Path file = FhirClaims.write(dir, "bundle.json", bundle);

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(Result.Screenable.class);
        Reject reject = ((Result.Rejected) results.get(1)).reject();
        assertThat(reject.column()).isEqualTo("entry[1]");
        assertThat(reject.line()).isEqualTo(2);
        assertThat(reject.reason()).contains("bogus");
        assertThat(results.get(1).location()).isEqualTo("entry[1]");
    }

    @Test
    void aBundleClaimWithAMissingFieldIsRejectedAtItsEntry() throws IOException {
        // given
        Claim claim = FhirClaims.claim();
        claim.getItem().get(1).setNet(null);
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\",\"id\":\"p\"}},{\"resource\":" + FhirClaims.json(claim) + "}]}";
        Path file = FhirClaims.write(dir, "bundle.json", bundle);

        // when
        Result result = readAll(file).get(0);

        // then
        assertThat(result.location()).isEqualTo("entry[1]");
        Reject reject = ((Result.Rejected) result).reject();
        assertThat(reject.column()).isEqualTo("Claim.item[1].net");
        assertThat(reject.line()).isEqualTo(2);
    }

    private Path numberedClaims(int count) throws IOException {
        Claim claim = FhirClaims.claim();
        String template = FhirClaims.json(claim);
        StringWriter out = new StringWriter();
        for (int i = 1; i <= count; i++) {
            out.write(template.replace("\"value\":\"C-1001\"", "\"value\":\"N-" + i + "\""));
            out.write('\n');
        }
        return FhirClaims.write(dir, "many.ndjson", out.toString());
    }

    private static String claimId(Result result) {
        return FhirSampleData.asRows(((Result.Screenable) result).claim()).get(0).claimId();
    }

    private static Format formatOf(Path file) throws IOException {
        try (FhirClaimFile reader = FhirClaimFile.open(file)) {
            return reader.format();
        }
    }

    private static Reject onlyReject(List<Result> results) {
        assertThat(results).singleElement().isInstanceOf(Result.Rejected.class);
        return ((Result.Rejected) results.get(0)).reject();
    }

    static List<Result> readAll(Path file) throws IOException {
        return FhirSampleDataTest.readAll(file);
    }
}
