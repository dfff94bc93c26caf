package ru.sppr.chat.user;

import java.util.Objects;
import ru.sppr.chat.failure.NotFoundException;

/** User administration as the API and CLI offer it: admins register users, everyone may read themselves. */
public final class UserAccounts {
    private final UserDirectory directory;

    public UserAccounts(UserDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public UserDirectory.EnsuredUser ensure(NewUser user, Caller actor) {
        actor.requireAdmin();
        return directory.ensure(user, actor);
    }

    public User get(long userId, Caller actor) {
        if (!actor.maySeeOwnedBy(userId)) {
            throw new NotFoundException("пользователь " + userId + " не найден");
        }
        return directory.find(userId).orElseThrow(() -> new NotFoundException("пользователь " + userId + " не найден"));
    }

    public User byUsername(String username, Caller actor) {
        User user = directory.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("пользователь «" + username + "» не найден"));
        return get(user.id(), actor);
    }
}
