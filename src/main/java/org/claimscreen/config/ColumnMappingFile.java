package org.claimscreen.config;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.claimscreen.domain.claim.Excerpt;
import org.claimscreen.intake.csv.ColumnMapping;
import org.claimscreen.intake.csv.NearNames;

/**
 * A column mapping file (docs/column-mappings.md) read through {@link YamlNode} into the
 * {@link ColumnMapping} the CSV reader applies:
 *
 * <pre>
 * delimiter: "|"
 * date-format: dd-MMM-yyyy
 * columns:
 *   claim_id: CLM_ID
 *   modifiers: [HCPCS_1ST_MDFR_CD, HCPCS_2ND_MDFR_CD]
 *   rendering_taxonomy: { from-roster: rendering_npi }
 * constants:
 *   payer_type: ORIGINAL_MEDICARE
 * screen-only:
 *   DML_IND: [INSERT, UPDATE]
 * </pre>
 *
 * <p>Every value is checked here with the model's own checks, so each refusal names the file, the
 * line, the key and the reason, and a bad mapping stops a run before it starts.
 */
public final class ColumnMappingFile {

    static final String FROM_ROSTER = "from-roster";

    private static final List<String> KEYS = List.of("description", "delimiter", "date-format", "columns",
            "constants", "screen-only");

    private ColumnMappingFile() {
    }

    /**
     * Reads and checks a mapping file, named in messages as given.
     *
     * @throws ColumnMappingException when the file is missing, is not valid YAML, or names an
     *                                unknown key or canonical column, a bad delimiter or date
     *                                pattern, a constant for a mapped column, or a bad constant
     */
    public static ColumnMapping load(Path file) throws ColumnMappingException {
        try {
            return mapping(YamlNode.load(file));
        } catch (RulePackException e) {
            throw refused(e);
        }
    }

    /** Reads a mapping named {@code name} (for messages) from {@code reader}, which is closed. */
    public static ColumnMapping read(String name, Reader reader) throws ColumnMappingException {
        try {
            return mapping(YamlNode.parse(name, reader));
        } catch (RulePackException e) {
            throw refused(e);
        }
    }

    private static ColumnMappingException refused(RulePackException e) {
        return new ColumnMappingException(e.file(), e.line(), e.key(), e.reason(), e.getCause());
    }

    private static ColumnMapping mapping(YamlNode root) {
        Map<String, YamlNode> top = entries(root, KEYS, "the keys " + String.join(", ", KEYS));
        YamlNode description = top.get("description");
        if (description != null && !description.isNull()) {
            description.raw();
        }
        char delimiter = ',';
        if (top.containsKey("delimiter")) {
            YamlNode at = top.get("delimiter");
            String raw = at.raw(); // unstripped: a tab is white space
            delimiter = checked(at, () -> ColumnMapping.delimiter(raw));
        }
        String datePattern = null;
        if (top.containsKey("date-format")) {
            YamlNode at = top.get("date-format");
            String pattern = at.text();
            checked(at, () -> {
                ColumnMapping.checkDatePattern(pattern);
                return pattern;
            });
            datePattern = pattern;
        }
        Map<String, ColumnMapping.Source> sources = new LinkedHashMap<>();
        Map<String, YamlNode> mappedAt = new LinkedHashMap<>();
        YamlNode columns = top.get("columns");
        if (columns != null && !columns.isNull()) {
            for (Map.Entry<String, YamlNode> entry : columns.mapping(null, "canonical column: the file's header").entrySet()) {
                YamlNode value = entry.getValue();
                String column = canonical(value, entry.getKey());
                if (sources.containsKey(column)) {
                    throw value.fail("given twice (as " + column + ")");
                }
                sources.put(column, source(column, value));
                mappedAt.put(column, value);
            }
        }
        YamlNode constants = top.get("constants");
        if (constants != null && !constants.isNull()) {
            for (Map.Entry<String, YamlNode> entry : constants.mapping(null, "canonical column: value").entrySet()) {
                YamlNode value = entry.getValue();
                String column = canonical(value, entry.getKey());
                if (mappedAt.containsKey(column)) {
                    throw value.fail(column + " is mapped in columns too (line " + mappedAt.get(column).line()
                            + "): a column comes from the file or is a constant, not both");
                }
                if (sources.containsKey(column)) {
                    throw value.fail("given twice (as " + column + ")");
                }
                String text = value.text();
                checked(value, () -> {
                    ColumnMapping.checkConstant(column, text);
                    return text;
                });
                sources.put(column, new ColumnMapping.Constant(text));
            }
        }
        List<ColumnMapping.ScreenOnly> screenOnly = new ArrayList<>();
        Set<String> screenedHeaders = new LinkedHashSet<>();
        YamlNode only = top.get("screen-only");
        if (only != null && !only.isNull()) {
            for (Map.Entry<String, YamlNode> entry : only.mapping(null, "the file's header: the values to screen").entrySet()) {
                ColumnMapping.ScreenOnly condition = new ColumnMapping.ScreenOnly(entry.getKey(),
                        texts(entry.getValue(), "values"));
                if (!screenedHeaders.add(condition.normalizedHeader())) {
                    throw entry.getValue().fail("given twice");
                }
                screenOnly.add(condition);
            }
        }
        char chosen = delimiter;
        String pattern = datePattern;
        return checked(root, () -> new ColumnMapping(root.file(), chosen, pattern, sources, screenOnly));
    }

