/**
 * Voting-power examples: vote shares next to the power they buy, for institutions whose rules made
 * the two part company (the 1958 EEC Council, the UN Security Council, an IMF-sized board under its
 * 85% supermajority).
 */
package dev.alliance.examples.power;
