/**
 * Reads and writes the Alliance Treaty Obligations and Provisions data (ATOP v4; Leeds, Ritter,
 * Mitchell and Long 2002, "Alliance Treaty Obligations and Provisions, 1815-1944", International
 * Interactions 28: 237-260; data at atopdata.org). Cite that article in any work that uses the
 * data.
 *
 * <p>{@link dev.alliance.atop.AtopImporter} reads the alliance-level file (one row per treaty,
 * members in {@code mem1..mem59}) and the member-level file (one row per member and phase) and
 * turns each treaty into an {@link dev.alliance.api.alliance.Alliance}; {@link
 * dev.alliance.atop.AtopExporter} writes treaties back in the same shape for the columns below.
 * Columns are found by their header names, so files with more or fewer columns are read as long as
 * the required ones are there.
 *
 * <h2>The columns used and what they become</h2>
 *
 * <table>
 *   <caption>ATOP columns and their mapping</caption>
 *   <tr><th>column(s)</th><th>ATOP meaning (v4 codebook)</th><th>in the library</th></tr>
 *   <tr><td>{@code atopid}</td><td>treaty identifier</td><td>{@code AllianceId} {@code atop-<id>}
 *       and {@link dev.alliance.atop.AtopTreaty#atopId()}</td></tr>
 *   <tr><td>{@code begyr, begmo, begday}</td><td>date the alliance took effect</td><td>{@code
 *       Alliance.foundedOn} and {@code Agreement.signedOn}</td></tr>
 *   <tr><td>{@code endyr, endmo, endday}</td><td>date it ended; 0 while in effect</td><td>{@code
 *       Alliance.endedOn}; state {@code DISSOLVED}, or {@code OPERATING} while in effect</td></tr>
 *   <tr><td>{@code member}, {@code yrent..dayent}, {@code yrexit..dayexit}, {@code phase}</td>
 *       <td>member (Correlates of War state code), its entry and exit in each phase</td><td>a
 *       {@code Member} per state: partner id = the COW code, joined on its first entry, left on its
 *       last exit (state {@code WITHDRAWN}), founder when it entered on the first day</td></tr>
 *   <tr><td>{@code defense, offense, neutral, nonagg, consul}</td><td>the five obligations</td><td>
 *       {@code ObligationClause}s, from the member-level rows: members with the same obligation,
 *       conditionality and conditions share a clause; one clause naming no one when all members
 *       share it</td></tr>
 *   <tr><td>{@code defcon, offcon, neucon, concon}</td><td>the obligation is conditional</td><td>
 *       {@code ObligationClause.conditional}</td></tr>
 *   <tr><td>{@code defcoadv ... concoreq} (member level)</td><td>the conditions: specific
 *       adversary, location, specific conflict, number of adversaries, demand, non-provocation,
 *       attack on the partner (neutrality), request (consultation)</td><td>{@code
 *       ObligationCondition}s</td></tr>
 *   <tr><td>{@code length}</td><td>term fixed in the treaty, in months; 0 for none</td><td>{@code
 *       Lifespan.adHoc("fixed term of N months", begin + N months)}, otherwise {@code
 *       Lifespan.permanent()}</td></tr>
 *   <tr><td>{@code intcom, milcon, base, organ1, contrib}</td><td>integrated command, military
 *       contact, bases, formal organization, specified contributions</td><td>{@code
 *       Institutionalization} after Leeds and Anac (2005): HIGH with integrated command, a
 *       common defense policy ({@code milcon} 3) or bases; MODERATE with a formal organization,
 *       peacetime military contact ({@code milcon} 2) or specified contributions; LOW otherwise;
 *       unknown when all are missing. {@code organ1} above 0 also makes the form {@code
 *       INTERGOVERNMENTAL_ORGANIZATION} (otherwise {@code PACT}); {@code intcom} makes governance
 *       {@code HYBRID} (otherwise {@code EGALITARIAN}: ATOP does not code governance style)</td></tr>
 *   <tr><td>{@code bilat, asymm, conditio, active, ineffect, mem1..mem59}</td><td>ATOP's own
 *       summary codes</td><td>kept in {@link dev.alliance.atop.AtopCoding} and checked against
 *       what the library derives: each difference is a {@link dev.alliance.atop.Disagreement}</td></tr>
 * </table>
 *
 * <p>Purposes: offense makes a treaty {@code OFFENSIVE}; defense, neutrality or non-aggression
 * make it {@code DEFENSIVE}; a consultation pact alone is {@code POLITICAL}. A day or month coded
 * 0 or left blank is unknown: the date takes the 1st (of January for a month), and the import adds
 * a {@linkplain dev.alliance.atop.AtopImport#notes() note}.
 */
package dev.alliance.atop;
