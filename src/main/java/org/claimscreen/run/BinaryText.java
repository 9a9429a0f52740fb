package org.claimscreen.run;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimscreen.domain.claim.DiagnosisCode;

/**
 * How the run's work files (buckets, part files) write text: UTF-8 with its length first, -1 for
 * null, so any value (tabs, line breaks, more than 64 KB) comes back as it went; and the joined
 * forms of code lists the store also uses.
 */
final class BinaryText {

    private BinaryText() {
    }

    static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A claim's diagnosis codes joined with ';' (empty when there are none). */
    static String diagnoses(List<DiagnosisCode> codes) {
        StringBuilder text = new StringBuilder();
        for (DiagnosisCode code : codes) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(code.value());
        }
        return text.toString();
    }

    /** A line's diagnosis pointers joined with ';', or null when it has none. */
    static String pointers(List<Integer> pointers) {
        if (pointers.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int pointer : pointers) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(pointer);
        }
        return text.toString();
    }
}
