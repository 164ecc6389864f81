package org.servewell.badges;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the password that locks the badge keys comes from: the configuration, or a file
 * Servewell makes once in its data directory, readable by its owner only.
 */
class KeyPasswordTest {

	@TempDir
	Path dataDir;

	@Test
	void without_a_configured_password_one_is_made_once_and_kept_for_the_owner_only() throws Exception {
		BadgeConfiguration.Settings unset = new BadgeConfiguration.Settings("Servewell", "");

		KeyPassword first = new KeyPassword(unset, this.dataDir);
		KeyPassword second = new KeyPassword(unset, this.dataDir);

		Path file = this.dataDir.resolve(KeyPassword.FILE_NAME);
		assertThat(first.password()).startsWith("swbk_").hasSizeGreaterThan(40).isEqualTo(second.password());
		assertThat(Files.getPosixFilePermissions(file))
			.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		assertThat(first.derive("learner:1")).isEqualTo(second.derive("learner:1"))
			.isNotEqualTo(first.derive("learner:2"));
	}

	@Test
	void a_configured_password_wins_and_no_file_is_written() {
		KeyPassword configured = new KeyPassword(new BadgeConfiguration.Settings("Servewell", "from-the-environment"),
				this.dataDir);

		assertThat(configured.password()).isEqualTo("from-the-environment");
		assertThat(this.dataDir.resolve(KeyPassword.FILE_NAME)).doesNotExist();
	}

}
