package org.servewell.badges;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/** Who issues the badges and how their signing keys are kept. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BadgeConfiguration.Settings.class)
class BadgeConfiguration {

	/**
	 * @param issuerName the organisation named as the badges' issuer
	 * @param keyPassword the password the signing keys are encrypted with; when empty,
	 * one is made on first start and kept in the data directory (fine for one instance,
	 * not for several: set the same password on each)
	 */
	@ConfigurationProperties("servewell.badges")
	record Settings(@DefaultValue("Servewell") String issuerName, @DefaultValue("") String keyPassword) {

		@Override
		public String toString() {
			return "Settings[issuerName=" + this.issuerName + ", keyPassword=(hidden)]";
		}

	}

}
