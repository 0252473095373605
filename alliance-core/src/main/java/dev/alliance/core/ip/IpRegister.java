package dev.alliance.core.ip;

import dev.alliance.api.DateRange;
import dev.alliance.api.InvalidValueException;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.ip.IpAsset;
import dev.alliance.api.ip.IpAssetId;
import dev.alliance.api.ip.Licence;
import dev.alliance.api.partner.PartnerId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An alliance's intellectual-property register: its assets (background, foreground, sideground)
 * with their owners, and the licences granted on them. An immutable value: registering and granting
 * return a new register, or a rejection that names the rule and leaves the register as it was.
 *
 * <p>The rule that matters most: nothing may be granted on ground an exclusive licence covers (the
 * same asset, an overlapping field of use, territory and term), and an exclusive licence may only be
 * granted on ground no other licence covers. A rejection names the conflicting licence and the
 * ground the two share.
 *
 * <pre>{@code
 * IpRegister register = IpRegister.empty().register(platform).register();
 * IpRegisterResult first = register.grant(exclusiveInUs);     // accepted
 * IpRegisterResult second = first.register().grant(otherInUs);
 * second.rejection();
 * // Optional[ip.exclusive-licence-conflict: L-7 (exclusive licence of mRNA-platform to PFE: ...) already
 * //  covers influenza vaccines; US; 2020-01-01..2028-08-15 of the new licence L-9]
 * register.mayUse(IpAssetId.of("mRNA-platform"), "influenza vaccines", "US", day); // [PFE]
 * }</pre>
 *
 * <p>The register is kept as a value rather than on the alliance's event stream: licences are often
 * granted to outsiders and outlive the alliance, and a register can be built from any source (see
 * {@code docs/decisions/0063-ip-register.md}).
 */
public final class IpRegister {
  private static final IpRegister EMPTY = new IpRegister(LinkedHashMap.empty(), Vector.empty());

  private final Map<IpAssetId, IpAsset> assets;
  private final Vector<Licence> licences;

  private IpRegister(Map<IpAssetId, IpAsset> assets, Vector<Licence> licences) {
    this.assets = assets;
    this.licences = licences;
  }

  /** @return a register with no assets and no licences */
  public static IpRegister empty() {
    return EMPTY;
  }

  /**
   * @param asset an asset to register
   * @return the register with the asset, or a rejection when its identity is taken
   */
  public IpRegisterResult register(IpAsset asset) {
    Objects.requireNonNull(asset, "asset");
    if (assets.containsKey(asset.id())) {
      return refuse(IpRules.ASSET_ID_UNIQUE.reject(asset.id() + " is already registered: " + assets.get(asset.id()).get().title()));
    }
    return new IpRegisterResult(new IpRegister(assets.put(asset.id(), asset), licences), Optional.empty());
  }

  /**
   * Grants a licence, checking in order: the asset is registered, the licence's identity is new,
   * the licensee does not own the asset, no exclusive licence covers any of its ground, and, for an
   * exclusive licence, no licence at all does.
   *
   * @param licence the licence
   * @return the register with the licence, or the rejection naming the rule (and the conflicting
   *     licence)
   */
  public IpRegisterResult grant(Licence licence) {
    Objects.requireNonNull(licence, "licence");
    Optional<IpAsset> asset = asset(licence.asset());
    if (asset.isEmpty()) {
      return refuse(IpRules.ASSET_REGISTERED.reject(licence.asset() + " is not in the register"));
    }
    Optional<Licence> sameId = licences.find(l -> l.id().equals(licence.id())).toJavaOptional();
    if (sameId.isPresent()) {
      return refuse(IpRules.LICENCE_ID_UNIQUE.reject(licence.id() + " is already granted: " + sameId.get()));
    }
    if (asset.get().owners().contains(licence.licensee())) {
      return refuse(IpRules.LICENSEE_NOT_OWNER.reject(licence.licensee() + " owns " + licence.asset() + "; an owner needs no licence"));
    }
    for (Licence existing : licences) {
      if (existing.exclusive() && existing.overlaps(licence)) {
        return refuse(IpRules.EXCLUSIVE_CONFLICT.reject(existing.id() + " " + describe(existing) + " already covers " + shared(existing, licence)
            + " of the new licence " + licence.id()));
      }
    }
    if (licence.exclusive()) {
      for (Licence existing : licences) {
        if (existing.overlaps(licence)) {
          return refuse(IpRules.EXCLUSIVE_NEEDS_CLEAR_GROUND.reject(
              "the exclusive licence " + licence.id() + " would cover " + shared(existing, licence) + ", which " + existing.id() + " "
                  + describe(existing) + " already covers"));
        }
      }
    }
    return new IpRegisterResult(new IpRegister(assets, licences.append(licence)), Optional.empty());
  }

  private IpRegisterResult refuse(Rejection rejection) {
    return new IpRegisterResult(this, Optional.of(rejection));
  }

  private static String describe(Licence l) {
    return "(" + (l.exclusive() ? "exclusive" : "non-exclusive") + " licence of " + l.asset() + " to " + l.licensee() + ")";
  }

  private static String shared(Licence a, Licence b) {
    DateRange days =
        DateRange.of(
            a.term().start().isAfter(b.term().start()) ? a.term().start() : b.term().start(),
            a.term().end().isBefore(b.term().end()) ? a.term().end() : b.term().end());
    return a.field().intersection(b.field()) + "; " + a.territory().intersection(b.territory()) + "; " + days;
  }

  /** @return every asset, in the order registered */
  public List<IpAsset> assets() {
    return Collections.unmodifiableList(assets.values().toJavaList());
  }

  /**
   * @param id an asset's identity
   * @return the asset, when registered
   */
  public Optional<IpAsset> asset(IpAssetId id) {
    return assets.get(Objects.requireNonNull(id, "id")).toJavaOptional();
  }

  /** @return every licence, in the order granted */
  public List<Licence> licences() {
    return Collections.unmodifiableList(licences.toJavaList());
  }

  /**
   * @param asset an asset's identity
   * @return the licences of that asset, in the order granted
   */
  public List<Licence> licencesOf(IpAssetId asset) {
    return licences.filter(l -> l.asset().equals(asset)).toJavaList();
  }

  /**
   * Who may use an asset in a field, a region and on a day: the licensee alone when an exclusive
   * licence covers that point; otherwise the owners and every non-exclusive licensee covering it.
   *
   * @param asset a registered asset
   * @param field a field of use
   * @param region a region
   * @param day a day
   * @return the partners, in identity order
   * @throws dev.alliance.api.InvalidValueException when the asset is not registered
   */
  public SortedSet<PartnerId> mayUse(IpAssetId asset, String field, String region, LocalDate day) {
    IpAsset registered = asset(asset).orElseThrow(() -> new InvalidValueException("IpRegister.asset", asset, "is not in the register"));
    SortedSet<PartnerId> users = new TreeSet<>();
    for (Licence licence : licencesOf(asset)) {
      if (licence.exclusive() && licence.covers(field, region, day)) {
        users.add(licence.licensee());
        return Collections.unmodifiableSortedSet(users);
      }
    }
    users.addAll(registered.owners());
    for (Licence licence : licencesOf(asset)) {
      if (licence.covers(field, region, day)) {
        users.add(licence.licensee());
      }
    }
    return Collections.unmodifiableSortedSet(users);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IpRegister that && assets.equals(that.assets) && licences.equals(that.licences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assets, licences);
  }

  @Override
  public String toString() {
    return "IpRegister[" + assets.size() + " assets, " + licences.size() + " licences]";
  }
}
