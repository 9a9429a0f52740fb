package org.claimscreen.intake.x12;

import java.util.List;

/**
 * One segment of an X12 file as StAEDI read it: its tag, its position in the file (1 = the first
 * ISA, counted over the whole file) and its elements, each a list of repetitions, each a list of
 * components (a simple element is one repetition of one component).
 *
 * @param error        the first envelope error StAEDI reported in this segment (a wrong SE01, GE01 or
 *                     IEA01 count, a control number that does not match), else null
 * @param schemaError  read in {@link X12Segments.Mode#VALIDATED}: the first error the 837P schema found in
 *                     this segment (its place, its elements), else null
 * @param missing      read in {@link X12Segments.Mode#VALIDATED}: a required segment the schema found missing
 *                     just before this one, in the loop this segment ends (a claim without LX, a line without
 *                     SV1), else null
 */
record X12Segment(long number, String tag, List<List<List<String>>> elements, String error, SchemaError schemaError,
        SchemaError missing) {

    /**
     * What the 837P schema found wrong: {@code column} names the segment, or the element
     * ({@code SV102}, {@code CLM05-1} for a component), the reason says what.
     */
    record SchemaError(String column, String reason) {
    }

    X12Segment {
        elements = List.copyOf(elements);
    }

    X12Segment(long number, String tag, List<List<List<String>>> elements, String error) {
        this(number, tag, elements, error, null, null);
    }

    /** Element {@code position} (1-based), its first repetition's first component; "" when absent. */
    String value(int position) {
        return component(position, 1);
    }

    /** Component {@code component} (1-based) of element {@code position}'s first repetition; "" when absent. */
    String component(int position, int component) {
        if (position < 1 || position > elements.size()) {
            return "";
        }
        List<List<String>> repeats = elements.get(position - 1);
        if (repeats.isEmpty() || component > repeats.get(0).size()) {
            return "";
        }
        String text = repeats.get(0).get(component - 1);
        return text == null ? "" : text;
    }

    /** The components of element {@code position}'s first repetition; empty when absent. */
    List<String> components(int position) {
        if (position < 1 || position > elements.size() || elements.get(position - 1).isEmpty()) {
            return List.of();
        }
        return elements.get(position - 1).get(0);
    }

    int elementCount() {
        return elements.size();
    }

    /** {@code SV1 (segment 37)}, as rejects name a place in the file. */
    String where() {
        return tag + " (segment " + number + ")";
    }
}
