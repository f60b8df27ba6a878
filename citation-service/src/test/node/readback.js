// Reads an export of citation-service from stdin with citation-js and prints the CSL-JSON items it understood.
// Usage: node readback.js bibtex|ris|csl-json < export
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

const FORCE_TYPE = { bibtex: '@biblatex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' };
const format = process.argv[2];
if (!FORCE_TYPE[format]) {
  console.error('usage: node readback.js bibtex|ris|csl-json');
  process.exit(2);
}
const text = fs.readFileSync(0, 'utf8');
const input = format === 'csl-json' ? JSON.parse(text) : text;
const cite = new Cite(input, { forceType: FORCE_TYPE[format], generateGraph: false });
process.stdout.write(JSON.stringify(cite.data));
