package org.claimscreen.intake.fhir;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tells FHIR DSTU2 and STU3 content from R4 by the signs those versions leave, so that a file
 * from an older server is refused with "this is STU3" instead of a strict-parser message about an
 * unknown element on every resource. HAPI's R4 parser cannot tell: it only sees unknown names.
 *
 * <p>The signs are element names and values that R4 dropped or renamed, checked against the
 * example files in {@code fhir-non-r4-versions/} and against every R4 example (none of which
 * shows any of them):
 * <ul>
 *   <li>DSTU2: {@code Claim.type} as a plain code (R4: CodeableConcept), {@code Claim.coverage},
 *       {@code Claim.target}, {@code Claim.diagnosis.diagnosis}, {@code Claim.ruleset}; resource
 *       types {@code Order}, {@code DiagnosticOrder}...</li>
 *   <li>STU3: {@code Claim/ExplanationOfBenefit.item.careTeamLinkId}, {@code diagnosisLinkId},
 *       {@code information} (R4: supportingInfo), {@code requester.agent}, {@code context} on
 *       clinical resources (R4: encounter), {@code Condition.assertedDate}, {@code clinicalStatus}
 *       as a plain code; resource types {@code ReferralRequest}, {@code ProcedureRequest}...</li>
 *   <li>DSTU2 or STU3: {@code Claim.use} {@code complete}/{@code proposed}/{@code exploratory}/
 *       {@code other} (R4: claim/preauthorization/predetermination), {@code Claim.organization}
 *       and {@code item.service} (R4: provider and productOrService).</li>
 *   <li>Declared: a {@code meta.profile} under a DSTU2/STU3 base, a {@code fhirVersion} value.</li>
 * </ul>
 */
final class VersionSigns {

