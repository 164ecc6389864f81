package org.servewell.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock that makes work run on one instance at a time, whatever features are switched
 * on: ShedLock keeps a row per lock in the application's own database ({@code shedlock},
 * created by V20). Every {@code @Scheduled} method takes one with {@code @SchedulerLock},
 * so with several instances one runs a job and the others skip that run (except the
 * access-change poll, which every instance must run for its own sessions: decision 0022);
 * {@link InstanceLock} takes one and waits for it. The features with jobs switch
 * scheduling on themselves. The lock's times are the database's, so the instances' clocks
 * may differ (docs/decisions/0020).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class InstanceLockConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
