/**
 * The domain model: sphere, plans, revisions, their tree of nodes and items (the vision cards, a strategy's 施策, an
 * action plan's projects: {@link jp.kyoseivision.model.Measure}), KPIs and opinions, as immutable records validated
 * when built. A plan's shape is data ({@link jp.kyoseivision.model.PlanKind}: level names, what an item is called and
 * shows), stored with the plan. No JavaFX, no SQL: municipalities, levels and fiscal years are data, never columns.
 */
package jp.kyoseivision.model;
