package org.claimscreen.intake.fhir;

import javax.xml.stream.XMLInputFactory;

/**
 * The StAX factory for our own look at FHIR XML, with DTDs and external entities switched off:
 * FHIR XML never has a DOCTYPE (the spec forbids it), and a DOCTYPE in a claim file is either a
 * mistake or an attempt to read local files (XXE) through the parser.
 */
final class SafeXml {

    private SafeXml() {
    }

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** True when the text declares a DOCTYPE before its root element. */
    static boolean hasDoctype(String xml) {
        int root = firstElement(xml);
        int doctype = xml.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            doctype = xml.indexOf("<!doctype");
        }
        return doctype >= 0 && (root < 0 || doctype < root);
    }

    private static int firstElement(String xml) {
        for (int i = xml.indexOf('<'); i >= 0 && i + 1 < xml.length(); i = xml.indexOf('<', i + 1)) {
            char next = xml.charAt(i + 1);
            if (next != '?' && next != '!') {
                return i;
            }
        }
        return -1;
    }
}
