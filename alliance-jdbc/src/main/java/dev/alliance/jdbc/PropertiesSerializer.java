package dev.alliance.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a value as a JSON object of named properties, each with its declared generic type, so
 * that nested sealed values carry their type ids and optional values their emptiness. Used for
 * records (their components, nothing else: a record's other methods, such as {@code isAdHoc()},
 * are not data) and for Immutables values (their attributes).
 */
final class PropertiesSerializer extends JsonSerializer<Object> {
  private final List<Property> properties;
  private volatile Resolved[] resolved;

  /**
   * A property of a value.
   *
   * @param name the JSON name
   * @param type the declared type
   * @param read reads the property from the value
   */
  record Property(String name, Type type, Function<Object, Object> read) {}

  PropertiesSerializer(List<Property> properties) {
    this.properties = List.copyOf(properties);
  }

  /**
   * @param type a record class
   * @return a serializer of its components, in declaration order
   */
  static PropertiesSerializer ofRecord(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      properties.add(new Property(component.getName(), component.getGenericType(), Reflection.getter(component.getAccessor())));
    }
    return new PropertiesSerializer(properties);
  }

  @Override
  public void serialize(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
    out.writeStartObject(value);
    writeProperties(value, out, provider);
    out.writeEndObject();
  }

  @Override
  public void serializeWithType(Object value, JsonGenerator out, SerializerProvider provider, TypeSerializer types) throws IOException {
    WritableTypeId id = types.writeTypePrefix(out, types.typeId(value, JsonToken.START_OBJECT));
    writeProperties(value, out, provider);
    types.writeTypeSuffix(out, id);
  }

  private void writeProperties(Object value, JsonGenerator out, SerializerProvider provider) throws IOException {
    Resolved[] resolved = resolve(provider);
    for (int i = 0; i < resolved.length; i++) {
      Property property = properties.get(i);
      Resolved r = resolved[i];
      Object propertyValue = property.read().apply(value);
      out.writeFieldName(property.name());
      if (propertyValue == null) {
        provider.defaultSerializeNull(out);
      } else if (r.direct() != null) {
        r.direct().serialize(propertyValue, out, provider);
      } else {
        // An abstract declared type: serialize by the runtime type, with the declared type's ids.
        JsonSerializer<Object> serializer = provider.findValueSerializer(propertyValue.getClass());
        if (r.ids() == null) {
          serializer.serialize(propertyValue, out, provider);
        } else {
          serializer.serializeWithType(propertyValue, out, provider, r.ids());
        }
      }
    }
  }

  /**
   * How each property is written, worked out once: containers, reference types and final types
   * have one serializer that resolves their contents' runtime types itself; abstract declared types
   * are serialized by their runtime type with the declared type's type ids (if it is sealed).
   */
  private record Resolved(JsonSerializer<Object> direct, TypeSerializer ids) {}

  private Resolved[] resolve(SerializerProvider provider) throws IOException {
    Resolved[] r = resolved;
    if (r == null) {
      r = new Resolved[properties.size()];
      for (int i = 0; i < r.length; i++) {
        JavaType declared = provider.getTypeFactory().constructType(properties.get(i).type());
        r[i] =
            declared.isContainerType() || declared.isReferenceType() || declared.isFinal()
                ? new Resolved(provider.findTypedValueSerializer(declared, true, null), null)
                : new Resolved(null, provider.findTypeSerializer(declared));
      }
      resolved = r;
    }
    return r;
  }

}
