package org.careslot.platform.web;

import java.io.IOException;

/** The body passed the configured limit; answered with 413 before anything is parsed. */
class RequestTooLargeException extends IOException {

	private final long limit;

	RequestTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return limit;
	}
}
