package dev.alliance.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the databases the store runs on: only the column types of large text and
 * bytes. Every statement is otherwise standard SQL that H2 and PostgreSQL both accept.
 */
enum Dialect {
  /** H2, the embedded default. */
  H2("CHARACTER VARYING", "BINARY LARGE OBJECT"),
  /** PostgreSQL. */
  POSTGRESQL("TEXT", "BYTEA"),
  /** Any other database: standard large-object types (untested). */
  STANDARD("CLOB", "BLOB");

  private final String text;
  private final String bytes;

  Dialect(String text, String bytes) {
    this.text = text;
    this.bytes = bytes;
  }

  String text() {
    return text;
  }

  String bytes() {
    return bytes;
  }

  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    return product.contains("postgresql") ? POSTGRESQL : STANDARD;
  }
}
