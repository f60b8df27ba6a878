package org.giswatch.metrics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Registers, once for every test of this service, the shared PostgreSQL test database and the real catalog and
 * citation services (see {@link MetricsStack}).
 */
@QuarkusTestResource(value = MetricsStack.class, initArgs = @ResourceArg(name = "database", value = "metrics"))
public class MetricsTestDatabase {
}
