package dev.alliance.api.contribution;

/** What is contributed. The kind decides whether a contribution is tangible. */
public enum ContributionKind {
  /** Money. */
  CAPITAL(true),
  /** People seconded to the alliance. */
  PERSONNEL(true),
  /** Buildings, bases, laboratories. */
  FACILITIES(true),
  /** Machines, vehicles, weapons, instruments. */
  EQUIPMENT(true),
  /** Know-how and expertise. */
  KNOWLEDGE(false),
  /** A brand and the reputation it carries. */
  BRAND(false),
  /** Access to a market. */
  MARKET_ACCESS(false),
  /** Relationships and networks. */
  NETWORKS(false),
  /** Patents, copyrights, designs, trade secrets. */
  INTELLECTUAL_PROPERTY(false);

  private final boolean tangible;

  ContributionKind(boolean tangible) {
    this.tangible = tangible;
  }

  /** @return true for capital, personnel, facilities and equipment */
  public boolean isTangible() {
    return tangible;
  }
}
