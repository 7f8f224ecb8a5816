package org.careslot.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Security failures answer in the same problem+json shape as the rest of the API. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + detail + "\"}");
	}
}
