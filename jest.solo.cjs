/**
 * Test files that run alone after the rest (scripts/test.mjs): each measures the API under a load of its own
 * making, which other test files running beside it on a two-core machine would distort.
 */
module.exports.SOLO_TESTS = ['tests/integration/outage.test.ts'];
