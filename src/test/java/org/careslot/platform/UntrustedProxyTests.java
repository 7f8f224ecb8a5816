package org.careslot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careslot.support.ApiClient;
import org.careslot.support.Clinic;
import org.careslot.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * With no proxy configured (the default), a client cannot claim another address with
 * X-Forwarded-For: neither to dodge per-address limits nor to put a stranger's address into a
 * patient's access log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "careslot.security.trusted-proxies=")
@Import({ TestClockConfiguration.class, Clinic.class })
class UntrustedProxyTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Test
	void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
		ApiClient patient = clinic.patient(port); // sends X-Forwarded-For: 10.x.y.z, which nobody believes here
		String patientId = patient.get("/api/me").json("$.id");
		patient.header("X-Forwarded-Host", "evil.example").get("/api/patients/" + patientId + "/record");
		List<String> addresses = clinic.admin(port).get("/api/admin/audit?patientId=" + patientId).json("$[*].address");
		assertThat(addresses).isNotEmpty().containsOnly("127.0.0.1").doesNotContain(patient.address());
	}

	@Test
	void thePatternNamesExactlyTheConfiguredProxies() {
		assertThat(org.careslot.platform.web.TrustedProxiesAccess.pattern("")).isNull();
		String pattern = org.careslot.platform.web.TrustedProxiesAccess.pattern("10.0.0.5, 192.168.1.1");
		assertThat("10.0.0.5").matches(pattern);
		assertThat("10.0.0.51").doesNotMatch(pattern);
		assertThat("192.168.1.1").matches(pattern);
		assertThat("127.0.0.1").doesNotMatch(pattern);
	}
}
