/**
 * Governance cases: the UN Security Council's veto, NATO's consensus and unanimity, the IMF's
 * weighted supermajority, Airbus's move from consensus to majority, and the EU Council's double
 * majority, each tallied by the engine with its outcome explained.
 */
package dev.alliance.examples.governance;
