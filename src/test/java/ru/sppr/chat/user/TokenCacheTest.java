package ru.sppr.chat.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
    private static final User ANNA = new User(7, "anna", "Анна", Role.ANALYST, Clearance.INTERNAL, Instant.EPOCH);

    private final CountingDirectory directory = new CountingDirectory();
    private final AtomicLong nanos = new AtomicLong();
    private final TokenCache cache = new TokenCache(directory, nanos::get);

    @Test
    void should_ask_the_database_once_while_the_token_is_fresh_and_again_after_the_recheck_period() {
        directory.tokens.put("h1", ANNA);

        assertThat(cache.findByTokenHash("h1")).contains(ANNA);
        assertThat(cache.findByTokenHash("h1")).contains(ANNA);
        assertThat(directory.lookups).isEqualTo(1);

        nanos.addAndGet(TokenCache.RECHECK_AFTER.toNanos() + 1);
        assertThat(cache.findByTokenHash("h1")).contains(ANNA);
        assertThat(directory.lookups).isEqualTo(2);
    }

    @Test
    void should_stop_accepting_a_token_revoked_through_it_at_once() {
        directory.tokens.put("h1", ANNA);
        cache.findByTokenHash("h1");

        assertThat(cache.revokeToken("h1", Caller.LOCAL_ADMIN)).isTrue();

        assertThat(cache.findByTokenHash("h1")).isEmpty();
    }

    @Test
    void should_see_a_token_revoked_elsewhere_after_the_recheck_period() {
        directory.tokens.put("h1", ANNA);
        cache.findByTokenHash("h1");

        directory.tokens.remove("h1");
        assertThat(cache.findByTokenHash("h1")).contains(ANNA);

        nanos.addAndGet(TokenCache.RECHECK_AFTER.toNanos() + 1);
        assertThat(cache.findByTokenHash("h1")).isEmpty();
    }

    @Test
    void should_not_remember_unknown_tokens() {
        assertThat(cache.findByTokenHash("h2")).isEmpty();
        directory.tokens.put("h2", ANNA);

        assertThat(cache.findByTokenHash("h2")).contains(ANNA);
        assertThat(directory.lookups).isEqualTo(2);
    }

    /** Tokens in a map; counts the lookups that reach it. */
    private static final class CountingDirectory implements UserDirectory {
        final Map<String, User> tokens = new HashMap<>();
        int lookups;

        @Override
        public Optional<User> findByTokenHash(String tokenHash) {
            lookups++;
            return Optional.ofNullable(tokens.get(tokenHash));
        }

        @Override
        public boolean revokeToken(String tokenHash, Caller actor) {
            return tokens.remove(tokenHash) != null;
        }

        @Override
        public long addToken(long userId, String tokenHash, Caller actor) {
            tokens.put(tokenHash, ANNA);
            return 1;
        }

        @Override
        public EnsuredUser ensure(NewUser user, Caller actor) {
            return new EnsuredUser(ANNA, false);
        }

        @Override
        public Optional<User> find(long userId) {
            return Optional.empty();
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return Optional.empty();
        }
    }
}
