package org.servewell.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's database as a test can stop it: while cut, asking for a connection
 * fails as a stopped server makes the pool fail ("connection is not available, request
 * timed out"), without waiting for the pool's timeout. Import it into a test's context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CuttableDatabase {

	@Bean
	static BeanPostProcessor cuttableDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Cuttable)) ? new Cuttable(dataSource)
						: bean;
			}
		};
	}

	/** The application's data source, which a test can cut and restore. */
	public static final class Cuttable extends DelegatingDataSource {

		private volatile boolean cut;

		Cuttable(DataSource target) {
			super(target);
		}

		/** Stops the database as the application sees it. */
		public void cut() {
			this.cut = true;
		}

		/** Starts the database again as the application sees it. */
		public void restore() {
			this.cut = false;
		}

		@Override
		public Connection getConnection() throws SQLException {
			refuseWhileCut();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			refuseWhileCut();
			return super.getConnection(username, password);
		}

		private void refuseWhileCut() throws SQLTransientConnectionException {
			if (this.cut) {
				throw new SQLTransientConnectionException(
						"Connection is not available, request timed out (cut by a test)");
			}
		}

	}

}
