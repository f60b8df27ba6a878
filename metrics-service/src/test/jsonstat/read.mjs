// Reads a JSON-stat dataset from stdin with jsonstat-toolkit (not our code) and prints each figure as
// {indicator, subject, period, value, status, unit} in JSON Lines, for ObservationDatasetTest to compare.
import JSONstat from "jsonstat-toolkit";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const dataset = JSONstat(JSON.parse(input));
if (dataset.class !== "dataset") throw new Error("not a dataset: " + dataset.class);
const [indicators, subjects, periods] = dataset.id.map((id) => dataset.Dimension(id));
for (const indicator of indicators.id) {
  for (const subject of subjects.id) {
    for (const period of periods.id) {
      const cell = dataset.Data({ indicator, subject, period });
      if (cell === null || cell.value === null || cell.value === undefined) continue;
      const unit = indicators.Category(indicator).unit;
      console.log(JSON.stringify({ indicator, subject, period, value: cell.value, status: cell.status,
        unit: unit ? unit.label : null }));
    }
  }
}
