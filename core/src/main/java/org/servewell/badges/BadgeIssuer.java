package org.servewell.badges;

/**
 * Who issues Servewell's badges, as the screens name it.
 *
 * @param name the organisation
 * @param profileUrl its Open Badges profile
 * @param keySetUrl where its public keys are
 */
public record BadgeIssuer(String name, String profileUrl, String keySetUrl) {
}
