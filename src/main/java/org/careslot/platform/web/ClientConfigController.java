package org.careslot.platform.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careslot.platform.ClientConfig;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Clinic")
class ClientConfigController {

	private final List<ClientConfig> parts;

	ClientConfigController(List<ClientConfig> parts) {
		this.parts = parts;
	}

	@GetMapping("/api/config")
	@Operation(summary = "Policies and modes the web app explains (anyone)",
			description = "{patientCancellationCutoffHours, holdMinutes, noShowGraceMinutes, demoClinic, paymentsTestMode}")
	Map<String, Object> config() {
		Map<String, Object> config = new TreeMap<>();
		parts.forEach(part -> config.putAll(part.clientConfig()));
		return config;
	}
}
