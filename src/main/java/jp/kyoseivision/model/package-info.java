/**
 * The domain model: sphere, plans, revisions, the vision cards (measures), KPIs and opinions, as immutable records
 * validated when built. No JavaFX, no SQL: municipalities, policy areas and fiscal years are data, never columns.
 */
package jp.kyoseivision.model;