    /** A mapping's entries, refusing keys not in {@code allowed} at the key's line, with the near one. */
    private static Map<String, YamlNode> entries(YamlNode node, List<String> allowed, String what) {
        Map<String, YamlNode> entries = node.mapping(null, what);
        for (Map.Entry<String, YamlNode> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                List<String> near = NearNames.of(entry.getKey(), allowed);
                throw entry.getValue().failKey("unknown key" + (near.isEmpty() ? "" : " (did you mean " + near.get(0) + "?)")
                        + "; known: " + String.join(", ", allowed));
            }
        }
        return entries;
    }

    private static String canonical(YamlNode at, String key) {
        try {
            return ColumnMapping.canonicalColumn(key);
        } catch (IllegalArgumentException e) {
            throw at.failKey(e.getMessage());
        }
    }

    private static ColumnMapping.Source source(String column, YamlNode value) {
        if (!value.isMapping()) {
            List<String> names = texts(value, "the file's headers");
            return checked(value, () -> new ColumnMapping.Headers(names));
        }
        Map<String, YamlNode> entries = entries(value, List.of(FROM_ROSTER), FROM_ROSTER + ": an NPI column");
        YamlNode npi = entries.get(FROM_ROSTER);
        if (npi == null) {
            throw value.fail("give " + FROM_ROSTER + ": the NPI column whose roster taxonomy to take");
        }
        checked(value, () -> {
            ColumnMapping.checkFromRoster(column);
            return column;
        });
        String npiColumn = npi.text();
        return checked(npi, () -> ColumnMapping.FromRoster.of(npiColumn));
    }

    /** One value, or a non-empty list of values (no repeats). */
    private static List<String> texts(YamlNode node, String what) {
        if (!node.isSequence()) {
            return List.of(node.text());
        }
        List<YamlNode> items = node.list(what);
        if (items.isEmpty()) {
            throw node.fail("the list of " + what + " is empty");
        }
        Set<String> values = new LinkedHashSet<>();
        for (YamlNode item : items) {
            String text = item.text();
            if (!values.add(text)) {
                throw item.fail(Excerpt.quoted(text) + " is listed twice");
            }
        }
        return List.copyOf(values);
    }

    /** What the model's check gives, or its refusal located at {@code at}. */
    private static <T> T checked(YamlNode at, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw at.fail(e.getMessage());
        }
    }
}
