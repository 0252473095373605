package dev.alliance.jdbc;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import java.io.IOException;
import java.util.Map;

/** Type ids for one sealed hierarchy: the {@linkplain SealedTypes#name names} of its leaves. */
final class SealedTypeIdResolver extends TypeIdResolverBase {
  private final Class<?> root;
  private final Map<String, Class<?>> leaves;

  SealedTypeIdResolver(JavaType base) {
    super(base, null);
    this.root = base.getRawClass();
    this.leaves = SealedTypes.leaves(root);
  }

  @Override
  public String idFromValue(Object value) {
    return idFromValueAndType(value, value.getClass());
  }

  @Override
  public String idFromValueAndType(Object value, Class<?> type) {
    // An enum constant with a body is an anonymous subclass; its enum is the permitted type.
    Class<?> named = type.isAnonymousClass() && type.getSuperclass().isEnum() ? type.getSuperclass() : type;
    return SealedTypes.name(named);
  }

  @Override
  public JavaType typeFromId(DatabindContext context, String id) throws IOException {
    Class<?> type = leaves.get(id);
    if (type == null) {
      if (context instanceof DeserializationContext reading) {
        return reading.handleUnknownTypeId(_baseType, id, this, "not a permitted type of " + root.getName() + "; known: " + leaves.keySet());
      }
      throw new IllegalArgumentException("\"" + id + "\" is not a permitted type of " + root.getName());
    }
    return context.getTypeFactory().constructSpecializedType(_baseType, type);
  }

  @Override
  public String getDescForKnownTypeIds() {
    return leaves.keySet().toString();
  }

  @Override
  public JsonTypeInfo.Id getMechanism() {
    return JsonTypeInfo.Id.CUSTOM;
  }
}
