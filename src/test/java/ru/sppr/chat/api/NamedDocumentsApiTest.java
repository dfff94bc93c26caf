package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * A question naming a document by its kind («по памятке», «по решению 9») is answered from that document, not from the
 * reports that share more of its words; a follow-up naming none is answered from the document the question before named.
 */
class NamedDocumentsApiTest {
    private ApiHarness api;
    private String operator;

    @BeforeEach
    void start() throws IOException {
        api = ApiHarness.start(Backend.H2, Map.of());
        operator = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
        uploaded("pamyatka.md", "# Памятка населению при наводнении\n\n"
                + "После спада воды не входите в дом до проверки его безопасности специалистами. "
                + "Не пейте воду из колодцев до их дезинфекции и лабораторного анализа.");
        uploaded("svodka.md", "# Сводка на 20:00 15.04.2026\n\n"
                + "После спада воды жители с. Нижние Ключи заходят в дом и сушат его. "
                + "Вода из колодцев в с. Ключи пригодна для питья, её можно пить, колодцы проверены.");
        uploaded("reshenie-6.md", "# Решение КЧС и ОПБ Заречного района от 10.04.2026 № 6\n\n"
                + "Выделить 3 автобуса для эвакуации жителей с. Нижние Ключи.");
        uploaded("reshenie-9.md", "# Решение КЧС и ОПБ Заречного района от 16.04.2026 № 9\n\n"
                + "Выделить 2 автобуса для возвращения жителей с. Нижние Ключи.");
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private void uploaded(String name, String content) {
        assertThat(api.upload(api.adminToken, name, content, "internal").status()).isEqualTo(201);
    }

    private String said(long session, String question) {
        return api.answer(operator, session, question);
    }

    @Test
    void should_answer_from_the_document_the_question_names_by_its_kind() {
        long session = api.startSession(operator, "Памятка");

        String memo = said(session, "по памятке после спада воды в дом заходить можно?");

        assertThat(memo).contains("не входите в дом до проверки").doesNotContain("сушат");
    }

    @Test
    void should_answer_a_follow_up_from_the_document_the_question_before_named() {
        long session = api.startSession(operator, "Памятка");

        said(session, "по памятке после спада воды в дом заходить можно?");
        String wells = said(session, "а воду из колодцев пить можно?");

        assertThat(wells).contains("до их дезинфекции").doesNotContain("пригодна");
    }

    @Test
    void should_answer_a_follow_up_naming_a_place_of_its_own_from_what_is_known_of_the_place() {
        long session = api.startSession(operator, "Памятка");

        said(session, "по памятке после спада воды в дом заходить можно?");
        String there = said(session, "а в нижних ключах в дом заходят?");

        assertThat(there).contains("сушат");
    }

    @Test
    void should_tell_a_document_of_a_kind_by_the_number_asked() {
        long session = api.startSession(operator, "Решения");

        String ninth = said(session, "по решению 9 сколько автобусов выделить");

        assertThat(ninth).contains("2 автобуса").doesNotContain("3 автобуса");
    }
}
