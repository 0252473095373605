package dev.alliance.api.ip;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The fields a licence covers, such as {@code oncology} or {@code infectious diseases}, or every
 * field.
 *
 * <pre>{@code
 * FieldOfUse.of("oncology").overlaps(FieldOfUse.all());               // true
 * FieldOfUse.of("oncology").overlaps(FieldOfUse.of("vaccines"));      // false
 * }</pre>
 *
 * @param everyField true when the licence is not limited to named fields
 * @param fields the named fields; empty exactly when {@code everyField}
 */
public record FieldOfUse(boolean everyField, SortedSet<String> fields) {

  /** Validates and copies the fields. */
  public FieldOfUse {
    fields = Coverage.names("FieldOfUse.fields", everyField, fields);
  }

  /** @return every field */
  public static FieldOfUse all() {
    return new FieldOfUse(true, new TreeSet<>());
  }

  /**
   * @param fields the named fields; at least one
   * @return those fields only
   */
  public static FieldOfUse of(String... fields) {
    return new FieldOfUse(false, new TreeSet<>(Arrays.asList(fields)));
  }

  /**
   * @param other another field of use
   * @return true when some field is covered by both
   */
  public boolean overlaps(FieldOfUse other) {
    return Coverage.overlap(everyField, fields, other.everyField, other.fields);
  }

  /**
   * @param other an overlapping field of use
   * @return the fields both cover: every field only when both cover every field
   */
  public FieldOfUse intersection(FieldOfUse other) {
    if (everyField && other.everyField) {
      return this;
    }
    return new FieldOfUse(false, Coverage.common(everyField, fields, other.everyField, other.fields));
  }

  /**
   * @param field a field's name
   * @return true when the field is covered
   */
  public boolean covers(String field) {
    return everyField || fields.contains(field);
  }

  @Override
  public String toString() {
    return Coverage.describe(everyField, "every field", fields);
  }
}
