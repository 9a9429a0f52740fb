package org.claimscreen.intake;

import java.io.IOException;

/** A {@link java.util.function.Consumer} that may throw {@link IOException}, for writing bodies. */
@FunctionalInterface
public interface IoConsumer<T> {

    void accept(T value) throws IOException;
}
