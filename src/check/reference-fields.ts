/**
 * Every field of a schema that names another entry, a step or a source, found by the schema
 * walk (src/schema/walk.ts). The checker reads references through this list, so a new
 * reference field in src/schema is checked without touching the checker.
 */
export { referenceFields, type FieldPath } from '../schema/walk.ts';
