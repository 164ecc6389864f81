package org.servewell.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one SHA-256 helper that password links, API tokens and interview kits store their
 * hashes with.
 */
class Sha256Test {

	@Test
	void stored_hash_is_the_standard_sha256_in_lower_case_hex() {
		assertThat(Sha256.hexOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void hash_fed_piece_by_piece_equals_the_hash_of_the_whole() {
		MessageDigest digest = Sha256.newDigest();
		digest.update("a".getBytes(StandardCharsets.UTF_8));
		digest.update("bc".getBytes(StandardCharsets.UTF_8));

		assertThat(Sha256.hexOf(digest)).isEqualTo(Sha256.hexOf("abc"));
	}

}
