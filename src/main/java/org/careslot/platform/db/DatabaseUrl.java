package org.careslot.platform.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code DATABASE_URL} in either JDBC form or the {@code postgres://user:pass@host:port/db}
 * form that hosting platforms hand out.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

	static DatabaseUrl parse(String value) {
		if (value.startsWith("jdbc:")) {
			return new DatabaseUrl(value, null, null);
		}
		URI uri = URI.create(value);
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw new IllegalArgumentException("DATABASE_URL must start with jdbc:postgresql:, postgres: or postgresql:");
		}
		String user = null;
		String password = null;
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			user = decode(parts[0]);
			password = parts.length > 1 ? decode(parts[1]) : null;
		}
		int port = uri.getPort() == -1 ? 5432 : uri.getPort();
		String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
		return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, password);
	}

	private static String decode(String s) {
		return URLDecoder.decode(s, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "DatabaseUrl[" + jdbcUrl + ", user=" + username + "]"; // never the password
	}
}
