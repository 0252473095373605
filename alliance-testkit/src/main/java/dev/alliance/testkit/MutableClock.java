package dev.alliance.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock for tests that moves only when told to, or by a fixed step each time it is read, so that
 * every recorded event gets its own instant. Thread-safe.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2100-01-01T00:00:00Z"));
 * clock.advance(Duration.ofDays(1));
 * MutableClock ticking = MutableClock.ticking(Instant.parse("2100-01-01T00:00:00Z"), Duration.ofSeconds(1));
 * ticking.instant(); // 2100-01-01T00:00:00Z, then 00:00:01Z, ...
 * }</pre>
 */
public final class MutableClock extends Clock {
  private final ZoneId zone;
  private final Duration step;
  private Instant now;

  private MutableClock(Instant start, Duration step, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.step = Objects.requireNonNull(step, "step");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * @param start the instant the clock shows
   * @return a clock in UTC that stands still until moved
   */
  public static MutableClock at(Instant start) {
    return new MutableClock(start, Duration.ZERO, ZoneOffset.UTC);
  }

  /**
   * @param start the first instant the clock shows
   * @param step how far it moves after each reading
   * @return a clock in UTC that advances by {@code step} every time it is read
   */
  public static MutableClock ticking(Instant start, Duration step) {
    return new MutableClock(start, step, ZoneOffset.UTC);
  }

  /**
   * @param instant the instant to show from now on
   */
  public synchronized void setTo(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  /**
   * @param duration how far to move the clock
   */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public synchronized Instant instant() {
    Instant reading = now;
    now = now.plus(step);
    return reading;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** @return a clock in another zone that starts where this one is and then moves on its own */
  @Override
  public synchronized Clock withZone(ZoneId other) {
    return new MutableClock(now, step, other);
  }
}
