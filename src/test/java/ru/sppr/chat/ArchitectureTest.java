package ru.sppr.chat;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The package table, enforced: each package of ours (sub-packages are rows of their own) may use the JDK, libraries,
 * {@code failure} and only the packages of its row. The README's «Архитектура» table must say the same. The product is
 * {@code src/main/java}; the measuring tools ({@code tools} and its sub-packages) are {@code src/tools/java}, compiled
 * after the product into the same class directory, which is what is read here.
 */
class ArchitectureTest {
    private static final String BASE = "ru.sppr.chat";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    /** The measuring tools: this package and its sub-packages, and nothing else, live in {@link #TOOLS_SOURCES}. */
    private static final String TOOLS = "tools";
    private static final Path PRODUCT_SOURCES = Path.of("src/main/java");
    private static final Path TOOLS_SOURCES = Path.of("src/tools/java");
    /** {@code app} wires every package of the product (not the tools); nothing else may use it, nor {@code storage}. */
    private static final String EVERYTHING = "*";
    private static final Map<String, Set<String>> MAY_USE = table(
            row("app", EVERYTHING),
            row("failure"),
            row("api", "user", "session", "dialog", "feedback", "audit", "telemetry", "watchdog", "intent", "suggestion",
                    "situation", "knowledge", "knowledge.source", "knowledge.ingest", "knowledge.search"),
            row("cli", "api", "user", "session", "dialog", "feedback", "audit", "telemetry", "watchdog", "intent",
                    "suggestion", "situation", "knowledge", "knowledge.source", "knowledge.ingest", "knowledge.search"),
            row("dialog", "session", "user", "intent", "briefing", "answer", "suggestion", "feedback",
                    "knowledge.source", "knowledge.search", "knowledge.analysis"),
            row("briefing", "situation", "answer", "intent", "user",
                    "knowledge.source", "knowledge.search", "knowledge.analysis"),
            row("situation", "user", "zone", "knowledge.source", "knowledge.analysis"),
            row("intent"),
            row("answer", "intent", "zone", "knowledge.source", "knowledge.search", "knowledge.analysis"),
            row("llm", "answer", "knowledge.index"),
            row("knowledge", "user", "knowledge.source", "knowledge.ingest", "knowledge.index", "knowledge.search",
                    "knowledge.analysis"),
            row("knowledge.source", "user", "zone"),
            row("knowledge.ingest", "user", "knowledge.source", "knowledge.index", "knowledge.analysis"),
            row("knowledge.index", "user", "knowledge.source", "knowledge.analysis"),
            row("knowledge.search", "user", "knowledge.source", "knowledge.index", "knowledge.analysis"),
            row("knowledge.analysis"),
            row("suggestion", "intent"),
            row("session", "user", "intent", "suggestion", "zone"),
            row("user"),
            row("zone"),
            row("feedback", "user"),
            row("audit", "user"),
            row("telemetry", "dialog", "session", "feedback"),
            row("watchdog", "session", "feedback", "audit", "knowledge.index"),
            row("storage", "user", "session", "intent", "suggestion", "feedback", "audit", "telemetry", "situation",
                    "knowledge.source"),
            row("tools", "api"),
            row("tools.eval", "tools", "cli", "dialog", "session", "user", "intent", "answer", "situation",
                    "knowledge", "knowledge.source", "knowledge.ingest", "knowledge.search"),
            row("tools.bench", "tools", "tools.eval", "cli", "user", "situation", "knowledge", "knowledge.source", "knowledge.ingest", "knowledge.search",
                    "knowledge.analysis"));

