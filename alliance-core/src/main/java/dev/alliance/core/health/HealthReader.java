package dev.alliance.core.health;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.scoring.HealthIndicators;
import dev.alliance.core.burden.BurdenEntry;
import dev.alliance.core.burden.BurdenSharing;
import dev.alliance.core.contribution.ContributionLedger;
import dev.alliance.core.contribution.Fulfillment;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.relations.RelationsHealth;
import dev.alliance.core.relations.RelationsState;
import dev.alliance.core.stream.EventLog;
import dev.alliance.core.trust.DefaultTrustModel;
import dev.alliance.core.trust.ObservationExtractor;
import dev.alliance.core.trust.TrustModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads an alliance's {@link HealthIndicators} off its event stream as of a day, reusing the
 * library's folds, so that any {@code HealthScorer} can score the alliance as it stands.
 *
 * <ul>
 *   <li><b>Fulfillment</b>, from the {@link ContributionLedger}: of what is owed by the day
 *       (delivered, or due and still undelivered), the share delivered, {@code delivered / (delivered
 *       + in arrears)}, per unit from the alliance's {@link Fulfillment}; with several units, the
 *       mean over the units. Commitments not yet due count only by what was delivered early, so a
 *       fresh pledge does not lower health. Unknown when nothing is delivered or due.
 *   <li><b>Burden inequity</b>, only with a {@link CapacityMeasure}: the Gini coefficient ({@link
 *       BurdenSharing}) of the named partners' delivered contributions in the measure's unit over
 *       their capacities. Unknown without a measure.
 *   <li><b>Objective progress</b>, from the {@link AllianceLifecycle}: each objective's latest
 *       measurement placed between its baseline and target ({@link Objective#progress}, which
 *       clamps to {@code [0, 1]}), averaged over the objectives that have a measurement. An
 *       unmeasured objective is left out (named in the explanation), not counted as zero: no
 *       measurement is no evidence either way. Unknown when none is measured.
 *   <li><b>Open disputes</b> and <b>trust</b>, from {@link RelationsHealth}: the disputes open at
 *       the end of the day, and the mean trust over ordered pairs of parties, by the reader's trust
 *       model from the observations of its extractor ({@link ObservationExtractor#standard()} by
 *       default: relations and contribution events).
 * </ul>
 *
 * <p>"As of a day" means the stream up to the first event dated after it: streams are kept in date
 * order, so this is a prefix, and reading a prefix gives the indicators as they stood that day.
 *
 * <pre>{@code
 * HealthReading reading = HealthReader.standard()
 *     .withCapacity(CapacityMeasure.of("GDP", "USD bn", gdp))
 *     .read(log, nato, LocalDate.of(2025, 6, 30));
 * reading.indicators();        // HealthIndicators{fulfillment=0.75, burdenInequity=0.21, ...}
 * reading.lines();             // how each was reached
 * reading.score();             // scored by the discovered HealthScorer
 * }</pre>
 */
public final class HealthReader {
  private final TrustModel model;
  private final ObservationExtractor extractor;
  private final Optional<CapacityMeasure> capacity;

  private HealthReader(TrustModel model, ObservationExtractor extractor, Optional<CapacityMeasure> capacity) {
    this.model = Objects.requireNonNull(model, "model");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.capacity = Objects.requireNonNull(capacity, "capacity");
  }

  /**
   * @return a reader with the default trust model, the standard extractor and no capacity measure
   *     (so no burden inequity)
   */
  public static HealthReader standard() {
    return new HealthReader(DefaultTrustModel.standard(), ObservationExtractor.standard(), Optional.empty());
  }

  /**
   * @param model the trust model
   * @param extractor how trust observations are read off events
   * @return a reader like this one with that model and extractor
   */
  public HealthReader withTrust(TrustModel model, ObservationExtractor extractor) {
    return new HealthReader(model, extractor, capacity);
  }

  /**
   * @param measure the partners' capacities, against which their burden is weighed
   * @return a reader like this one that also reads burden inequity
   */
  public HealthReader withCapacity(CapacityMeasure measure) {
    return new HealthReader(model, extractor, Optional.of(Objects.requireNonNull(measure, "measure")));
  }

  /**
   * @param log the log the alliance's stream is recorded in
   * @param id the alliance
   * @param day the day
   * @return the alliance's health indicators at the end of that day
   */
  public HealthReading read(EventLog log, AllianceId id, LocalDate day) {
    Objects.requireNonNull(log, "log");
    return read(id, log.read(id, 1), day);
  }

  /**
   * @param id the alliance
   * @param events its events in stream order, from sequence 1; those dated after {@code day} are
   *     not read
   * @param day the day
   * @return the alliance's health indicators at the end of that day
   * @throws IllegalArgumentException when the events are not one gap-free stream of the alliance
   * @throws IllegalStateException when the stream is corrupt
   */
  public HealthReading read(AllianceId id, Iterable<RecordedEvent> events, LocalDate day) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(day, "day");
    ContributionLedger ledger = ContributionLedger.empty(id);
    RelationsState relations = RelationsState.empty(id, extractor);
    for (RecordedEvent event : events) {
      if (event.event().on().isAfter(day)) {
        break;
      }
      ledger = ledger.apply(event);
      relations = relations.apply(event);
    }
    List<String> lines = new ArrayList<>();
    HealthIndicators.Builder indicators = HealthIndicators.builder();
    fulfillment(ledger, day, lines).ifPresent(indicators::fulfillment);
    burdenInequity(ledger, day, lines).ifPresent(indicators::burdenInequity);
    objectiveProgress(relations.lifecycle(), lines).ifPresent(indicators::objectiveProgress);
    RelationsHealth health = RelationsHealth.of(relations, model, day);
    indicators.openDisputes(health.openDisputes());
    health.trust().ifPresent(indicators::trust);
    lines.addAll(health.lines());
    return new HealthReading(id, day, ledger.sequence(), indicators.build(), lines);
  }

  private static OptionalDouble fulfillment(ContributionLedger ledger, LocalDate day, List<String> lines) {
    List<Double> shares = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (String unit : ledger.units()) {
      Fulfillment f = ledger.fulfillment(unit, day).orElseThrow();
      BigDecimal owed = f.delivered().add(f.inArrears());
      BigDecimal notDue = f.outstanding().subtract(f.inArrears());
      String detail =
          unit + ": delivered " + plain(f.delivered()) + " of " + plain(owed) + " owed (in arrears " + plain(f.inArrears())
              + "; " + plain(notDue) + " not yet due)";
      if (owed.signum() == 0) {
        details.add("  " + detail + ": nothing owed yet, not counted");
      } else {
        double share = f.delivered().doubleValue() / owed.doubleValue();
        shares.add(share);
        details.add("  " + detail + " = " + f3(share));
      }
    }
    if (shares.isEmpty()) {
      lines.add("fulfillment unknown: " + (ledger.units().isEmpty() ? "no commitments" : "nothing delivered or due yet"));
      lines.addAll(details);
      return OptionalDouble.empty();
    }
    double mean = clamp(shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    lines.add("fulfillment " + f3(mean) + ": share delivered of what is owed" + (shares.size() > 1 ? ", mean over " + shares.size() + " units" : ""));
    lines.addAll(details);
    return OptionalDouble.of(mean);
  }

  private OptionalDouble burdenInequity(ContributionLedger ledger, LocalDate day, List<String> lines) {
    if (capacity.isEmpty()) {
      lines.add("burden inequity unknown: no capacity measure given");
      return OptionalDouble.empty();
    }
    CapacityMeasure measure = capacity.get();
    List<BurdenEntry> entries = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (Map.Entry<PartnerId, BigDecimal> e : measure.capacities().entrySet()) {
      BigDecimal delivered =
          ledger.fulfillment(e.getKey(), measure.unit(), day).map(Fulfillment::delivered).orElse(BigDecimal.ZERO);
      BurdenEntry entry = BurdenEntry.of(e.getKey(), delivered, e.getValue());
      entries.add(entry);
      details.add(
          "  " + e.getKey() + ": delivered " + plain(delivered) + " " + measure.unit() + " / " + measure.name() + " " + plain(e.getValue())
              + " = " + String.format(Locale.ROOT, "%.6f", entry.ratio().doubleValue()));
    }
    double gini = clamp(BurdenSharing.of(entries).report().gini().doubleValue());
    lines.add(
        "burden inequity " + f3(gini) + ": Gini of " + entries.size() + " partners' delivered contributions over " + measure.name());
    lines.addAll(details);
    return OptionalDouble.of(gini);
  }

  private static OptionalDouble objectiveProgress(AllianceLifecycle lifecycle, List<String> lines) {
    List<Double> progress = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (Objective objective : lifecycle.objectives()) {
      Optional<BigDecimal> measured = lifecycle.measurement(objective.name());
      if (measured.isEmpty()) {
        details.add("  " + objective.name() + ": not measured, not counted");
      } else {
        double p = objective.progress(measured.get()).doubleValue();
        progress.add(p);
        details.add(
            "  " + objective.name() + ": " + plain(measured.get()) + " from baseline " + plain(objective.baseline()) + " to target "
                + plain(objective.target()) + " = " + f3(p));
      }
    }
    if (progress.isEmpty()) {
      lines.add("objective progress unknown: " + (lifecycle.objectives().isEmpty() ? "no objectives" : "no objective measured"));
      lines.addAll(details);
      return OptionalDouble.empty();
    }
    double mean = clamp(progress.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    lines.add("objective progress " + f3(mean) + ": mean of " + progress.size() + " measured of " + lifecycle.objectives().size() + " objectives");
    lines.addAll(details);
    return OptionalDouble.of(mean);
  }

  private static double clamp(double value) {
    return Math.min(1, Math.max(0, value));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String f3(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
