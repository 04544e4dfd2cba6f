// Stub of the ServiceStack Java client's @ApiMember, for compiling generated DTOs with javac.
package net.servicestack.client;

import java.lang.annotation.*;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ApiMember {
    String Name() default "";
    String Value() default "";
    String ParameterType() default "";
    String Description() default "";
    String DataType() default "";
    String Verb() default "";
    String Route() default "";
    boolean IsRequired() default false;
    boolean AllowMultiple() default false;
    boolean ExcludeInSchema() default false;
}
