/**
 * The ATOP treaty importer and exporter. Depends at run time on the api module and Apache Commons
 * CSV only.
 */
module dev.alliance.atop {
  requires transitive dev.alliance.api;
  requires org.apache.commons.csv;

  exports dev.alliance.atop;
}
