package dev.alliance.api.ip;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A piece of intellectual property an alliance deals with: a patent, a design, software, a trade
 * secret, with its category and owners.
 *
 * <pre>{@code
 * IpAsset platform = new IpAsset(IpAssetId.of("mRNA-platform"), "modified-nucleoside mRNA platform",
 *     IpCategory.BACKGROUND, Set.of(PartnerId.of("BNTX")));
 * }</pre>
 *
 * @param id the asset's identity
 * @param title what it is, in words; not blank
 * @param category background, foreground or sideground
 * @param owners who owns it; at least one, kept in identity order
 */
public record IpAsset(IpAssetId id, String title, IpCategory category, Set<PartnerId> owners) {

  /** Validates the asset and sorts its owners. */
  public IpAsset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    owners = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(owners, "owners")));
    Checks.notBlank("IpAsset.title", title);
    Checks.notEmpty("IpAsset.owners", owners);
  }

  /** @return true when more than one partner owns the asset */
  public boolean isJointlyOwned() {
    return owners.size() > 1;
  }
}
