package org.claimscreen.output;

import java.io.Writer;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.intake.AtomicFile;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * Jackson 3 streaming setup shared by the JSON writers: jackson-core only (no ObjectMapper, no
 * annotations on the report records), pretty-printed, amounts as plain decimals.
 */
final class ReportJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // the AtomicFile owns the writer; a generator closing it would be harmless but surprising
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // 1234.50, never 1.2345E+3
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /** Compact values, one a line: NDJSON, which a reader can stream without holding the file. */
    private static final ObjectWriteContext ONE_A_LINE = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new MinimalPrettyPrinter("\n");
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private ReportJson() {
    }

    static JsonGenerator lineGenerator(Writer out) {
        return FACTORY.createGenerator(ONE_A_LINE, out);
    }

    static JsonGenerator prettyGenerator(Writer out) {
        return FACTORY.createGenerator(PRETTY, out);
    }

    /** An amount as a JSON number with two decimals ({@code 85.00}), or null. */
    static void writeAmount(JsonGenerator json, String name, Money money) {
        json.writeName(name);
        if (money == null) {
            json.writeNull();
        } else {
            json.writeNumber(money.toBigDecimal());
        }
    }

    static void writeString(JsonGenerator json, String name, Object value) {
        json.writeName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    static void writeNumber(JsonGenerator json, String name, Integer value) {
        json.writeName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.intValue());
        }
    }
}
