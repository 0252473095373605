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
      properties.add(new Property(component.getName(), component.getGenericType(), value -> Reflection.invoke(component.getAccessor(), value)));
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
    for (Property property : properties) {
      Object propertyValue = property.read().apply(value);
      out.writeFieldName(property.name());
      JavaType declared = provider.getTypeFactory().constructType(property.type());
      if (propertyValue == null) {
        provider.defaultSerializeNull(out);
      } else if (declared.isContainerType() || declared.isReferenceType() || declared.isFinal()) {
        // Containers resolve their contents' runtime types (and type ids) themselves.
        provider.findTypedValueSerializer(declared, true, null).serialize(propertyValue, out, provider);
      } else {
        // An abstract declared type: serialize by the runtime type, with the declared type's ids.
        TypeSerializer ids = provider.findTypeSerializer(declared);
        JsonSerializer<Object> serializer = provider.findValueSerializer(propertyValue.getClass());
        if (ids == null) {
          serializer.serialize(propertyValue, out, provider);
        } else {
          serializer.serializeWithType(propertyValue, out, provider, ids);
        }
      }
    }
  }
}
