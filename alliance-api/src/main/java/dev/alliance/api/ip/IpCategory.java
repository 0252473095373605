package dev.alliance.api.ip;

/** Where a piece of intellectual property comes from, relative to the alliance. */
public enum IpCategory {
  /** Brought into the alliance by a partner: it existed before, or was made outside the alliance. */
  BACKGROUND,
  /** Created jointly in the alliance's work. */
  FOREGROUND,
  /** Created by one partner on its own, but with the alliance's resources. */
  SIDEGROUND
}
