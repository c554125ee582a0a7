/**
 * The headless command line in the same jar as the window: init, import-json, export-json, check. User errors
 * print one clear line on stderr (Japanese / English) and exit non-zero, never a stack trace.
 */
package jp.kyoseivision.cli;
