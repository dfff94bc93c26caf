package ru.sppr.chat.storage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import ru.sppr.chat.storage.TestDatabases.Backend;

/**
 * Runs every test of the annotated class once per database backend, H2 then PostgreSQL (skipped without one, see
 * {@link TestDatabases}); the class takes the {@link Backend} in its constructor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
public @interface OnEachBackend {
}
