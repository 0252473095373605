package dev.alliance.api.typology;

/** The organizational form an alliance takes. */
public enum Form {
  /** Partners found a separate legal entity and hold equity in it, as Shanghai Volkswagen. */
  JOINT_VENTURE,
  /** A non-equity alliance that licenses technology or brands. */
  LICENSING_ALLIANCE,
  /** A non-equity alliance for joint marketing, as Star Alliance. */
  CO_MARKETING_ALLIANCE,
  /** A non-equity alliance that develops a product together, as Pfizer and BioNTech. */
  CO_DEVELOPMENT_ALLIANCE,
  /** A long-term supplier partnership. */
  SUPPLIER_PARTNERSHIP,
  /** Several organizations pooling resources for a common project, as SEMATECH. */
  CONSORTIUM,
  /** A body that sets and certifies standards, as the Wi-Fi Alliance. */
  STANDARDS_BODY,
  /** A coalition around a cause or a campaign, as the ICBL. */
  COALITION,
  /** A loose network of organizations. */
  NETWORK,
  /** A small group of willing states outside larger institutions, as the Quad. */
  MINILATERAL_GROUP,
  /** A partnership of public bodies, firms and communities. */
  PUBLIC_PRIVATE_PARTNERSHIP,
  /** An organization governed by rules written in code, as a DAO. */
  DECENTRALIZED_AUTONOMOUS_ORGANIZATION,
  /** States founding a standing organization with its own bodies, as NATO or ASEAN. */
  INTERGOVERNMENTAL_ORGANIZATION,
  /** A pact between states without a standing organization, as the Treaty of Kadesh. */
  PACT
}
