package org.servewell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Servewell: screening candidates for service traits, onboarding hires with
 * service-culture training, and letting trainers author it. Sits above core's feature
 * packages so that their entities and repositories are found.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/servewell.css")
public class ServewellApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(ServewellApplication.class, args);
	}

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addMetaTag("description", "Servewell: service-culture training, onboarding and screening");
	}

}
