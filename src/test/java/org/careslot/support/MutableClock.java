package org.careslot.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move; starts at the real time so sessions and tokens behave normally. */
public final class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;
	private volatile Instant pinned;

	public void advance(Duration by) {
		offset = offset.plus(by);
	}

	/** Stops time at its current value (advance still moves it), for tests that must not cross a boundary. */
	public void pin() {
		pinned = instant();
		offset = Duration.ZERO;
	}

	public void reset() {
		pinned = null;
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return (pinned != null ? pinned : Instant.now()).plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}
}
