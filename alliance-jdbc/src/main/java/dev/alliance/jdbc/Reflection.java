package dev.alliance.jdbc;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.Function;

/** Calls through method handles, unwrapping the exceptions of the called code. */
final class Reflection {
  private Reflection() {}

  /**
   * @param accessor a public, no-argument method of a public type
   * @return a function that calls it, through a method handle typed {@code (Object) -> Object}
   *     (a {@code Method} would check access on every call)
   */
  static Function<Object, Object> getter(Method accessor) {
    MethodHandle handle;
    try {
      handle = MethodHandles.publicLookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + accessor, e);
    }
    return target -> build(handle, target);
  }

  /** Calls a handle typed {@code () -> Object}. */
  static Object create(MethodHandle handle) {
    try {
      return (Object) handle.invokeExact();
    } catch (Throwable e) {
      throw rethrow(e, handle.toString());
    }
  }

  /** Calls a handle typed {@code (Object) -> Object}. */
  static Object build(MethodHandle handle, Object target) {
    try {
      return (Object) handle.invokeExact(target);
    } catch (Throwable e) {
      throw rethrow(e, handle.toString());
    }
  }

  /** Calls a handle typed {@code (Object, Object) -> Object}. */
  static Object set(MethodHandle handle, Object target, Object value) {
    try {
      return (Object) handle.invokeExact(target, value);
    } catch (Throwable e) {
      throw rethrow(e, handle.toString());
    }
  }

  private static RuntimeException rethrow(Throwable cause, String what) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(what + " failed", cause);
  }
}
