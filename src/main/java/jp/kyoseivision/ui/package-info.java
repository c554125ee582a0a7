/**
 * The JavaFX window: views built in code and their view models. Only this package (and {@code app}) may use
 * JavaFX; it reaches the data through the store and the services, never the other way round.
 */
package jp.kyoseivision.ui;
