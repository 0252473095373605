/**
 * Alignment examples: who sides with whom. The road of the six great powers from 1872 to 1907,
 * Read's highland tribes split into blocs, a landscape-theory run on the eve of 1914, and the 745
 * treaties of the ATOP record (Leeds, Ritter, Mitchell and Long 2002, International Interactions 28:
 * 237-260).
 *
 * <p>Three examples read real data sets from {@code ../shared/data} (never copied into the
 * repository) through {@link dev.alliance.examples.alignment.DataSets}; when a data set is absent
 * they print a note saying what is missing instead of failing.
 */
package dev.alliance.examples.alignment;
