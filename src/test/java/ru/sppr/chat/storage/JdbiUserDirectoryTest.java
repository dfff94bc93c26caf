package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.audit.AuditRecord;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;
import ru.sppr.chat.user.Tokens;
import ru.sppr.chat.user.User;

@OnEachBackend
class JdbiUserDirectoryTest extends StorageTest {
    JdbiUserDirectory users;
    Tokens tokens;

    JdbiUserDirectoryTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void setUp() {
        users = new JdbiUserDirectory(database.jdbi(), Clock.systemUTC());
        tokens = new Tokens(users);
    }

    @Test
    void should_create_a_user_once_and_return_the_same_user_afterwards() {
        var first = users.ensure(new NewUser("anna", "Анна", Role.ANALYST, Clearance.CONFIDENTIAL), Caller.LOCAL_ADMIN);
        var second = users.ensure(new NewUser("anna", "Другое имя", Role.GUEST, null), Caller.LOCAL_ADMIN);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.user()).isEqualTo(first.user());
        assertThat(second.user().clearance()).isEqualTo(Clearance.CONFIDENTIAL);
        assertThat(audit(AuditEventType.USER_CREATED)).hasSize(1);
    }

    @Test
    void should_store_only_the_token_hash_and_stop_accepting_a_revoked_token() {
        User anna = users.ensure(new NewUser("anna", null, Role.OPERATOR, null), Caller.LOCAL_ADMIN).user();
        String token = tokens.issue(anna, Caller.LOCAL_ADMIN).token();

        assertThat(tokens.find(token)).contains(anna);
        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM chat_tokens").mapTo(String.class).one());
        assertThat(stored).doesNotContain(token.substring(5)).hasSize(64);

        assertThat(tokens.revoke(token, Caller.LOCAL_ADMIN)).isTrue();
        assertThat(tokens.find(token)).isEmpty();
        assertThat(tokens.revoke(token, Caller.LOCAL_ADMIN)).isFalse();
        assertThat(audit(AuditEventType.TOKEN_ISSUED)).hasSize(1);
        assertThat(audit(AuditEventType.TOKEN_REVOKED)).hasSize(1);
    }

    @Test
    void should_not_accept_made_up_tokens() {
        assertThat(tokens.find("sppr_made-up")).isEmpty();
        assertThat(tokens.find("' OR 1=1 --")).isEmpty();
        assertThat(tokens.find(null)).isEmpty();
    }

    List<AuditRecord> audit(AuditEventType type) {
        return new JdbiAuditLog(database.jdbi()).find(new AuditQuery(null, null, type, null, null, null, 100));
    }
}
