package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.alliance.api.DateRange;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.ContributionStatus;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for contributions and what describes them. */
public final class ContributionGenerators {
  private static final List<String> UNITS = List.of("USD", "EUR", "person-years", "aircraft");

  private ContributionGenerators() {}

  /** @return valuations in a few units, never negative */
  public static Gen<Valuation> valuations() {
    return Gens.nonNegativeDecimals().zip(Generate.pick(UNITS), Valuation::of).describedAs(Valuation::toString);
  }

  /** @return date ranges of up to ten years */
  public static Gen<DateRange> dateRanges() {
    return Gens.dates()
        .zip(integers().between(0, 3650), (start, days) -> DateRange.of(start, start.plusDays(days)))
        .describedAs(DateRange::toString);
  }

  /** @return contributions by random partners */
  public static Gen<Contribution> contributions() {
    return PartnerGenerators.partnerIds().flatMap(ContributionGenerators::contributionsBy);
  }

  /**
   * @param contributor who contributes
   * @return contributions by that partner
   */
  public static Gen<Contribution> contributionsBy(PartnerId contributor) {
    return Generate.enumValues(ContributionKind.class)
        .zip(
            valuations(),
            Generate.enumValues(ContributionStatus.class),
            dateRanges(),
            (kind, valuation, status, period) ->
                Contribution.builder()
                    .contributor(contributor)
                    .kind(kind)
                    .description(kind.name().toLowerCase(Locale.ROOT) + " for the alliance")
                    .valuation(valuation)
                    .status(status)
                    .period(period)
                    .build())
        .describedAs(Contribution::toString);
  }
}
