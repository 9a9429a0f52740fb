package org.claimscreen.it;

import java.nio.file.Path;

/** The sample night on the embedded H2 file database, as a first user runs it. */
class ScreenSampleDataH2IT extends ScreenSampleDataContract {

    @Override
    Database database(Path work) {
        return Database.h2(work);
    }
}
