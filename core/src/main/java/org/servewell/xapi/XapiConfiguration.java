package org.servewell.xapi;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.validation.annotation.Validated;

/** The delivery job's schedule and settings, and where activity ids point. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(XapiConfiguration.Settings.class)
class XapiConfiguration {

	@Bean
	XapiStatements xapiStatements(@Value("${servewell.public-url:http://localhost:8080}") String publicUrl) {
		return new XapiStatements(publicUrl);
	}

	/**
	 * How statements are sent and retried.
	 *
	 * @param batchSize most statements one request carries (and one run of the job sends)
	 * @param maxAttempts attempts after which a statement is failed
	 * @param backOff the waits after the first, second, ... failed attempt; the last
	 * repeats
	 * @param keepDelivered how long delivered rows are kept
	 * @param keepFailed how long failed rows are kept
	 */
	@ConfigurationProperties("servewell.xapi")
	@Validated
	record Settings(@DefaultValue("25") @Positive @Max(500) int batchSize,
			@DefaultValue("" + XapiLimits.MAX_ATTEMPTS) @Positive int maxAttempts, @DefaultValue( {
					"1m", "5m", "30m", "2h", "12h" }) @NotEmpty List<Duration> backOff,
			@DefaultValue("30d") Duration keepDelivered, @DefaultValue("90d") Duration keepFailed){

		/** The wait after the given number of failed attempts (1 for the first). */
		Duration backOffAfter(int failedAttempts) {
			return this.backOff.get(Math.clamp(failedAttempts - 1, 0, this.backOff.size() - 1));
		}

	}

}
