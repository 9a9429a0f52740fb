package org.claimscreen.intake.fhir;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * How forgiving a parser is, as one named policy instead of handler set-up scattered over the
 * readers. Claims are read {@link #STRICT}: an unknown element or an invalid value means the
 * export is not what we think it is, and screening a half-understood claim would give findings
 * nobody can trust, so the resource is rejected with HAPI's message.
 */
public enum ParserPolicy {

    /** Unknown elements, invalid values and wrong cardinality of primitives fail the parse. */
    STRICT {
        @Override
        IParserErrorHandler errorHandler() {
            return new StrictErrorHandler();
        }
    },

    /** Problems are ignored (not even logged): for resources only looked at, never screened. */
    LENIENT {
        @Override
        IParserErrorHandler errorHandler() {
            return new LenientErrorHandler(false);
        }
    };

    abstract IParserErrorHandler errorHandler();

    /** A new JSON parser with this policy; parsers are not thread-safe, so one per use. */
    public IParser jsonParser() {
        return configure(Fhir.CONTEXT.newJsonParser());
    }

    /** A new XML parser with this policy; parsers are not thread-safe, so one per use. */
    public IParser xmlParser() {
        return configure(Fhir.CONTEXT.newXmlParser());
    }

    private IParser configure(IParser parser) {
        parser.setParserErrorHandler(errorHandler());
        // Keep Claim.id as written: a bundle's fullUrl must not overwrite the id the export gave.
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        return parser;
    }
}
