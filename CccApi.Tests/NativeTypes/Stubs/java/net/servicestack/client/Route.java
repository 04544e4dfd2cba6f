// Stub of the ServiceStack Java client's @Route, for compiling generated DTOs with javac.
package net.servicestack.client;

import java.lang.annotation.*;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Route {
    String value() default "";
    String Path() default "";
    String Verbs() default "";
}
