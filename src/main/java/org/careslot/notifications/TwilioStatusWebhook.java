package org.careslot.notifications;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.twilio.security.RequestValidator;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.careslot.platform.ApiException;
import org.careslot.platform.PublicUrl;
import org.careslot.platform.Text;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Twilio's delivery reports, accepted only with a valid X-Twilio-Signature. */
@RestController
class TwilioStatusWebhook {

	static final String PATH = "/api/webhooks/twilio/status";

	private final NotificationService notifications;
	private final NotificationProperties properties;
	private final PublicUrl publicUrl;

	TwilioStatusWebhook(NotificationService notifications, NotificationProperties properties, PublicUrl publicUrl) {
		this.notifications = notifications;
		this.properties = properties;
		this.publicUrl = publicUrl;
	}

	@PostMapping(path = PATH, consumes = "application/x-www-form-urlencoded")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Twilio message status callback (verified by X-Twilio-Signature)")
	void status(HttpServletRequest request) {
		if (!properties.twilio().configured()) {
			throw ApiException.notFound(Text.of("notFound.twilioWebhook"));
		}
		Map<String, String> params = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
		String signature = request.getHeader("X-Twilio-Signature");
		// Twilio signs the URL it called, which is the public address, not the one behind a proxy
		if (signature == null || !new RequestValidator(properties.twilio().authToken()).validate(publicUrl.resolve(PATH), params, signature)) {
			throw new ApiException(HttpStatus.FORBIDDEN, Text.of("title.invalidSignature"), Text.of("webhook.twilioSignature"),
					List.of());
		}
		String sid = params.get("MessageSid");
		String status = params.getOrDefault("MessageStatus", "");
		if (sid == null) {
			throw ApiException.invalid("MessageSid", Text.of("field.required"));
		}
		switch (status) {
			case "delivered" -> notifications.delivered(sid, true, null);
			case "undelivered", "failed" -> notifications.delivered(sid, false,
					"Twilio reported " + status + (params.containsKey("ErrorCode") ? " (error " + params.get("ErrorCode") + ")" : ""));
			default -> {
				// queued, sending, sent: nothing new for the log
			}
		}
	}
}
