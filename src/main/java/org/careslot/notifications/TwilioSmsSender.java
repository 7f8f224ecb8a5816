package org.careslot.notifications;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.careslot.platform.PublicUrl;

/** Twilio's Messages API through the twilio SDK, asking for delivery reports. */
final class TwilioSmsSender implements SmsSender {

	/** Allowance for the difference between our clock and Twilio's when looking for a message. */
	private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

	private final TwilioRestClient client;
	private final PhoneNumber from;
	private final URI statusCallback;

	TwilioSmsSender(NotificationProperties.Twilio twilio, PublicUrl publicUrl) {
		HttpClientBuilder http = HttpClientBuilder.create()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(5, TimeUnit.SECONDS)
					.setSocketTimeout(toMillis(twilio.readTimeout()), TimeUnit.MILLISECONDS)
					.build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(toMillis(twilio.readTimeout()), TimeUnit.MILLISECONDS)
				.build());
		if (twilio.apiBase() != null && !twilio.apiBase().isBlank()) {
			// every request to one other host (a local fake of Twilio): the SDK always builds api.twilio.com URLs
			HttpHost base = HttpHost.create(URI.create(twilio.apiBase()));
			http.setRoutePlanner((target, context) -> new HttpRoute(base));
		}
		this.client = new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
			.httpClient(new NetworkHttpClient(http))
			.build();
		this.from = new PhoneNumber(twilio.fromNumber());
		this.statusCallback = URI.create(publicUrl.resolve(TwilioStatusWebhook.PATH));
	}

	private static int toMillis(Duration duration) {
		return Math.toIntExact(duration.toMillis());
	}

	@Override
	public String name() {
		return "twilio";
	}

	@Override
	public String send(String to, String body) {
		try {
			return Message.creator(new PhoneNumber(to), from, body).setStatusCallback(statusCallback).create(client).getSid();
		}
		catch (ApiException ex) {
			if (ex.getCause() instanceof IOException) {
				// no HTTP answer (a timeout, a dropped connection): the request may have reached Twilio
				throw new OutcomeUnknown("No answer from Twilio: " + ex.getMessage(), ex);
			}
			throw ex;
		}
	}

	/** Twilio takes no idempotency key for messages: look for the same text to the same number instead. */
	@Override
	public Optional<String> findSent(String to, String body, Instant since) {
		Instant after = since.minus(CLOCK_SLACK);
		for (Message message : Message.reader().setTo(new PhoneNumber(to)).setFrom(from).setPageSize(50L)
			.firstPage(client).getRecords()) {
			if (body.equals(message.getBody()) && message.getDateCreated() != null
					&& !message.getDateCreated().toInstant().isBefore(after)) {
				return Optional.of(message.getSid());
			}
		}
		return Optional.empty();
	}
}
