package org.giswatch.contract.catalog;

import org.giswatch.contract.common.ApiRecord;

/** A catalog record: an {@link ApiRecord} of catalog-service. */
public interface CatalogRecord<D extends CatalogRecord<D>> extends ApiRecord<D> {
}