    private static final String DSTU2 = "DSTU2 (1.0)";
    private static final String STU3 = "STU3 (3.0)";
    private static final String PRE_R4 = "DSTU2 or STU3";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("Order", DSTU2), Map.entry("OrderResponse", DSTU2), Map.entry("DiagnosticOrder", DSTU2),
            Map.entry("DeviceUseRequest", DSTU2),
            Map.entry("ReferralRequest", PRE_R4), Map.entry("ProcedureRequest", PRE_R4),
            Map.entry("ProcessRequest", PRE_R4), Map.entry("ProcessResponse", PRE_R4),
            Map.entry("EligibilityRequest", PRE_R4), Map.entry("EligibilityResponse", PRE_R4),
            Map.entry("DeviceComponent", STU3), Map.entry("BodySite", STU3));

    /** resource.path (no array indices) → version, with R4's word for it. */
    private static final Map<String, String[]> ELEMENTS = Map.ofEntries(
            sign("Claim.coverage", DSTU2, "R4: insurance"),
            sign("Claim.target", DSTU2, "R4: insurer"),
            sign("Claim.ruleset", DSTU2, "not in R4"),
            sign("Claim.originalRuleset", DSTU2, "not in R4"),
            sign("Claim.diagnosis.diagnosis", DSTU2, "R4: diagnosisCodeableConcept"),
            sign("Claim.organization", PRE_R4, "R4: provider"),
            sign("Claim.item.service", PRE_R4, "R4: productOrService"),
            sign("Claim.item.careTeamLinkId", STU3, "R4: careTeamSequence"),
            sign("Claim.item.diagnosisLinkId", STU3, "R4: diagnosisSequence"),
            sign("Claim.item.procedureLinkId", STU3, "R4: procedureSequence"),
            sign("Claim.item.informationLinkId", STU3, "R4: informationSequence"),
            sign("Claim.information", STU3, "R4: supportingInfo"),
            sign("Claim.employmentImpacted", STU3, "not in R4"),
            sign("Claim.hospitalization", STU3, "not in R4"),
            sign("ExplanationOfBenefit.organization", PRE_R4, "R4: provider"),
            sign("ExplanationOfBenefit.information", STU3, "R4: supportingInfo"),
            sign("ExplanationOfBenefit.item.service", PRE_R4, "R4: productOrService"),
            sign("ExplanationOfBenefit.item.careTeamLinkId", STU3, "R4: careTeamSequence"),
            sign("ExplanationOfBenefit.item.diagnosisLinkId", STU3, "R4: diagnosisSequence"),
            sign("Condition.context", STU3, "R4: encounter"),
            sign("Condition.assertedDate", STU3, "R4: an extension"),
            sign("Observation.context", STU3, "R4: encounter"),
            sign("DiagnosticReport.context", STU3, "R4: encounter"),
            sign("CarePlan.context", STU3, "R4: encounter"),
            sign("MedicationRequest.context", STU3, "R4: encounter"),
            sign("Procedure.context", STU3, "R4: encounter"));

    /** Elements that R4 made a CodeableConcept, so a plain code there is older content. */
    private static final Map<String, String> PLAIN_CODE = Map.of(
            "Claim.type", DSTU2,
            "Condition.clinicalStatus", PRE_R4,
            "Condition.verificationStatus", PRE_R4);

    private static final Set<String> OLD_USE = Set.of("complete", "proposed", "exploratory", "other");

    private final Set<String> versions = new LinkedHashSet<>();
    private final Set<String> evidence = new LinkedHashSet<>();

    private static Map.Entry<String, String[]> sign(String path, String version, String r4) {
        return Map.entry(path, new String[] {version, r4});
    }

    /** Null when nothing points away from R4, else a sentence naming the version and its signs. */
    static String ofJson(JsonNode root) {
        VersionSigns signs = new VersionSigns();
        signs.walk(root, null, "");
        return signs.verdict();
    }

    /**
     * Null when nothing points away from R4. The reader must be configured without DTD support
     * (see {@link SafeXml}); the walk stops at the first problem, leaving it to the parser.
     */
    static String ofXml(String xml) {
        VersionSigns signs = new VersionSigns();
        try {
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new StringReader(xml));
            try {
                signs.walkXml(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // malformed XML: the parser will say so for the resource
        }
        return signs.verdict();
    }

    private void walk(JsonNode node, String resourceType, String path) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                walk(item, resourceType, path);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("resourceType");
        if (type != null && type.isTextual()) {
            resourceType = type.asText();
            path = "";
            resourceType(resourceType);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.startsWith("_")) {
                continue;
            }
            String child = path.isEmpty() ? name : path + "." + name;
            JsonNode value = field.getValue();
            if (value.isValueNode()) {
                element(resourceType, child, value.asText());
            } else if (value.isArray() && !value.isEmpty() && value.get(0).isValueNode()) {
                for (JsonNode item : value) {
                    element(resourceType, child, item.asText());
                }
            } else {
                element(resourceType, child, null);
                walk(value, resourceType, child);
            }
        }
    }

    private void walkXml(XMLStreamReader reader) throws XMLStreamException {
        Deque<String[]> stack = new ArrayDeque<>(); // {resourceType, path}
        int skipDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (skipDepth > 0) {
                    skipDepth++;
                    continue;
                }
                String name = reader.getLocalName();
                if (!"http://hl7.org/fhir".equals(reader.getNamespaceURI())) {
                    skipDepth = 1; // narrative XHTML and foreign content
                    continue;
                }
                String[] parent = stack.peek();
                String[] frame;
                if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                    frame = new String[] {name, ""};
                    resourceType(name);
                } else {
                    String path = parent == null || parent[1].isEmpty() ? name : parent[1] + "." + name;
                    frame = new String[] {parent == null ? null : parent[0], path};
                    element(frame[0], path, reader.getAttributeValue(null, "value"));
                }
                stack.push(frame);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (skipDepth > 0) {
                    skipDepth--;
                } else {
                    stack.pop();
                }
            }
        }
    }

    private void resourceType(String type) {
        String version = TYPES.get(type);
        if (version != null) {
            note(version, "resource type " + type + " (not in R4)");
        }
    }

    /** @param value the primitive value, or null for a complex element */
    private void element(String resourceType, String path, String value) {
        if (resourceType == null) {
            return;
        }
        String key = resourceType + "." + path;
        String[] sign = ELEMENTS.get(key);
        if (sign != null) {
            note(sign[0], key + " (" + sign[1] + ")");
        }
        if (value == null) {
            return;
        }
        String plain = PLAIN_CODE.get(key);
        if (plain != null) {
            note(plain, key + " is a plain code '" + value + "' (R4: a CodeableConcept)");
        }
        if (key.equals("Claim.use") && OLD_USE.contains(value)) {
            note(PRE_R4, "Claim.use '" + value + "' (R4: claim, preauthorization or predetermination)");
        }
        if (path.equals("meta.profile")) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.contains("dstu2")) {
                note(DSTU2, "meta.profile " + value);
            } else if (lower.contains("stu3") || lower.contains("/3.0.")) {
                note(STU3, "meta.profile " + value);
            }
        }
        if (path.endsWith("fhirVersion")) {
            if (value.startsWith("1.0") || value.startsWith("0.")) {
                note(DSTU2, key + " " + value);
            } else if (value.startsWith("3.0")) {
                note(STU3, key + " " + value);
            } else if (value.startsWith("4.3")) {
                note("R4B (4.3)", key + " " + value);
            } else if (value.startsWith("5.") || value.startsWith("6.")) {
                note("R5 (" + value + ")", key + " " + value);
            }
        }
    }

    private void note(String version, String sign) {
        versions.add(version);
        evidence.add(sign);
    }

    private String verdict() {
        if (versions.isEmpty()) {
            return null;
        }
        String version;
        if (versions.contains(DSTU2)) {
            version = DSTU2;
        } else if (versions.contains(STU3)) {
            version = STU3;
        } else {
            version = versions.contains(PRE_R4) ? PRE_R4 : versions.iterator().next();
        }
        List<String> shown = new ArrayList<>(evidence).subList(0, Math.min(3, evidence.size()));
        return "not FHIR R4 (4.0.1): it looks like FHIR " + version + ": " + String.join("; ", shown)
                + (evidence.size() > 3 ? "; and " + (evidence.size() - 3) + " more" : "")
                + ". Convert it to R4 first";
    }
}
