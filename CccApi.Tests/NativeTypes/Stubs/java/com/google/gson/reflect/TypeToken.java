// Stub of Gson's TypeToken (the Java client's dependency), for compiling generated DTOs with javac.
package com.google.gson.reflect;

import java.lang.reflect.Type;

public class TypeToken<T> {
    protected TypeToken() { }
    public Type getType() { return null; }
}
