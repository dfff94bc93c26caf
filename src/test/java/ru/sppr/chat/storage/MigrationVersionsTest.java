package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

/**
 * Schema versions are numbered by hand, on several branches at once: two migrations with one version, or a version
 * left out, must fail here and name the migrations, rather than on someone's database.
 */
class MigrationVersionsTest {
    private static final Pattern SQL_MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void schema_versions_run_from_one_without_repeats_or_gaps() throws IOException, URISyntaxException {
        Map<Integer, List<String>> byVersion = new TreeMap<>();
        for (URL location : Collections.list(getClass().getClassLoader().getResources("db/migration"))) {
            try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                for (Path file : files.toList()) {
                    Matcher m = SQL_MIGRATION.matcher(file.getFileName().toString());
                    assertThat(m.matches()).as("%s is not named V<integer>__<description>.sql", file).isTrue();
                    byVersion.computeIfAbsent(Integer.parseInt(m.group(1)), v -> new ArrayList<>())
                            .add(file.getFileName().toString());
                }
            }
        }
        for (JavaMigration migration : Database.migrations().getJavaMigrations()) {
            byVersion.computeIfAbsent(Integer.parseInt(migration.getVersion().getVersion()), v -> new ArrayList<>())
                    .add(migration.getClass().getSimpleName() + " (" + migration.getDescription() + ")");
        }

        assertThat(byVersion).as("schema migrations").isNotEmpty();
        assertThat(problems(byVersion)).as("schema migration versions (SQL under db/migration and Java ones in "
                + "Database.migrations()) must be 1, 2, 3, … each used once; migrations by version: %s", byVersion).isEmpty();
    }

    @Test
    void problems_name_a_shared_version_and_a_missing_one() {
        var byVersion = new TreeMap<>(Map.of(1, List.of("V1__a.sql"), 2, List.of("V2__b.sql", "BMigration (b)"),
                4, List.of("V4__d.sql")));

        assertThat(problems(byVersion)).containsExactly("version 2 is used by 2 migrations: V2__b.sql, BMigration (b)",
                "version 3 is missing (the highest is 4)");
    }

    /** Each version used more than once, and each version below the highest that nothing uses. */
    private static List<String> problems(Map<Integer, List<String>> byVersion) {
        List<String> problems = new ArrayList<>();
        int highest = byVersion.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int version = 1; version <= highest; version++) {
            List<String> migrations = byVersion.getOrDefault(version, List.of());
            if (migrations.isEmpty()) {
                problems.add("version " + version + " is missing (the highest is " + highest + ")");
            } else if (migrations.size() > 1) {
                problems.add("version " + version + " is used by " + migrations.size() + " migrations: "
                        + String.join(", ", migrations));
            }
        }
        byVersion.keySet().stream().filter(v -> v < 1).forEach(v -> problems.add("version " + v + " is below 1"));
        return problems;
    }
}
