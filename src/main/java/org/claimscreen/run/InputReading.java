package org.claimscreen.run;

import org.claimscreen.config.ColumnMappingException;
import org.claimscreen.config.ColumnMappingFile;
import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.csv.ColumnMapping;
import org.claimscreen.intake.csv.ReferenceDataCsv;

/**
 * How a run reads its claim files besides their format: the column mapping its parameters name
 * (none: the canonical layout), the provider roster when that mapping takes the rendering
 * taxonomy from it, and the documentation on file. Each step that opens the files builds it from the run's parameters, so a
 * restart reads them exactly as the first attempt did.
 *
 * @param reference null unless the mapping needs the roster and the run has one
 * @param roster    the run's provider roster (null: none), for an 837P rendering provider that
 *                  carries no PRV*PE taxonomy: the roster has it, as for a CSV mapping that needs it
 * @param documentation the run's documentation on file ({@link Documentation#NONE}: none): every
 *                      format's lines take from it what their input leaves open
 */
record InputReading(ColumnMapping mapping, ReferenceData reference, ReferenceData roster,
        Documentation documentation) {

    InputReading {
        documentation = documentation == null ? Documentation.NONE : documentation;
    }

    /** The formats the run's inputs are read in, CSV in this layout. */
    ClaimFormats formats() {
        return ClaimFormats.of(mapping, reference, roster, documentation);
    }

    static final InputReading CANONICAL = new InputReading(ColumnMapping.NONE, null, null, Documentation.NONE);

    /**
     * @throws IllegalStateException when the mapping file has become unusable since the run was
     *                               started (the command line checked it then); the step fails, saying why
     */
    static InputReading of(ScreenJobParameters parameters) {
        ReferenceData roster = parameters.providers() == null ? null
                : ReferenceDataCsv.load(null, parameters.providers());
        Documentation documentation = ReferenceDataCsv.documentation(parameters.documentation());
        if (parameters.mapping() == null) {
            return roster == null && documentation.isEmpty() ? CANONICAL
                    : new InputReading(ColumnMapping.NONE, null, roster, documentation);
        }
        ColumnMapping mapping = mappingOf(parameters);
        return new InputReading(mapping, mapping.needsRoster() ? roster : null, roster, documentation);
    }

    /** Only the mapping, for steps that read no rows (the clean/held split goes by claim id). */
    static ColumnMapping mappingOf(ScreenJobParameters parameters) {
        if (parameters.mapping() == null) {
            return ColumnMapping.NONE;
        }
        try {
            return ColumnMappingFile.load(parameters.mapping());
        } catch (ColumnMappingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
