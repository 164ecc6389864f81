package org.servewell.web.api;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a token's expiry into the past, as if its last day had gone by (in a transaction:
 * connections do not auto-commit).
 */
final class ExpiredTokens {

	private ExpiredTokens() {
	}

	static void expire(ApplicationContext context, long tokenId) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		int changed = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.execute((status) -> jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?",
					Timestamp.from(Instant.now().minusSeconds(60)), tokenId));
		if (changed != 1) {
			throw new IllegalStateException("No token " + tokenId);
		}
	}

}
