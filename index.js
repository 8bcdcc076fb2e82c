// n8n does not load this file: it loads the node and credential files listed in the "n8n"
// section of package.json (dist/…). It exists because "main" must point somewhere.
module.exports = {};
