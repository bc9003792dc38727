// axe-core runs from the verify checkers, so `yjplan verify` and the tests use the same code.
export { runAxe, wcagTags, type AxeViolation } from '../../scripts/checks/verify/checkAccessibility.ts';
