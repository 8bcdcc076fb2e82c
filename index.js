// n8n loads the credential and node files listed in package.json's "n8n" section;
// this entry point only exists so the package resolves as a module.
module.exports = {};
