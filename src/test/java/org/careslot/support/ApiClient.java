package org.careslot.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

/**
 * Talks to the running application over real HTTP the way the SPA does: cookies kept, the
 * XSRF-TOKEN cookie echoed as X-XSRF-TOKEN on every state-changing request.
 */
public final class ApiClient {

	private final String base;
	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
	private final HttpClient http;
	private final Map<String, String> extraHeaders = new LinkedHashMap<>();
	private final String address;

	/** Every client comes through the trusted test proxy (127.0.0.1) from an address of its own. */
	public ApiClient(int port) {
		this(port, "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + "."
				+ (1 + ThreadLocalRandom.current().nextInt(254)));
	}

	public ApiClient(int port, String address) {
		this.base = "http://127.0.0.1:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
		this.address = address;
		extraHeaders.put("X-Forwarded-For", address);
	}

	/** The client address the server sees (through the trusted proxy). */
	public String address() {
		return address;
	}

	public ApiClient header(String name, String value) {
		extraHeaders.put(name, value);
		return this;
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Response post(String path, String json) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))));
	}

	/** A request exactly as given: no CSRF header added. */
	public Response send(HttpRequest.Builder request) {
		return new Response(exchange(request, HttpResponse.BodyHandlers.ofString()));
	}

	private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		extraHeaders.forEach(request::header);
		try {
			return http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
		if (cookie("XSRF-TOKEN").isEmpty()) {
			get("/api/me"); // any GET hands out the token, even a 401
		}
		return request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN").orElseThrow());
	}

	public URI uri(String path) {
		return URI.create(base + path);
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst();
	}

	public void setCookie(String name, String value) {
		cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
			.forEach(c -> cookies.getCookieStore().remove(null, c));
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base), cookie);
	}

	public Response register(String email, String password, String fullName) {
		return post("/api/auth/register", """
				{"email":"%s","password":"%s","fullName":"%s"}""".formatted(email, password, fullName));
	}

	/** A multipart/form-data upload of one file in the part "file", as a browser's form sends it. */
	public Response upload(String path, String fileName, String contentType, byte[] content) {
		String boundary = "careslot-" + java.util.UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)))));
	}

	/** A GET whose body is kept as bytes (files, PDFs). */
	public HttpResponse<byte[]> download(String path) {
		return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	public Response patch(String path, String json) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json))));
	}

	public Response put(String path, String json) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))));
	}

	public Response delete(String path) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path)).DELETE()));
	}

	public Response delete(String path, String json) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.method("DELETE", HttpRequest.BodyPublishers.ofString(json))));
	}

	public Response login(String email, String password) {
		return post("/api/auth/login", """
				{"email":"%s","password":"%s"}""".formatted(email, password));
	}

	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public <T> T json(String path) {
			return JsonPath.read(raw.body(), path);
		}

		public Optional<String> header(String name) {
			return raw.headers().firstValue(name);
		}

		@Override
		public String toString() {
			return raw.statusCode() + " " + raw.body();
		}
	}
}