    @TestFactory
    Stream<DynamicTest> each_package_uses_only_the_packages_of_its_row() {
        return MAY_USE.entrySet().stream().filter(e -> !e.getValue().contains(EVERYTHING))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> mayUseOnly(e.getKey(), e.getValue())));
    }

    @Test
    void every_package_has_a_row_and_every_row_a_package() {
        Set<String> packages = MAIN.stream().map(JavaClass::getPackageName).map(ArchitectureTest::shortName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(MAY_USE.keySet()))
                .as("rows of ArchitectureTest.MAY_USE versus the packages under src/main/java and src/tools/java")
                .isEqualTo(packages);
        MAY_USE.values().forEach(allowed -> assertThat(packages).as("packages named in MAY_USE").containsAll(
                allowed.stream().filter(p -> !p.equals(EVERYTHING)).toList()));
    }

    @Test
    void the_tools_and_only_they_live_in_their_own_source_set() throws IOException {
        Set<String> product = packagesUnder(PRODUCT_SOURCES);
        Set<String> tools = packagesUnder(TOOLS_SOURCES);

        assertThat(product).as("packages under " + PRODUCT_SOURCES).isNotEmpty().noneMatch(ArchitectureTest::isTool);
        assertThat(tools).as("packages under " + TOOLS_SOURCES).isNotEmpty().allMatch(ArchitectureTest::isTool);
        assertThat(MAY_USE.keySet().stream().filter(ArchitectureTest::isTool))
                .as("the tools' rows of MAY_USE versus the packages under " + TOOLS_SOURCES)
                .containsExactlyInAnyOrderElementsOf(tools);
    }

    @Test
    void no_product_class_uses_the_tools() {
        noClasses().that().resideOutsideOfPackage(BASE + "." + TOOLS + "..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "." + TOOLS + "..")
                .because("the product is compiled without the tools; chat-sppr finds their commands as cli.ToolCommand services")
                .check(MAIN);
    }

    @Test
    void the_package_graph_has_no_cycles() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void the_readme_package_table_says_the_same() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("\n## Архитектура"));
        Map<String, Set<String>> documented = new TreeMap<>();
        Pattern row = Pattern.compile("(?m)^\\| `([a-z.]+)` \\|[^\\n]*\\| ([^|\\n]*) \\|$");
        Matcher m = row.matcher(section.substring(0, section.indexOf("\n\n", section.indexOf("\n|"))));
        while (m.find()) {
            documented.put(m.group(1), m.group(2).equals("всё") ? Set.of(EVERYTHING) : packagesIn(m.group(2)));
        }
        Set<String> packages = new TreeSet<>(documented.keySet());
        packages.addAll(MAY_USE.keySet());
        List<String> differences = packages.stream().filter(p -> !Objects.equals(documented.get(p), MAY_USE.get(p)))
                .map(p -> p + ": README " + describe(documented.get(p)) + ", MAY_USE " + describe(MAY_USE.get(p)))
                .toList();
        assertThat(documented).as("rows read from the README's architecture table").isNotEmpty();
        assertThat(differences).as("the README's architecture table (package: what it may use) versus MAY_USE").isEmpty();
    }

    private static void mayUseOnly(String pkg, Set<String> allowed) {
        String[] ours = Stream.concat(Stream.of(pkg, "failure"), allowed.stream()).map(p -> BASE + "." + p)
                .toArray(String[]::new);
        classes().that().resideInAPackage(BASE + "." + pkg)
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage(BASE + ".."), resideInAnyPackage(ours)))
                .because("the README's package table fixes what " + pkg + " may use").check(MAIN);
    }

    private static Set<String> packagesIn(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("`([a-z.]+)`").matcher(cell);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Short names of the packages that have a {@code .java} file under {@code root}. */
    private static Set<String> packagesUnder(Path root) throws IOException {
        Path base = root.resolve(BASE.replace('.', '/'));
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> base.relativize(f.getParent()).toString())
                    .map(dir -> dir.replace('/', '.')).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean isTool(String pkg) {
        return pkg.equals(TOOLS) || pkg.startsWith(TOOLS + ".");
    }

    private static String describe(Set<String> allowed) {
        return allowed == null ? "has no row" : new TreeSet<>(allowed).toString();
    }

    private static String shortName(String pkg) {
        return pkg.substring(BASE.length() + 1);
    }

    private static Map.Entry<String, Set<String>> row(String pkg, String... allowed) {
        return Map.entry(pkg, Set.copyOf(Arrays.asList(allowed)));
    }

    @SafeVarargs
    private static Map<String, Set<String>> table(Map.Entry<String, Set<String>>... rows) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (var r : rows) {
            if (table.put(r.getKey(), r.getValue()) != null) {
                throw new IllegalStateException("two rows for " + r.getKey());
            }
        }
        return table;
    }
}
