package org.servewell.shared;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a refusal says, by key: a pattern of the {@code messages/refusals} bundle and the
 * arguments to fill in, so that {@link Refusal#message} can write it in each reader's
 * language. Numbers among the arguments are written the reader's way unless the pattern
 * says otherwise (ids use {@code {0,number,#}}).
 *
 * @param key the pattern's key, named by feature, such as {@code authoring.draft-exists}
 * @param arguments the values of the pattern's placeholders, in order
 */
public record Said(String key, Object... arguments) {

	public Said {
		Objects.requireNonNull(key, "key");
		arguments = arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return this.arguments.clone();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Said said) && this.key.equals(said.key)
				&& Arrays.equals(this.arguments, said.arguments);
	}

	@Override
	public int hashCode() {
		return 31 * this.key.hashCode() + Arrays.hashCode(this.arguments);
	}

	@Override
	public String toString() {
		return this.key + Arrays.toString(this.arguments);
	}

}
