package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.session.TurnRole;

class FollowUpsTest {
    private static Turn asked(String question) {
        return new Turn(1, 1, 1, TurnRole.USER, question, null, null, Instant.EPOCH, List.of());
    }

    @Test
    void a_follow_up_is_searched_with_the_questions_before_it_in_standard_words() {
        String text = FollowUps.retrievalText("а лодок у них сколько было", List.of(asked("во скока псо приехал 10го")), true, Colloquial::standard, q -> true);

        assertThat(text).isEqualTo("во сколько псо приехал 10го а лодок у них сколько было");
    }

    @Test
    void a_question_that_stands_alone_is_searched_by_itself() {
        assertThat(FollowUps.retrievalText("уровень на гп ключи", List.of(asked("скока эвакуировано")), false, Colloquial::standard, q -> true))
                .isEqualTo("уровень на гп ключи");
    }
}
