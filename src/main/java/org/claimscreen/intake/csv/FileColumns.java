package org.claimscreen.intake.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * One claim file's header resolved against a {@link ColumnMapping}, once, when the file opens: for
 * every canonical column, where its value is. Rows are then read by position as in the canonical
 * layout; only joined columns and constants take a small object per cell.
 *
 * <p>A column's code is its cell position ({@code >= 0}), {@link #ABSENT}, or {@code -2 - i} for
 * the i-th {@link Derived} value (a join of several cells, or a constant).
 */
final class FileColumns {

    static final int ABSENT = -1;

    /** By the index of the column in {@link ClaimCsvColumns#ALL}. */
    private final int[] codes;
    private final Derived[] derived;
    /** Canonical column to the name a reject gives it; empty without a mapping. */
    private final Map<String, String> labels;
    private final List<String> unknown;
    private final boolean unknownAreUnmapped;
    private final String rosterNpiColumn;
    private final Filter[] filters;
    private final String mappingName;

    private FileColumns(int[] codes, List<Derived> derived, Map<String, String> labels, List<String> unknown,
            boolean unknownAreUnmapped, String rosterNpiColumn, List<Filter> filters, String mappingName) {
        this.codes = codes;
        this.derived = derived.toArray(new Derived[0]);
        this.labels = labels;
        this.unknown = List.copyOf(unknown);
        this.unknownAreUnmapped = unknownAreUnmapped;
        this.rosterNpiColumn = rosterNpiColumn;
        this.filters = filters.toArray(new Filter[0]);
        this.mappingName = mappingName;
    }

    /**
     * @param rosterAvailable whether the run has a provider roster, which a mapping that takes the
     *                        rendering taxonomy from it needs
     * @throws MissingColumnsException when a required canonical column is neither mapped nor in the header
     * @throws CsvFileException        when the header lacks a column the mapping names, or the roster is missing
     */
    static FileColumns resolve(ColumnMapping mapping, CsvHeader header, String file, boolean rosterAvailable) {
        if (mapping == ColumnMapping.NONE) {
            return canonical(header, file);
        }
        List<String> all = ClaimCsvColumns.ALL;
        int[] codes = new int[all.size()];
        List<Derived> derived = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<String> lacking = new ArrayList<>();
        String rosterNpiColumn = null;
        for (int c = 0; c < all.size(); c++) {
            String column = all.get(c);
            ColumnMapping.Source source = mapping.sources().get(column);
            if (source == null) {
                codes[c] = header.position(column);
                used.add(column);
            } else if (source instanceof ColumnMapping.Constant constant) {
                codes[c] = -2 - derived.size();
                derived.add(new Derived(constant.value(), null));
                labels.put(column, column + " (constant in " + mapping.fileName() + ")");
            } else if (source instanceof ColumnMapping.FromRoster roster) {
                codes[c] = ABSENT;
                rosterNpiColumn = roster.npiColumn();
                labels.put(column, column + " (provider roster, by " + roster.npiColumn() + ")");
                if (!rosterAvailable) {
                    throw new CsvFileException(file, 0, mapping.shortName() + " takes " + column
                            + " from the provider roster, but the run has none (providers.csv beside the inputs, or --providers)");
                }
            } else {
                List<String> names = ((ColumnMapping.Headers) source).names();
                int[] positions = new int[names.size()];
                for (int i = 0; i < positions.length; i++) {
                    String normal = CsvHeader.normalize(names.get(i));
                    positions[i] = header.position(normal);
                    used.add(normal);
                    if (positions[i] < 0) {
                        lacking.add(lacks(names.get(i), "for " + column, header));
                    }
                }
                if (positions.length == 1) {
                    codes[c] = positions[0];
                } else {
                    codes[c] = -2 - derived.size();
                    derived.add(new Derived(null, positions));
                }
                labels.put(column, String.join("+", names) + " (" + column + ")");
            }
        }
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, ColumnMapping.ScreenOnly> only : mapping.screenOnly().entrySet()) {
            int position = header.position(only.getKey());
            used.add(only.getKey());
            if (position < 0) {
                lacking.add(lacks(only.getValue().header(), "in screen-only", header));
            }
            filters.add(new Filter(position, only.getValue()));
        }
        if (!lacking.isEmpty()) {
            throw new CsvFileException(file, 0, "the header lacks " + String.join("; ", lacking) + ", named by "
                    + mapping.shortName());
        }
        List<String> missing = new ArrayList<>();
        for (String column : ClaimCsvColumns.REQUIRED) {
            int c = all.indexOf(column);
            if (codes[c] == ABSENT && !(mapping.sources().get(column) instanceof ColumnMapping.FromRoster)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnsException(file, missing, " (" + mapping.shortName()
                    + " neither maps " + (missing.size() > 1 ? "them" : "it") + " to a column nor gives a constant, and the header has no "
                    + (missing.size() > 1 ? "columns by these names" : "column by that name") + ")");
        }
        List<String> unknown = new ArrayList<>();
        for (String name : header.names()) {
            if (!name.isEmpty() && !used.contains(CsvHeader.normalize(name))) {
                unknown.add(name);
            }
        }
        return new FileColumns(codes, derived, labels, unknown, true, rosterNpiColumn, filters, mapping.shortName());
    }

