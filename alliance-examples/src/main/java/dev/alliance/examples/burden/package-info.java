/**
 * Contribution and burden-sharing examples: NATO's 2024 defence spending against the 2% guideline,
 * the UN scale of assessments' floor and ceilings, Airbus Industrie's cost shares as its partnership
 * grew, a joint venture's gains divided by the Shapley value, and dues and arrears on an
 * organisation's stream judged by Article 19 of the UN Charter.
 */
package dev.alliance.examples.burden;
