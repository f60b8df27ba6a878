package org.giswatch.catalog;

import org.giswatch.platform.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Registers the shared PostgreSQL test resource once for every test of this service. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
public class CatalogTestDatabase {
}
