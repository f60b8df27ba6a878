package org.giswatch.metrics.api;

import jakarta.ws.rs.core.Response;

import org.giswatch.contract.metrics.DatasetSelection;
import org.giswatch.contract.metrics.ObservationDatasetApi;

public class ObservationDatasetResource implements ObservationDatasetApi {

    private final ObservationDatasets datasets;

    public ObservationDatasetResource(ObservationDatasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public Response jsonStat(DatasetSelection selection) {
        return datasets.jsonStat(selection);
    }

    @Override
    public Response tidyCsv(DatasetSelection selection) {
        return datasets.tidyCsv(selection);
    }
}
