package dev.alliance.jdbc;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Teaches Jackson the api's conventions, by shape rather than by list, so that event families and
 * payload types added later are covered without changing this module:
 *
 * <ul>
 *   <li><b>Sealed hierarchies</b> ({@code DecisionRule}, {@code Lifespan}, {@code TiePolicy}, ...):
 *       a value declared with a sealed type carries an {@code "@type"} property naming its
 *       permitted type ({@link SealedTypeIdResolver}); enums that implement a sealed interface are
 *       written as {@code ["TiePolicy.Fixed", "ADOPT"]}.
 *   <li><b>Immutables values</b> ({@code Agreement}, {@code Partner}, ...): written by their
 *       attributes and read through their builders ({@link ImmutableValues}).
 *   <li><b>Map keys</b> that are records of one text component ({@code PartnerId}, {@code
 *       Measure}, {@code IssueArea}): written as that text, read through the canonical
 *       constructor, so their validation runs.
 * </ul>
 *
 * Records are written by their components only ({@link PropertiesSerializer}) and read by Jackson
 * through their canonical constructors, so their validation runs; enums need nothing.
 */
final class AllianceJacksonModule extends Module {

  @Override
  public String getModuleName() {
    return "alliance";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.insertAnnotationIntrospector(new SealedIntrospector());
    context.addSerializers(new ValueSerializers());
    context.addDeserializers(new ImmutablesDeserializers());
    context.addKeySerializers(new TextRecordKeySerializers());
    context.addKeyDeserializers(AllianceJacksonModule::textRecordKeyDeserializer);
  }

  /** Type information for values whose declared type is sealed. */
  private static final class SealedIntrospector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass ac, JavaType baseType) {
      if (!baseType.getRawClass().isSealed()) {
        return null;
      }
      return new StdTypeResolverBuilder()
          .init(JsonTypeInfo.Id.CUSTOM, new SealedTypeIdResolver(baseType))
          .inclusion(JsonTypeInfo.As.PROPERTY)
          .typeProperty("@type");
    }
  }

  private static final class ValueSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (raw.isRecord()) {
        return PropertiesSerializer.ofRecord(raw);
      }
      return ImmutableValues.shapeOf(raw).map(ImmutableValues.Shape::serializer).orElse(null);
    }
  }

  private static final class ImmutablesDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription description) {
      return ImmutableValues.shapeOf(type.getRawClass()).map(ImmutableValues.Deserializer::new).orElse(null);
    }
  }

  private static final class TextRecordKeySerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
      RecordComponent component = textComponent(type.getRawClass());
      return component == null ? null : new TextRecordKeySerializer(component);
    }
  }

  private static final class TextRecordKeySerializer extends JsonSerializer<Object> {
    private final RecordComponent component;

    TextRecordKeySerializer(RecordComponent component) {
      this.component = component;
    }

    @Override
    public void serialize(Object key, JsonGenerator out, SerializerProvider provider) throws IOException {
      try {
        out.writeFieldName((String) component.getAccessor().invoke(key));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
    }
  }

  private static KeyDeserializer textRecordKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription description) {
    Class<?> raw = type.getRawClass();
    if (textComponent(raw) == null) {
      return null;
    }
    try {
      Constructor<?> canonical = raw.getConstructor(String.class);
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
          try {
            return canonical.newInstance(key);
          } catch (InvocationTargetException e) {
            return context.handleWeirdKey(raw, key, "%s", e.getCause().getMessage());
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + canonical, e);
          }
        }
      };
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static RecordComponent textComponent(Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    return components.length == 1 && components[0].getType() == String.class ? components[0] : null;
  }
}
