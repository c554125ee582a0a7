/**
 * Message texts for errors and the command line (Japanese and English, from resource bundles), 和暦 and number
 * formatting, and the build's version. Plain Java: usable from every layer, depends on nothing of ours.
 */
package jp.kyoseivision.text;
