package dev.alliance.jdbc;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Calls by reflection, unwrapping the exceptions of the called code. */
final class Reflection {
  private Reflection() {}

  static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause(), method.toString());
    }
  }

  static Object invoke(MethodHandle handle, Object... arguments) {
    try {
      return handle.invokeWithArguments(arguments);
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
