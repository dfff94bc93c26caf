package ru.sppr.chat;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package table of STYLE.md, enforced: each feature package may use only the packages listed for it. */
class ArchitectureTest {
    private static final String BASE = "ru.sppr.chat";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void user_depends_on_nothing_of_ours() {
        mayUseOnly("user").check(MAIN);
    }

    @Test
    void session_uses_only_user_and_the_value_types_of_intent_and_suggestion() {
        mayUseOnly("session", "user", "intent", "suggestion").check(MAIN);
    }

    @Test
    void answer_is_independent_of_storage_and_transport() {
        mayUseOnly("answer", "intent", "knowledge").check(MAIN);
    }

    @Test
    void the_language_model_adapter_implements_the_answer_port_only() {
        mayUseOnly("llm", "answer", "knowledge").check(MAIN);
    }

    @Test
    void intent_stands_alone_and_suggestion_knows_only_intents() {
        mayUseOnly("intent").check(MAIN);
        mayUseOnly("suggestion", "intent").check(MAIN);
    }

    @Test
    void knowledge_uses_only_users_clearance() {
        mayUseOnly("knowledge", "user").check(MAIN);
    }

    @Test
    void text_analysis_stands_alone_inside_knowledge() {
        mayUseOnly("knowledge.analysis").check(MAIN);
    }

    @Test
    void knowledge_sources_are_values_and_ports_under_everything_else_in_knowledge() {
        mayUseOnly("knowledge.source", "user").check(MAIN);
    }

    @Test
    void the_index_is_built_from_sources_with_the_text_analysis() {
        mayUseOnly("knowledge.index", "knowledge.source", "knowledge.analysis", "user").check(MAIN);
    }

    @Test
    void ingestion_feeds_the_index_and_search_reads_it_neither_knows_the_other() {
        mayUseOnly("knowledge.ingest", "knowledge.index", "knowledge.source", "knowledge.analysis", "user").check(MAIN);
        mayUseOnly("knowledge.search", "knowledge.index", "knowledge.source", "knowledge.analysis", "user").check(MAIN);
    }

    @Test
    void only_the_knowledge_facade_sees_all_of_knowledge_and_nothing_inside_knowledge_uses_it() {
        noClasses().that().resideInAPackage(BASE + ".knowledge.*..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".knowledge").check(MAIN);
        slices().matching(BASE + ".knowledge.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void situation_is_derived_from_knowledge_only() {
        mayUseOnly("situation", "knowledge", "user").check(MAIN);
    }

    @Test
    void the_measuring_tools_drive_the_product_through_its_use_cases() {
        mayUseOnly("tools", "cli", "api", "knowledge", "user", "intent", "answer", "dialog", "session", "situation")
                .check(MAIN);
    }

    @Test
    void the_product_never_depends_on_the_measuring_tools() {
        noClasses().that().resideOutsideOfPackages(BASE + ".tools..", BASE + ".app..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".tools..").check(MAIN);
    }

    @Test
    void dialog_orchestrates_only_its_collaborators() {
        mayUseOnly("dialog", "answer", "intent", "knowledge", "suggestion", "session", "user", "feedback", "briefing").check(MAIN);
    }

    @Test
    void briefing_answers_from_the_situation_model() {
        mayUseOnly("briefing", "situation", "answer", "intent", "knowledge", "user").check(MAIN);
    }

    @Test
    void feedback_and_audit_know_only_users() {
        mayUseOnly("feedback", "user").check(MAIN);
        mayUseOnly("audit", "user").check(MAIN);
    }

    @Test
    void telemetry_observes_dialog_only() {
        mayUseOnly("telemetry", "dialog", "session", "intent", "answer", "suggestion", "feedback").check(MAIN);
    }

    @Test
    void watchdog_uses_only_the_ports_it_inspects() {
        mayUseOnly("watchdog", "session", "feedback", "audit", "knowledge").check(MAIN);
    }

    @Test
    void storage_implements_ports_and_depends_on_no_transport() {
        mayUseOnly("storage", "user", "session", "intent", "feedback", "audit", "telemetry", "knowledge", "suggestion", "situation").check(MAIN);
    }

    @Test
    void api_and_cli_call_use_cases_not_storage() {
        mayUseOnly("api", "user", "session", "dialog", "feedback", "audit", "telemetry", "watchdog", "knowledge",
                "intent", "suggestion", "situation").check(MAIN);
        mayUseOnly("cli", "api", "user", "session", "dialog", "feedback", "audit", "telemetry", "watchdog", "knowledge",
                "intent", "answer", "suggestion", "situation").check(MAIN);
    }

    @Test
    void nothing_depends_on_app() {
        noClasses().that().resideOutsideOfPackage(BASE + ".app..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".app..").check(MAIN);
    }

    @Test
    void no_feature_imports_storage() {
        noClasses().that().resideOutsideOfPackages(BASE + ".storage..", BASE + ".app..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".storage..").check(MAIN);
    }

    /** Classes of {@code pkg} may use the JDK, libraries, {@code failure} and the listed packages of ours. */
    private static ArchRule mayUseOnly(String pkg, String... allowed) {
        String[] ours = Stream.concat(Stream.of(pkg, "failure"), Arrays.stream(allowed))
                .map(p -> BASE + "." + p + "..").toArray(String[]::new);
        return classes().that().resideInAPackage(BASE + "." + pkg + "..")
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage(BASE + ".."), resideInAnyPackage(ours)))
                .because("STYLE.md §1 fixes what " + pkg + " may depend on");
    }
}
