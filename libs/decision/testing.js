// The package's second, declared entry: builders of evidence items for tests and benchmarks
// (`@uplift/decision/testing`). Not used by the product.
module.exports = require('./dist/testing/fixtures');
