/**
 * The plan file: one SQLite file per sphere ({@code .kyosei}), its versioned schema and migrations, reading and
 * writing the model, and the JSON interchange. Depends on the model only; knows nothing of JavaFX.
 */
package jp.kyoseivision.store;
