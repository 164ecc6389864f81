package org.servewell.hiring;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.servewell.catalog.TraitSummary;

/**
 * The trait model's names by trait code, so that hiring names a trait as the trait model
 * does wherever a kit, a scorecard or a report refers to it by code.
 */
final class TraitNames {

	private TraitNames() {
	}

	static Map<String, String> byCode(Collection<TraitSummary> traits) {
		return traits.stream().collect(Collectors.toMap(TraitSummary::code, TraitSummary::name));
	}

}
