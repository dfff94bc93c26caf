package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/** The data directory is private to the service's account; a new guest starts with the least clearance. */
class DataDirectoryTest {
    @TempDir
    Path home;

    @Test
    void the_data_directory_is_0700_and_the_embedded_database_0600() throws IOException {
        AppConfig config = AppConfig.load(Map.of(), home);
        Application.open(config).close();
        Application.open(config).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.dataDir()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.dataDir().resolve("chat.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_new_guest_gets_public_clearance_unless_told_otherwise() {
        assertThat(new NewUser("gost", null, Role.GUEST, null).clearance()).isEqualTo(Clearance.PUBLIC);
        assertThat(new NewUser("ivan", null, Role.OPERATOR, null).clearance()).isEqualTo(Clearance.INTERNAL);
        assertThat(new NewUser("gost2", null, Role.GUEST, Clearance.INTERNAL).clearance()).isEqualTo(Clearance.INTERNAL);
        assertThat(Caller.LOCAL_ADMIN.clearance()).isEqualTo(Clearance.SECRET);
    }
}
