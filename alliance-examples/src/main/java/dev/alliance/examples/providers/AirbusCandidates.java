package dev.alliance.examples.providers;

import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.TrackRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Airbus consortium at the end of 1970 and three partners it could add. Facts: Airbus
 * Industrie was set up on 18 December 1970 by Aérospatiale and Deutsche Airbus; the launch
 * agreement of 1969 foresaw British and Dutch participation; CASA of Spain joined in 1971, and from
 * 1979 the partners held Aérospatiale 37.9%, Deutsche Airbus 37.9%, British Aerospace (successor of
 * Hawker Siddeley) 20% and CASA 4.2%.
 *
 * <p>Cultural profiles are Hofstede's country scores on the four original dimensions as commonly
 * reported (France 68, 71, 43, 86; Germany 35, 67, 66, 65; Britain 35, 89, 66, 35; Spain 57, 51,
 * 42, 86; the Netherlands 38, 80, 14, 53); France's and Germany's power distance and individualism,
 * Germany's uncertainty avoidance and Britain's power distance were checked against published
 * tables. The capabilities, the positions on state backing and the absence of track records are
 * the example's assumptions, chosen to be plausible, not historical data.
 */
final class AirbusCandidates {
  static final Measure STAKE = Measure.of("stake offered, %");
  static final String STATE_BACKING = "state backing";

  private AirbusCandidates() {}

  private static Partner firm(String id, String name, CulturalProfile culture, List<Capability> capabilities) {
    return Partner.builder().id(PartnerId.of(id)).name(name).kind(PartnerKind.FIRM).capabilities(capabilities).culturalProfile(culture).build();
  }

  static PartnerSearch consortium1970() {
    return PartnerSearch.builder()
        .addMembers(
            firm("AEROSPATIALE", "Aérospatiale", CulturalProfile.of(68, 71, 43, 86), List.of(Capability.MANUFACTURING, Capability.TECHNOLOGY)),
            firm("DEUTSCHE-AIRBUS", "Deutsche Airbus", CulturalProfile.of(35, 67, 66, 65), List.of(Capability.MANUFACTURING, Capability.CAPITAL)))
        .addNeeds(Capability.MANUFACTURING, Capability.TECHNOLOGY, Capability.CAPITAL, Capability.RESEARCH, Capability.MARKET_ACCESS)
        .putValuePositions(STATE_BACKING, 0.9)
        .build();
  }

  static List<Candidate> candidates() {
    return List.of(
        new Candidate(
            firm("HAWKER-SIDDELEY", "Hawker Siddeley", CulturalProfile.of(35, 89, 66, 35), List.of(Capability.MANUFACTURING, Capability.TECHNOLOGY, Capability.RESEARCH))
                .withAttributes(Map.of(STAKE, new BigDecimal("20"))),
            TrackRecord.NONE,
            Map.of(STATE_BACKING, 0.3)),
        new Candidate(
            firm("CASA", "CASA", CulturalProfile.of(57, 51, 42, 86), List.of(Capability.MANUFACTURING, Capability.MARKET_ACCESS))
                .withAttributes(Map.of(STAKE, new BigDecimal("4.2"))),
            TrackRecord.NONE,
            Map.of(STATE_BACKING, 1.0)),
        new Candidate(
            firm("FOKKER-VFW", "Fokker-VFW", CulturalProfile.of(38, 80, 14, 53), List.of(Capability.MANUFACTURING, Capability.RESEARCH, Capability.MARKET_ACCESS)),
            TrackRecord.NONE,
            Map.of(STATE_BACKING, 0.5)));
  }
}