    private static FileColumns canonical(CsvHeader header, String file) {
        List<String> missing = header.missing(ClaimCsvColumns.REQUIRED);
        if (!missing.isEmpty()) {
            throw new MissingColumnsException(file, missing);
        }
        int[] codes = new int[ClaimCsvColumns.ALL.size()];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = header.position(ClaimCsvColumns.ALL.get(c));
        }
        return new FileColumns(codes, List.of(), Map.of(), header.unknown(ClaimCsvColumns.ALL), false, null, List.of(), "");
    }

    private static String lacks(String name, String what, CsvHeader header) {
        List<String> near = NearNames.of(name, header.names());
        return "'" + name + "' " + what + (near.isEmpty() ? "" : " (similar: " + String.join(", ", near) + ")");
    }

    /** The code of a canonical column: a cell position, {@link #ABSENT}, or a derived value. */
    int code(String column) {
        return codes[ClaimCsvColumns.ALL.indexOf(column)];
    }

    /** The stripped text a derived code stands for, or null when empty. */
    String derived(CSVRecord record, int code) {
        return derived[-code - 2].text(record);
    }

    /** What a reject calls a canonical column: the file's own header when mapped. */
    String label(String column) {
        return column == null ? null : labels.getOrDefault(column, column);
    }

    /** Header names that no column is read from, as written, in header order. */
    List<String> unknown() {
        return unknown;
    }

    /** True for a mapped file, whose unread columns are usually many and expected. */
    boolean unknownAreUnmapped() {
        return unknownAreUnmapped;
    }

    /** The canonical NPI column whose roster taxonomy is the rendering taxonomy, or null. */
    String rosterNpiColumn() {
        return rosterNpiColumn;
    }

    boolean hasFilters() {
        return filters.length > 0;
    }

    /** Why a row is out of the mapping's scope, or null when it is to be screened. */
    String outOfScope(CSVRecord record) {
        for (Filter filter : filters) {
            String reason = filter.refuses(record, mappingName);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** A joined group of cells, or a constant. */
    private static final class Derived {

        private final String constant;
        private final int[] positions;

        Derived(String constant, int[] positions) {
            this.constant = constant;
            this.positions = positions;
        }

        String text(CSVRecord record) {
            return constant != null ? constant : ColumnMapping.joined(record, positions);
        }
    }

    /** A screen-only condition at its cell. Values compare ignoring case and surrounding spaces. */
    private static final class Filter {

        private final int position;
        private final ColumnMapping.ScreenOnly condition;
        private final Set<String> allowed = new HashSet<>();

        Filter(int position, ColumnMapping.ScreenOnly condition) {
            this.position = position;
            this.condition = condition;
            condition.values().forEach(value -> allowed.add(value.toUpperCase(Locale.ROOT)));
        }

        String refuses(CSVRecord record, String mappingName) {
            String cell = Cells.text(record.get(position));
            if (cell != null && allowed.contains(cell.toUpperCase(Locale.ROOT))) {
                return null;
            }
            return condition.header() + (cell == null ? " is empty" : " is '" + cell + "'") + ": " + mappingName
                    + " screens only rows whose " + condition.header() + " is " + String.join(" or ", condition.values());
        }
    }
}
