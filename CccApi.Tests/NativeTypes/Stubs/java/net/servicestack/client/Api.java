// Stub of the ServiceStack Java client's @Api, for compiling generated DTOs with javac.
package net.servicestack.client;

import java.lang.annotation.*;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Api {
    String value() default "";
    String Description() default "";
}
