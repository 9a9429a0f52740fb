package org.claimscreen.intake.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Names close to one that was not found, so a message can say "did you mean": a typo (a few
 * letters off), or the same name with more or fewer words ({@code HCPCS} for {@code HCPCS_CD}).
 */
public final class NearNames {

    private static final int MAX = 3;

    private NearNames() {
    }

    /** Up to three of {@code candidates} (as written) close to {@code wanted}, closest first. */
    public static List<String> of(String wanted, Collection<String> candidates) {
        String target = simple(wanted);
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String other = simple(candidate);
            if (other.isEmpty() || target.isEmpty()) {
                continue;
            }
            int distance = distance(target, other);
            boolean typo = distance <= Math.max(2, Math.min(target.length(), other.length()) / 4);
            boolean contains = Math.min(target.length(), other.length()) >= 3
                    && (other.contains(target) || target.contains(other));
            if (typo || contains) {
                scored.add(new Scored(candidate, typo ? distance : 100 + Math.abs(other.length() - target.length())));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score));
        List<String> near = new ArrayList<>();
        for (Scored s : scored) {
            if (near.size() < MAX && !near.contains(s.name())) {
                near.add(s.name());
            }
        }
        return near;
    }

    /** Lower case without spaces, underscores or dashes: CLM_ID, clm-id and "Clm Id" are one name. */
    private static String simple(String name) {
        StringBuilder simple = new StringBuilder(name.length());
        for (char c : name.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != '_' && c != '-' && c != ' ') {
                simple.append(c);
            }
        }
        return simple.toString();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int score) {
    }
}
