/**
 * Bank health: whether a scenario bank measures judgement or test-wiseness. A bank where
 * a learner who never reads the situation (always picking the longest option, say) comes
 * near the pass mark teaches nothing by its quiz. The check simulates such surface
 * strategies exactly, with the course's own quiz rules, and names the scenarios that feed
 * each one most, so a trainer knows what to rewrite first.
 * {@link org.servewell.content.health.SimilarScenarios} finds scenarios a learner would
 * meet twice: the same dilemma in two scenarios, or a lesson's worked example retold as a
 * scenario.
 */
// Part of content's API beside its root package: the studio runs the check on a draft.
@org.springframework.modulith.NamedInterface("health")
package org.servewell.content.health;
