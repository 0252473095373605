package dev.alliance.core.health;

import static dev.alliance.core.health.Allied.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.testkit.ContributionGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The reader over generated contribution scripts (lifecycle, commitments, deliveries in two units,
 * arrears assessments, membership changes) run through the engines.
 */
class HealthProperties {

  /**
   * For every day of the stream and the day after each: the reading of the whole stream as of the
   * day equals the reading of the stream cut after that day's last event (later events change
   * nothing about it), it has read exactly that prefix, and its fulfillment equals a brute-force
   * recomputation from the raw events of the prefix (per unit, delivered over delivered plus due
   * and undelivered; the mean over units where something is owed).
   */
  @Test
  void aPrefixGivesTheIndicatorsAsOfItsDay() {
    HealthReader reader = HealthReader.standard();
    qt().forAll(ContributionGenerators.scripts(ID))
        .checkAssert(
            script -> {
              Allied a = Allied.unformed();
              script.forEach(a::run);
              List<RecordedEvent> stream = a.log.read(ID, 1);
              TreeSet<LocalDate> days = new TreeSet<>();
              stream.forEach(e -> days.add(e.event().on()));
              new TreeSet<>(days).forEach(d -> days.add(d.plusDays(1)));
              for (LocalDate day : days) {
                List<RecordedEvent> prefix = stream.stream().filter(e -> !e.event().on().isAfter(day)).toList();
                assertEquals(prefix, stream.subList(0, prefix.size()), "the stream is in date order");
                HealthReading whole = reader.read(a.log, ID, day);
                HealthReading cut = reader.read(ID, prefix, day);
                assertEquals(cut, whole, "as of " + day);
                assertEquals(prefix.size(), whole.sequence());
                OptionalDouble expected = bruteForceFulfillment(prefix, day);
                assertEquals(expected.isPresent(), whole.indicators().fulfillment().isPresent(), () -> day + " " + whole.lines());
                if (expected.isPresent()) {
                  assertEquals(expected.getAsDouble(), whole.indicators().fulfillment().getAsDouble(), 1e-9, () -> day + " " + whole.lines());
                }
                whole.indicators().trust().ifPresent(t -> assertTrue(t >= 0 && t <= 1));
              }
            });
  }

  private static OptionalDouble bruteForceFulfillment(List<RecordedEvent> prefix, LocalDate day) {
    Map<CommitmentId, ContributionEvent.CommitmentMade> made = new HashMap<>();
    Map<CommitmentId, BigDecimal> delivered = new HashMap<>();
    for (RecordedEvent e : prefix) {
      if (e.event() instanceof ContributionEvent.CommitmentMade m) {
        made.put(m.commitment(), m);
        delivered.put(m.commitment(), BigDecimal.ZERO);
      } else if (e.event() instanceof ContributionEvent.ContributionDelivered d) {
        delivered.merge(d.commitment(), d.amount().amount(), BigDecimal::add);
      }
    }
    Map<String, BigDecimal[]> byUnit = new TreeMap<>();
    for (ContributionEvent.CommitmentMade m : made.values()) {
      BigDecimal paid = delivered.get(m.commitment());
      BigDecimal owed = day.isAfter(m.dueOn()) ? m.amount().amount() : paid;
      BigDecimal[] sums = byUnit.computeIfAbsent(m.amount().unit(), u -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(paid);
      sums[1] = sums[1].add(owed);
    }
    return byUnit.values().stream()
        .filter(s -> s[1].signum() > 0)
        .mapToDouble(s -> s[0].doubleValue() / s[1].doubleValue())
        .average();
  }
}
