package org.servewell.badges;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * The signing key cannot be decrypted: the key password is not the one it was made with
 * (another instance's, or a lost password file). An administrator sets the right password
 * or rotates the key.
 */
public class KeyLockedException extends Refusal.NotAllowed {

	KeyLockedException(Throwable cause) {
		super(new Said("badges.key-locked"));
		initCause(cause);
	}

}
