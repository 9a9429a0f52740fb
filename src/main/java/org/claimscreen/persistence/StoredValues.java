package org.claimscreen.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.Taxonomy;

/**
 * Value objects decoded from stored text, each decoded once and shared. Stored lines repeat a few
 * thousand codes, NPIs, taxonomies and modifier or diagnosis lists millions of times: decoding
 * them per row (validation, regexes, list building) and hashing fresh strings in the rules showed
 * in profiles of large runs. The values are immutable, so sharing them changes nothing a rule
 * sees. Thread-safe; each table is emptied when it grows past {@link #LIMIT} entries, so memory
 * stays bounded whatever the data.
 */
public final class StoredValues {

    static final int LIMIT = 20_000;

    private final Table<ProcedureCode> procedures = new Table<>(ProcedureCode::of);
    private final Table<Npi> npis = new Table<>(Npi::of);
    private final Table<Taxonomy> taxonomies = new Table<>(Taxonomy::of);
    private final Table<List<Modifier>> modifiers = new Table<>(StoredValues::splitModifiers);
    private final Table<List<DiagnosisCode>> diagnoses = new Table<>(StoredValues::splitDiagnoses);
    private final Table<List<Integer>> pointers = new Table<>(StoredValues::splitPointers);

    public ProcedureCode procedure(String text) {
        return procedures.get(text);
    }

    public Npi npi(String text) {
        return npis.get(text);
    }

    /** An optional NPI column: null or empty is no NPI. */
    public Npi optionalNpi(String text) {
        return text == null || text.isEmpty() ? null : npis.get(text);
    }

    public Taxonomy taxonomy(String text) {
        return taxonomies.get(text);
    }

    /** Modifiers stored joined with ';' (null or empty: none), as an unmodifiable list. */
    public List<Modifier> modifiers(String text) {
        return text == null ? List.of() : modifiers.get(text);
    }

    /** Diagnosis codes stored joined with ';', as an unmodifiable list. */
    public List<DiagnosisCode> diagnoses(String text) {
        return diagnoses.get(text);
    }

    /** Diagnosis pointers stored joined with ';' (null or empty: none), as an unmodifiable list. */
    public List<Integer> pointers(String text) {
        return text == null ? List.of() : pointers.get(text);
    }

    /** How many decoded values are kept, over all tables. */
    int size() {
        return procedures.values.size() + npis.values.size() + taxonomies.values.size() + modifiers.values.size()
                + diagnoses.values.size() + pointers.values.size();
    }

    private static List<Modifier> splitModifiers(String text) {
        List<Modifier> modifiers = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            for (String modifier : text.split(";")) {
                modifiers.add(Modifier.of(modifier));
            }
        }
        return List.copyOf(modifiers);
    }

    private static List<DiagnosisCode> splitDiagnoses(String text) {
        List<DiagnosisCode> codes = new ArrayList<>();
        for (String code : text.split(";")) {
            codes.add(DiagnosisCode.of(code));
        }
        return List.copyOf(codes);
    }

    private static List<Integer> splitPointers(String text) {
        List<Integer> pointers = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String pointer : text.split(";")) {
                pointers.add(Integer.parseInt(pointer));
            }
        }
        return List.copyOf(pointers);
    }

    /** Text → decoded value; a value that does not decode throws as its decoder does and is not kept. */
    private static final class Table<T> {

        private final ConcurrentHashMap<String, T> values = new ConcurrentHashMap<>();
        private final Function<String, T> decode;

        Table(Function<String, T> decode) {
            this.decode = decode;
        }

        T get(String text) {
            if (text == null) {
                return decode.apply(null);
            }
            T value = values.get(text);
            if (value == null) {
                value = decode.apply(text);
                if (values.size() >= LIMIT) {
                    values.clear();
                }
                values.put(text, value);
            }
            return value;
        }
    }
}
