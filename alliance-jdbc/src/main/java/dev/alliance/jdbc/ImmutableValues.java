package dev.alliance.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jackson support for the api's Immutables values ({@code Agreement}, {@code Typology}, {@code
 * Partner}, ...), found by their shape rather than listed: a public abstract class with a public
 * static {@code builder()} whose builder has a public {@code build()} returning the class. Its
 * attributes are the builder's one-argument setters that match an accessor of the class by name
 * ({@code title} / {@code title()}, {@code exclusive} / {@code isExclusive()}, {@code votingRights}
 * / {@code hasVotingRights()}); derived methods have no setter and are left out.
 *
 * <p>A value is written as an object of its attributes, sorted by name, each with the declared
 * (generic) type of its accessor. It is read back through the builder, so the value's own checks
 * run again. The builder's methods are declared by the generated, package-private {@code
 * ImmutableX.Builder}; they are called through the public {@code X.Builder} with method handles,
 * as compiled code would call them, so no access checks need to be suppressed.
 */
final class ImmutableValues {
  private static final ConcurrentHashMap<Class<?>, Optional<Shape>> SHAPES = new ConcurrentHashMap<>();
  private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();

  private ImmutableValues() {}

  /**
   * @param type a class
   * @return the Immutables shape of the class or of its nearest superclass that has one
   */
  static Optional<Shape> shapeOf(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Optional<Shape> shape = SHAPES.computeIfAbsent(c, ImmutableValues::inspect);
      if (shape.isPresent()) {
        return shape;
      }
    }
    return Optional.empty();
  }

  private static Optional<Shape> inspect(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface() || !Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    try {
      Method builder = type.getMethod("builder");
      if (!Modifier.isStatic(builder.getModifiers())) {
        return Optional.empty();
      }
      Class<?> builderType = builder.getReturnType();
      Method build = builderType.getMethod("build");
      if (!type.isAssignableFrom(build.getReturnType())) {
        return Optional.empty();
      }
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      List<Method> setters = new ArrayList<>(List.of(builderType.getMethods()));
      setters.sort(Comparator.comparing(Method::getName));
      for (Method setter : setters) {
        if (setter.getParameterCount() != 1 || Modifier.isStatic(setter.getModifiers()) || setter.getDeclaringClass() == Object.class) {
          continue;
        }
        Class<?> parameter = setter.getParameterTypes()[0];
        Optional<Method> getter = accessor(type, setter.getName()).filter(g -> parameter.isAssignableFrom(g.getReturnType()));
        if (getter.isPresent() && !attributes.containsKey(setter.getName())) {
          MethodHandle handle =
              PUBLIC.findVirtual(builderType, setter.getName(), MethodType.methodType(setter.getReturnType(), parameter))
                  .asType(MethodType.methodType(Object.class, Object.class, Object.class));
          attributes.put(setter.getName(), new Attribute(setter.getName(), getter.get(), handle));
        }
      }
      MethodHandle create = PUBLIC.findStatic(type, "builder", MethodType.methodType(builderType)).asType(MethodType.methodType(Object.class));
      MethodHandle finish =
          PUBLIC.findVirtual(builderType, "build", MethodType.methodType(build.getReturnType())).asType(MethodType.methodType(Object.class, Object.class));
      return Optional.of(new Shape(type, create, finish, List.copyOf(attributes.values())));
    } catch (NoSuchMethodException notImmutables) {
      return Optional.empty();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot use the builder of " + type.getName(), e);
    }
  }

  private static Optional<Method> accessor(Class<?> type, String attribute) {
    String capitalized = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (String name : List.of(attribute, "is" + capitalized, "has" + capitalized)) {
      try {
        Method getter = type.getMethod(name);
        if (!Modifier.isStatic(getter.getModifiers()) && getter.getReturnType() != void.class && getter.getDeclaringClass() != Object.class) {
          return Optional.of(getter);
        }
      } catch (NoSuchMethodException tryNext) {
        // the next naming convention
      }
    }
    return Optional.empty();
  }

  /**
   * An attribute: its name, its accessor on the value and its setter on the builder, typed {@code
   * (Object, Object) -> Object} so that it can be called exactly.
   */
  record Attribute(String name, Method getter, MethodHandle setter) {}

  /** How an attribute is read, worked out once per deserializer. */
  private record Reader(JavaType type, JsonDeserializer<Object> deserializer) {}

  /** The Immutables shape of one abstract value type. */
  record Shape(Class<?> type, MethodHandle builder, MethodHandle build, List<Attribute> attributes) {
    Optional<Attribute> attribute(String name) {
      return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    PropertiesSerializer serializer() {
      List<PropertiesSerializer.Property> properties = new ArrayList<>();
      for (Attribute a : attributes) {
        properties.add(new PropertiesSerializer.Property(a.name(), a.getter().getGenericReturnType(), Reflection.getter(a.getter())));
      }
      return new PropertiesSerializer(properties);
    }
  }

  /** Reads an Immutables value through its builder. */
  static final class Deserializer extends JsonDeserializer<Object> {
    private final Shape shape;
    private final ConcurrentHashMap<String, Reader> readers = new ConcurrentHashMap<>();

    Deserializer(Shape shape) {
      this.shape = shape;
    }

    private Reader reader(Attribute attribute, DeserializationContext context) throws IOException {
      Reader reader = readers.get(attribute.name());
      if (reader == null) {
        JavaType type = context.getTypeFactory().constructType(attribute.getter().getGenericReturnType());
        reader = new Reader(type, context.findRootValueDeserializer(type));
        readers.put(attribute.name(), reader);
      }
      return reader;
    }

    @Override
    public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
      if (in.currentToken() == JsonToken.START_OBJECT) {
        in.nextToken();
      }
      Object builder = Reflection.create(shape.builder());
      for (; in.currentToken() == JsonToken.FIELD_NAME; in.nextToken()) {
        String name = in.currentName();
        in.nextToken();
        Optional<Attribute> attribute = shape.attribute(name);
        if (attribute.isEmpty()) {
          return context.handleUnexpectedToken(shape.type(), in.currentToken(), in, "%s has no attribute \"%s\"", shape.type().getSimpleName(), name);
        }
        Reader reader = reader(attribute.get(), context);
        Object value =
            in.currentToken() == JsonToken.VALUE_NULL
                ? reader.deserializer().getNullValue(context)
                : reader.deserializer().deserialize(in, context);
        if (value != null) {
          Reflection.set(attribute.get().setter(), builder, value);
        }
      }
      try {
        return Reflection.build(shape.build(), builder);
      } catch (IllegalArgumentException | IllegalStateException invalid) {
        throw JsonMappingException.from(in, shape.type().getSimpleName() + " cannot be built: " + invalid.getMessage(), invalid);
      }
    }
  }
}
