package org.servewell.apiaccess;

/** What a token may do through the API. */
public enum ApiScope {

	/** Read only: GET requests. */
	READ("Read", "api.read"),

	/** Read and change: every request. */
	READ_WRITE("Read and write", "api.read api.write");

	private final String label;

	private final String scopes;

	ApiScope(String label, String scopes) {
		this.label = label;
		this.scopes = scopes;
	}

	/** The scope in words, for the token list. */
	public String label() {
		return this.label;
	}

	/**
	 * The OAuth2-style scope names the token carries, separated by spaces (the API's
	 * authorities are these with a {@code SCOPE_} prefix).
	 */
	public String scopes() {
		return this.scopes;
	}

}
