// n8n does not load this file: it loads the node and credential files listed in the "n8n"
// section of package.json (dist/…). It stays out of the published package (no "main", and
// "files" ships dist/ only), as n8n's community-package scanner wants.
module.exports = {};
