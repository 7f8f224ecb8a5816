package org.careslot.notifications;

import java.net.URI;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;

/** Twilio's Messages API through the twilio SDK, asking for delivery reports. */
final class TwilioSmsSender implements SmsSender {

	private final TwilioRestClient client;
	private final PhoneNumber from;
	private final URI statusCallback;

	TwilioSmsSender(NotificationProperties.Twilio twilio, String publicUrl) {
		TwilioRestClient.Builder builder = new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken());
		if (twilio.apiBase() != null && !twilio.apiBase().isBlank()) {
			// every request to one other host (a local fake of Twilio): the SDK always builds api.twilio.com URLs
			HttpHost base = HttpHost.create(URI.create(twilio.apiBase()));
			builder.httpClient(new NetworkHttpClient(HttpClientBuilder.create()
				.setRoutePlanner((target, context) -> new HttpRoute(base))));
		}
		this.client = builder.build();
		this.from = new PhoneNumber(twilio.fromNumber());
		this.statusCallback = URI.create(publicUrl + TwilioStatusWebhook.PATH);
	}

	@Override
	public String name() {
		return "twilio";
	}

	@Override
	public String send(String to, String body) {
		return Message.creator(new PhoneNumber(to), from, body).setStatusCallback(statusCallback).create(client).getSid();
	}
}
