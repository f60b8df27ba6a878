package org.giswatch.contract.record;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a kind's lifecycle operations do beyond the shared ones, said in its OpenAPI document: put on the kind's
 * interface next to its {@code @Path}. Empty notes say nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecordNotes {

    /** The description of create, such as the references it checks. */
    String create() default "";

    /** Added to the description of replace. */
    String replace() default "";

    /** The description of delete, such as when it is refused. */
    String delete() default "";
}
